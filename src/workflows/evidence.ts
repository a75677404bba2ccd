// `accessctl evidence`: the audit report from git history. Reads the first-parent history of
// the access directory in bulk, finds the changes in the window, looks up their pull requests
// (cached), judges them by the policies of their own commit, joins the provisioning log, and
// builds the report. Rendering is the caller's.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import type { GitHubClient } from '../github/index.js';
import { GitError } from '../model/index.js';
import type { PolicyRequest } from '../policy/input.js';
import { buildReport, type SelectedChange } from '../evidence/build-report.js';
import { GrantChangeReader, type GrantChange } from '../evidence/grant-changes.js';
import { readHistory } from '../evidence/history.js';
import { readProvisioningLog, type ProvisioningLog } from '../evidence/provisioning.js';
import { lookUpPulls, type PullAnswer } from '../evidence/pulls.js';
import type { EvidenceReport } from '../evidence/report.js';
import { VerdictJudge, type Verdict } from '../evidence/verdict.js';

const execFileAsync = promisify(execFile);

export interface EvidenceGitHub {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The JSON cache of pull requests by commit; none when absent. */
  cacheFile?: string;
}

export interface EvidenceOptions {
  /** Any folder inside the repository. */
  repo: string;
  /** The branch or commit whose history is read. Default HEAD. */
  ref?: string;
  /** Repository-relative. Default "access" and "policies". */
  accessDir?: string;
  policiesDir?: string;
  since?: Date;
  until?: Date;
  grant?: string;
  subject?: string;
  /** Absent: pull requests are not looked up, and `pullsNotFetched` says why. */
  github?: EvidenceGitHub;
  pullsNotFetched?: string;
  /** The provisioning evidence log to verify and join; none when absent. */
  evidenceFile?: string;
  /** Evaluate the policies at each reported commit. Default true. */
  verdicts?: boolean;
  now: Date;
}

export async function runEvidence(options: EvidenceOptions): Promise<EvidenceReport> {
  const root = await repositoryRoot(options.repo);
  const accessDir = options.accessDir ?? 'access';
  const policiesDir = options.policiesDir ?? 'policies';
  const history = await readHistory(root, {
    ...(options.ref === undefined ? {} : { ref: options.ref }),
    paths: [accessDir, policiesDir, 'accessctl.yaml'],
    wanted: (path) =>
      path === 'accessctl.yaml' ||
      (path.startsWith(`${policiesDir}/`) && path.endsWith('.rego')) ||
      (path.startsWith(`${accessDir}/`) && /\.ya?ml$/i.test(path)),
  });
  // The state at --until is what the report describes: later commits are not read.
  if (options.until !== undefined) {
    const until = options.until.getTime();
    history.commits = history.commits.filter((c) => Date.parse(c.committedAt) <= until);
  }
  const changeReader = new GrantChangeReader(accessDir, history.blobs);
  const changes = history.commits.map((commit) => changeReader.changes(commit));
  const selected = select(history.commits, changes, options);
  const notes: string[] = [];
  if (await isShallow(root))
    notes.push(
      `the clone is shallow, so the history starts at ${history.commits[0]?.sha.slice(0, 7) ?? 'its first commit'} and everything before it reads as added there; fetch the whole history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`,
    );
  if (
    options.grant !== undefined &&
    !changes.some((list) => list.some((c) => c.id === options.grant))
  )
    notes.push(
      `grant "${options.grant}" never appears in the history of ${accessDir}/ up to ${history.head.slice(0, 7)}; check the id (it is the grant's "id", not its file name)`,
    );

  const shas = [...new Set(selected.map((s) => history.commits[s.index]?.sha ?? ''))];
  let pulls = new Map<string, PullAnswer>();
  if (options.github !== undefined) {
    const looked = await lookUpPulls(
      {
        client: options.github.client,
        owner: options.github.owner,
        repo: options.github.repo,
        ...(options.github.cacheFile === undefined ? {} : { cacheFile: options.github.cacheFile }),
      },
      shas,
    );
    pulls = looked.answers;
    if (looked.failure !== undefined)
      notes.push(
        `pull request data is incomplete: ${looked.failure}; rows without it say so and carry no review flag`,
      );
  } else if (options.pullsNotFetched !== undefined) {
    notes.push(`pull request data was not fetched: ${options.pullsNotFetched}`);
  }

  const verdicts =
    options.verdicts === false
      ? undefined
      : await judgeAll(history.commits, changes, selected, pulls, {
          accessDir,
          policiesDir,
          blobs: history.blobs,
        });
  if (verdicts === undefined) notes.push('policy verdicts were not evaluated (--no-verdict)');

  let log: ProvisioningLog | undefined;
  if (options.evidenceFile !== undefined) log = await readProvisioningLog(options.evidenceFile);
  if (log?.status.broken !== undefined)
    notes.push(`the provisioning evidence log is broken: ${log.status.broken.problem}`);

  const filters = {
    ...(options.grant === undefined ? {} : { grant: options.grant }),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
  };
  return buildReport({
    repository: root,
    history,
    changes,
    selected,
    pulls,
    ...(options.github === undefined && options.pullsNotFetched !== undefined
      ? { pullsNotFetched: options.pullsNotFetched }
      : {}),
    ...(verdicts === undefined ? {} : { verdicts }),
    ...(log === undefined ? {} : { log }),
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.until === undefined ? {} : { until: options.until }),
    generatedAt: options.now,
    ...(Object.keys(filters).length === 0 ? {} : { filters }),
    notes,
  });
}

/** The repository's top folder, or a GitError that says the folder is not in one. */
async function repositoryRoot(dir: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', dir, 'rev-parse', '--show-toplevel']);
    return stdout.trim();
  } catch {
    throw new GitError(
      `${dir} is not inside a git repository; run accessctl evidence in a clone of the access repository (with its full history: fetch-depth 0) or pass --repo DIR`,
    );
  }
}

async function isShallow(root: string): Promise<boolean> {
  const { stdout } = await execFileAsync('git', [
    '-C',
    root,
    'rev-parse',
    '--is-shallow-repository',
  ]);
  return stdout.trim() === 'true';
}

function select(
  commits: { committedAt: string }[],
  changes: GrantChange[][],
  options: EvidenceOptions,
): SelectedChange[] {
  const since = options.since?.getTime() ?? -Infinity;
  const selected: SelectedChange[] = [];
  changes.forEach((list, index) => {
    if (Date.parse(commits[index]?.committedAt ?? '') < since) return;
    for (const change of list) {
      if (options.grant !== undefined && change.id !== options.grant) continue;
      if (
        options.subject !== undefined &&
        change.after?.subject !== options.subject &&
        change.before?.subject !== options.subject
      )
        continue;
      selected.push({ index, change });
    }
  });
  return selected;
}

/** Replays the history and evaluates the policies at each commit that has rows. */
async function judgeAll(
  commits: Parameters<VerdictJudge['advance']>[0][],
  changes: GrantChange[][],
  selected: SelectedChange[],
  pulls: Map<string, PullAnswer>,
  options: ConstructorParameters<typeof VerdictJudge>[0],
): Promise<Map<string, Map<string, Verdict>>> {
  const judge = new VerdictJudge(options);
  const wanted = new Map<number, GrantChange[]>();
  for (const { index, change } of selected) {
    const list = wanted.get(index) ?? [];
    list.push(change);
    wanted.set(index, list);
  }
  const last = Math.max(-1, ...wanted.keys());
  const verdicts = new Map<string, Map<string, Verdict>>();
  for (let index = 0; index <= last; index++) {
    const commit = commits[index];
    if (commit === undefined) break;
    judge.advance(commit, changes[index] ?? []);
    const mine = wanted.get(index);
    if (mine === undefined) continue;
    verdicts.set(commit.sha, await judge.judge(commit, mine, requestOf(commit, pulls)));
  }
  return verdicts;
}

/**
 * The request the check on this change would have seen: the pull request's author and
 * standing approvals, or for a direct push its author and none. Unknown when not looked up,
 * and then the approval rules are not applied.
 */
function requestOf(
  commit: { sha: string; authorName: string },
  pulls: Map<string, PullAnswer>,
): PolicyRequest | undefined {
  const answer = pulls.get(commit.sha);
  if (answer === undefined || answer.kind === 'not-fetched') return undefined;
  if (answer.kind === 'none')
    return { author: commit.authorName, labels: [], labelActors: {}, approvals: [], pushers: [] };
  return {
    author: answer.pull.author,
    labels: answer.pull.labels,
    labelActors: {},
    pushers: [],
    approvals: answer.pull.approvals.map((a) => ({
      reviewer: a.reviewer,
      commit: a.commit,
      stale: !a.current,
    })),
  };
}
