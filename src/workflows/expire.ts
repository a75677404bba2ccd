// The scheduled expiry run: load the access repository, find what no longer holds and what
// ends soon, cut the expired documents out of their files, then report, commit, or open the
// one expiry pull request, and remind owners once per window.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, parseConfig, type ExpireMode } from '../config/config.js';
import type { ExpireResult } from '../report/expiry/result.js';
import type { GitHubClient } from '../github/index.js';
import {
  loadAccessRepository,
  repositoryTopSync,
  type AccessModel,
  type Finding,
} from '../model/index.js';
import { describeReason } from '../report/expiry/reasons.js';
import { planEdits } from './expire/edits.js';
import { findExpiry } from '../model/expiry.js';
import {
  closeStalePullRequest,
  commitToBase,
  publishPullRequest,
  type RepoEdit,
  type Repository,
} from './expire/publish.js';
import { sendReminders } from './expire/reminders.js';
import {
  approvedEnds,
  endsAsWritten,
  lapsedGrants,
  tracedGrants,
  type ApprovedEnds,
} from './provision/approved-ends.js';
import type { RequestLookup } from './provision/gate.js';
import { pullRequestLookup } from './provision/merge-review.js';

export { EXPIRE_MODES, type ExpireMode } from '../config/config.js';
export type { ExpireResult, GrantLine } from '../report/expiry/result.js';

export const DEFAULT_WARN_DAYS = 14;

export interface ExpireOptions {
  accessDir: string;
  now: Date;
  /** Overrides `expiry.warnDays` of accessctl.yaml; both absent means 14. */
  warnDays?: number;
  mode: ExpireMode;
  /** Needed by `pr` and `commit`, and for reminders; `report` runs without it. */
  github?: { client: GitHubClient; repository: Repository };
  /** The policies' folder inside the repository, as provisioning reads it (default `policies`). */
  policiesDir?: string;
  /**
   * The request behind a commit, for judging a change that moved a grant's end later (see
   * provision/approved-ends.ts); by default looked up through `github`.
   */
  lookup?: RequestLookup;
  /** Keep the changes that passed in the git folder (never in a pull request's run). */
  keepPasses?: boolean;
  /** Where a line of progress goes on a long run (see provision/approved-ends.ts). */
  progress?: (line: string) => void;
  /** No change is judged for approved ends after this moment (ms since the epoch; see approved-ends.ts). */
  judgeUntil?: number;
}

export async function runExpire(options: ExpireOptions): Promise<ExpireResult> {
  const accessDir = resolve(options.accessDir);
  const warnDays = options.warnDays ?? readWarnDays(accessDir);
  const model = await loadAccessRepository(accessDir);
  // paths in commits and reports are relative to the git repository holding the access
  // folder; git names its root by its real path, the model files under the path it was given
  const top = repositoryTopSync(accessDir);
  const realAccessDir = realpathSync(accessDir);
  const root = top ?? dirname(realAccessDir);
  const pathOf = (file: string) =>
    relative(root, join(realAccessDir, relative(accessDir, resolve(file))))
      .split(sep)
      .join('/');
  const { ended, ending, notes } =
    top === undefined
      ? endsAsWritten()
      : await approvedEndsOf(model, options, {
          root: top,
          accessDir: pathOf(accessDir),
          pathOf,
          warnDays,
        });
  const plan = findExpiry(model, options.now, warnDays, new Map([...ended, ...ending]));
  const paths = new Map(model.files.map((file) => [file, pathOf(file)]));

  const { edits, skipped } = planEdits(plan.removals);
  const editable = new Set(edits.flatMap((e) => e.removals));
  const removals = plan.removals.filter((r) => editable.has(r));
  const repoEdits: RepoEdit[] = edits.map((e) => ({ ...e, path: pathOf(e.file) }));
  const line = (
    g: (typeof removals)[number]['grant'],
    file: string,
    at: number,
    owners: string[],
  ) => ({
    id: g.id,
    subject: g.subject,
    resource: g.resource,
    role: g.role,
    expires: g.expires,
    path: pathOf(file),
    line: at,
    owners,
  });
  const grantsDir = join(accessDir, 'grants') + sep;
  const result: ExpireResult = {
    mode: options.mode,
    now: plan.now,
    warnDays,
    windowStart: plan.windowStart,
    removals: removals.map((r) => ({
      ...line(r.grant, r.file, r.line, r.owners),
      reasons: r.reasons.map(describeReason),
    })),
    expiring: plan.expiring.map((e) => ({
      ...line(e.grant, e.file, e.line, e.owners),
      daysLeft: e.daysLeft,
      ...(e.approvedEnd === undefined
        ? {}
        : {
            approvedEnd: {
              end: e.approvedEnd.end,
              commit: e.approvedEnd.commit,
              ...(e.approvedEnd.pullRequest === undefined
                ? {}
                : { pullRequest: e.approvedEnd.pullRequest }),
            },
          }),
    })),
    skipped: skipped.map((s) => ({
      path: pathOf(s.file),
      message: s.message,
      grants: s.removals.map((r) => r.grant.id),
    })),
    problems: malformed(model, grantsDir).map((f) => ({
      path: pathOf(f.file),
      line: f.line,
      column: f.column,
      message: f.message,
    })),
    files: repoEdits.map((e) => ({
      path: e.path,
      change: e.after === null ? 'deleted' : 'edited',
    })),
    leaversInTeams: model.teams.flatMap((team) =>
      [...team.maintainers, ...team.members]
        .filter((login) => model.identities.users.get(login)?.status === 'leaver')
        .map((user) => ({
          user,
          team: team.id,
          path: pathOf(team.source.file),
          line: team.source.location.line,
        })),
    ),
    reminders: [],
    notes,
  };
  if (options.mode === 'report') return result;

  const github = options.github;
  if (github === undefined)
    throw new Error(
      `--mode ${options.mode} talks to GitHub; set GITHUB_TOKEN and GITHUB_REPOSITORY`,
    );
  const { client, repository } = github;
  if (removals.length === 0) {
    if (options.mode === 'pr') {
      const closed = await closeStalePullRequest(client, repository, plan.now);
      if (closed !== undefined) result.closedPullRequest = closed;
    }
  } else if (options.mode === 'pr') {
    result.pullRequest = await publishPullRequest(
      client,
      repository,
      repoEdits,
      removals,
      paths,
      plan.now,
    );
  } else {
    result.commit = await commitToBase(client, repository, repoEdits, removals, paths);
  }
  if (plan.windowStart !== null)
    result.reminders = await sendReminders(
      client,
      repository,
      plan.expiring,
      plan.windowStart,
      warnDays,
      paths,
    );
  return result;
}

/**
 * The live grants whose approved end has passed or falls within the reminder window: a change
 * that did not pass the provision gate moved their end later. Judging a change needs its pull
 * request, so without a look-up (no token) the ends are read from the files as they stand,
 * and a note says so.
 */
async function approvedEndsOf(
  model: AccessModel,
  options: ExpireOptions,
  at: { root: string; accessDir: string; pathOf: (file: string) => string; warnDays: number },
): Promise<ApprovedEnds> {
  const github = options.github;
  const lookup =
    options.lookup ??
    (github === undefined
      ? undefined
      : pullRequestLookup(github.client, `${github.repository.owner}/${github.repository.repo}`));
  if (lookup === undefined)
    return endsAsWritten(
      'ends are read from the grant files as they stand: a change that moved an end later without approval is only found with GITHUB_TOKEN and GITHUB_REPOSITORY set, to look its pull request up',
    );
  const now = options.now.getTime();
  return approvedEnds(
    tracedGrants(
      model.grants.filter((g) => Date.parse(g.expiresAt) > now),
      model.documents,
      at.pathOf,
    ),
    {
      repo: at.root,
      ref: 'HEAD',
      accessDir: at.accessDir,
      policiesDir: options.policiesDir ?? 'policies',
      now: options.now,
      horizon: new Date(options.now.getTime() + at.warnDays * 86_400_000),
      lookup,
      lapsed: lapsedGrants(model.grants.filter((g) => Date.parse(g.expiresAt) <= now)),
      keep: options.keepPasses === true,
      ...(options.progress === undefined ? {} : { progress: options.progress }),
      ...(options.judgeUntil === undefined ? {} : { judgeUntil: options.judgeUntil }),
    },
  );
}

/**
 * Errors in grant files that leave a document unreadable as a grant: those grants cannot be
 * judged, so they are reported. Errors inside a grant that did load (a leaver holding it, an
 * unknown resource) are the check's business, and removing such a grant is this run's.
 */
function malformed(model: AccessModel, grantsDir: string): Finding[] {
  const starts = new Map<string, { line: number; loaded: boolean }[]>();
  for (const doc of model.documents) {
    const list = starts.get(doc.file) ?? [];
    list.push({ line: doc.source.location.line, loaded: doc.record?.kind === 'Grant' });
    starts.set(doc.file, list);
  }
  return model.findings.filter((f) => {
    if (f.severity !== 'error' || !resolve(f.file).startsWith(grantsDir)) return false;
    const docs = (starts.get(f.file) ?? []).filter((d) => d.line <= f.line);
    return docs[docs.length - 1]?.loaded !== true;
  });
}

/** `expiry.warnDays` of accessctl.yaml beside the access directory, else the default. */
function readWarnDays(accessDir: string): number {
  const file = join(dirname(accessDir), CONFIG_FILE);
  if (!existsSync(file)) return DEFAULT_WARN_DAYS;
  return parseConfig(file, readFileSync(file, 'utf8')).expiry.warnDays;
}
