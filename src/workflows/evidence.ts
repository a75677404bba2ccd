// `accessctl evidence`: the audit report from git history. Reads the first-parent history of
// the access directory in bulk, finds the changes in the window, looks up their pull requests
// (cached), judges them by the policies of their own commit, joins the provisioning log, and
// builds the report. Rendering is the caller's.
import { readFile } from 'node:fs/promises';

import type { GitHubClient } from '../github/index.js';
import {
  GitError,
  firstParentTimes,
  isShallowRepository,
  remoteUrl,
  repositoryTop,
} from '../model/git.js';
import type { GrantRecord } from '../model/index.js';
import type { PolicyRequest } from '../policy/input.js';
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  parseConfig,
  removalGraceHours,
  type AccessConfig,
} from '../config/config.js';
import type { MergePull } from '../github/merge-pull.js';
import {
  packageCommitAt,
  reportBuilder,
  type Judged,
  type ReportBuilder,
  type SelectedChange,
} from '../evidence/build-report.js';
import { GrantChangeReader, type GrantChange } from '../evidence/grant-changes.js';
import { expiryCommits } from '../evidence/expiry-commits.js';
import { boundHeapGrowth } from './heap-growth.js';
import {
  readHistory,
  releaseBlobs,
  type History,
  type HistoryCommit,
} from '../evidence/history.js';
import {
  provisioningLog,
  type LogChecks,
  type LogSource,
  type ProvisioningLog,
} from '../evidence/provisioning.js';
import { readLineAnchors } from '../provisioners/evidence-anchor.js';
import { readBranchLog } from '../provisioners/evidence-branch.js';
import { lookUpPulls, type PullAnswer } from '../evidence/pulls.js';
import type { EvidenceReport, EvidenceRow, EvidenceStream } from '../evidence/report.js';
import { VerdictJudge } from '../evidence/verdict.js';
import { rulesNotStanding } from './evidence/rules-standing.js';
import type { UnapprovedRuleChange } from '../provisioners/provision-plan.js';

export interface EvidenceGitHub {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The JSON cache of pull requests by commit; none when absent. */
  cacheFile?: string;
  /** Many commits per GraphQL query (default true); false asks REST one commit at a time. */
  batch?: boolean;
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
  /** Instead of a file: the branch of `github`'s repository the log is kept on. */
  evidenceBranch?: string;
  /** ACCESSCTL_EVIDENCE_KEY: the seals' HMAC is verified with it. */
  evidenceKey?: string;
  /** "owner/name" the report names; else `github`'s, else the clone's origin, else its folder. */
  repositoryName?: string;
  /** Evaluate the policies at each reported commit. Default true. */
  verdicts?: boolean;
  /** The most changed grants one evaluation holds (see EVALUATION_GROUP); tests shrink it. */
  evaluationGroup?: number;
  /**
   * Default true. False reads every grant file through a model of its own and resolves every
   * grant again at each commit: the slower way the report was made before, which tests
   * compare the shortcuts with.
   */
  shortcuts?: boolean;
  /**
   * Evaluate in a thread of its own, beside the replay, even the built-in library alone.
   * Default: from OWN_THREAD_FROM commits judged on (tests set it either way).
   */
  evaluationThread?: boolean;
  now: Date;
}

/**
 * From this many commits judged on, the policies evaluate in a thread of their own while the
 * replay makes the next commits' inputs: over 50,000 commits the library's evaluations were
 * 5.6 s of the 12.4 s spent judging, all on the one thread. Below it the thread's start-up
 * is not won back.
 */
export const OWN_THREAD_FROM = 1000;

export async function runEvidence(options: EvidenceOptions): Promise<EvidenceReport> {
  const { rows, finish } = await streamEvidence(options);
  const all: EvidenceRow[] = [];
  for await (const row of rows) all.push(row);
  return finish(all);
}

/**
 * The report with its rows to come (see EvidenceStream). The heap's growth is bounded from
 * here until the last row is made (see boundHeapGrowth): a long history's judging leaves
 * much short-lived garbage beside what it holds.
 */
export async function streamEvidence(options: EvidenceOptions): Promise<EvidenceStream> {
  const release = boundHeapGrowth();
  let stream: EvidenceStream;
  try {
    stream = await prepareEvidence(options);
  } catch (error) {
    release();
    throw error;
  }
  const { rows } = stream;
  return {
    ...stream,
    rows: (async function* () {
      try {
        yield* rows;
      } finally {
        release();
      }
    })(),
    finish: (all) => {
      release();
      return stream.finish(all);
    },
  };
}

async function prepareEvidence(options: EvidenceOptions): Promise<EvidenceStream> {
  const root = await repositoryRoot(options.repo);
  const accessDir = options.accessDir ?? 'access';
  const policiesDir = options.policiesDir ?? 'policies';
  const blobs = new Map<string, string>();
  const changeReader = new GrantChangeReader(accessDir, blobs, options.shortcuts !== false);
  // Each commit's grant changes are read as soon as its blobs are, while git reads on.
  const read = new Map<HistoryCommit, GrantChange[]>();
  const history = await readHistory(root, {
    ...(options.ref === undefined ? {} : { ref: options.ref }),
    paths: [accessDir, policiesDir, 'accessctl.yaml'],
    wanted: (path) =>
      path === 'accessctl.yaml' ||
      (path.startsWith(`${policiesDir}/`) && path.endsWith('.rego')) ||
      (path.startsWith(`${accessDir}/`) && /\.ya?ml$/i.test(path)),
    blobs,
    ready: (commit) => read.set(commit, changeReader.changes(commit)),
  });
  // The state at --until is what the report describes: later commits are not read.
  if (options.until !== undefined) {
    const until = options.until.getTime();
    history.commits = history.commits.filter((c) => Date.parse(c.committedAt) <= until);
  }
  const changes = history.commits.map((commit) => read.get(commit) ?? []);
  read.clear();
  const selected = select(history.commits, changes, options);
  const notes: string[] = [];
  if (await isShallowRepository(root))
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
  const packageCommits = packageCommitsOf(history, changeReader);
  // the pull requests that approved the packages the rows' grants name are looked up too
  const packageShas = approvingCommits(selected, packageCommits, history);
  const configs = configsAtParents(history);
  const breakGlassConfig = breakGlassAtParents(configs);
  let pulls = new Map<string, PullAnswer>();
  if (options.github !== undefined) {
    const looked = await lookUpPulls(
      {
        client: options.github.client,
        owner: options.github.owner,
        repo: options.github.repo,
        ...(options.github.cacheFile === undefined ? {} : { cacheFile: options.github.cacheFile }),
        ...(options.github.batch === undefined ? {} : { batch: options.github.batch }),
        // An emergency merge's reviews after the fact are read again until its window is over.
        refresh: (sha, pull) => {
          const config = breakGlassConfig.get(sha);
          return (
            config !== undefined &&
            pull.labels.includes(config.label) &&
            !(Date.parse(pull.checkedAt) >= windowEnd(pull, config))
          );
        },
      },
      [...new Set([...shas, ...packageShas])],
    );
    pulls = looked.answers;
    if (looked.restFallback !== undefined)
      notes.push(
        `pull requests were looked up one commit at a time through REST, because the GraphQL query failed: ${looked.restFallback}`,
      );
    if (looked.failure !== undefined)
      notes.push(
        `pull request data is incomplete: ${looked.failure}; rows without it say so and carry no review flag`,
      );
  } else if (options.pullsNotFetched !== undefined) {
    notes.push(`pull request data was not fetched: ${options.pullsNotFetched}`);
  }

  // the rules that judged each reported change must have stood (as provisioning requires)
  let unstood: Map<string, UnapprovedRuleChange> | undefined;
  if (options.github !== undefined && options.verdicts !== false)
    try {
      unstood = await rulesNotStanding(history, new Set(shas), {
        root,
        accessDir,
        policiesDir,
        github: options.github,
        now: options.now,
      });
    } catch (error) {
      notes.push(
        `whether the rules that judged each change stood (every change to them approved by a policy owner) is not known: ${error instanceof Error ? error.message : String(error)}`,
      );
    }

  const expiryRuns = await expiryCommits(
    root,
    history.commits.filter((c) => pulls.get(c.sha)?.kind === 'none'),
    changeReader,
  );

  const emergencies = new Map<string, BreakGlassAtParent>();
  for (const sha of shas) {
    const answer = pulls.get(sha);
    const config = breakGlassConfig.get(sha);
    if (
      answer?.kind === 'pull' &&
      config !== undefined &&
      answer.pull.labels.includes(config.label)
    )
      emergencies.set(sha, config);
  }
  // the selected changes by their commit: the commits judged
  const byIndex = byCommit(selected);
  const judge = new VerdictJudge({
    accessDir,
    policiesDir,
    blobs: history.blobs,
    ...(options.evaluationGroup === undefined ? {} : { evaluationGroup: options.evaluationGroup }),
    ...(options.shortcuts === undefined ? {} : { shortcuts: options.shortcuts }),
    ownThread:
      options.evaluationThread ?? (options.verdicts !== false && byIndex.size >= OWN_THREAD_FROM),
  });
  // The grants are read: judging reads only the rules, policies and config again, so the
  // grant files' text and parsed versions are let go before it (most of a long history).
  changeReader.release();
  releaseBlobs(history, (path) => judge.reads(path));
  if (options.verdicts === false) notes.push('policy verdicts were not evaluated (--no-verdict)');

  let log: ProvisioningLog | undefined;
  const source = await logSource(options, notes);
  if (source !== undefined) {
    const checks: LogChecks = {
      ...(options.evidenceKey === undefined || options.evidenceKey === ''
        ? {}
        : { key: options.evidenceKey }),
    };
    if (options.github === undefined)
      checks.anchorsNotChecked =
        'the anchors (commit statuses accessctl/evidence) were not looked up: no GitHub token or repository';
    else
      try {
        const read = await readLineAnchors(
          options.github,
          await anchorLine(root, history.head, options.until),
          source.text,
        );
        checks.anchors = read.anchors;
        if (read.partial !== undefined) notes.push(read.partial);
      } catch (error) {
        checks.anchorsNotChecked = `the anchors (commit statuses accessctl/evidence) could not be read: ${error instanceof Error ? error.message : String(error)}`;
      }
    log = provisioningLog(source, checks);
    if (checks.anchorsNotChecked !== undefined)
      notes.push(
        `${checks.anchorsNotChecked}; the hash chain alone cannot show an edited last record, a removed tail or a recomputed chain`,
      );
  }
  if (log?.status.broken !== undefined)
    notes.push(`the provisioning evidence log is broken: ${log.status.broken.problem}`);

  const endConfig = configAtEnd(history);
  const filters = {
    ...(options.grant === undefined ? {} : { grant: options.grant }),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
  };
  const builder = reportBuilder({
    repository:
      options.repositoryName ??
      (options.github === undefined
        ? ((await originName(root)) ?? root)
        : `${options.github.owner}/${options.github.repo}`),
    history,
    changes,
    pulls,
    ...(options.github === undefined && options.pullsNotFetched !== undefined
      ? { pullsNotFetched: options.pullsNotFetched }
      : {}),
    packageCommits,
    expiryRuns,
    ...(unstood === undefined ? {} : { unstood }),
    ...(log === undefined ? {} : { log }),
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.until === undefined ? {} : { until: options.until }),
    generatedAt: options.now,
    manualSlaDays: endConfig.manual.slaDays,
    removalGrace: removalGraceAtParents(configs),
    graceAtEnd: removalGraceHours(endConfig),
    ...(Object.keys(filters).length === 0 ? {} : { filters }),
    notes,
  });
  const { generatedAt, since, until, repository, head, commits } = builder.finish([]);
  return {
    before: {
      generatedAt,
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      repository,
      head,
      commits,
    },
    rows: judgeAll(history.commits, changes, byIndex, pulls, judge, builder, {
      verdicts: options.verdicts !== false,
      emergencies,
    }),
    finish: (rows) => builder.finish(rows),
  };
}

/**
 * The provisioning log to check. A log that is not there (its file or branch deleted) is a log
 * cut to nothing: it is read as empty, so the anchors its runs left on the branch's commits
 * show it broken, and a repository no run has provisioned yet reads as one with no records.
 */
async function logSource(
  options: EvidenceOptions,
  notes: string[],
): Promise<LogSource | undefined> {
  const missing = (name: string): LogSource => {
    notes.push(
      `${name} does not exist: read as an empty log, which any anchor a provisioning run left on the branch shows broken`,
    );
    return { name: `${name} (not found)`, text: '' };
  };
  if (options.evidenceFile !== undefined) {
    try {
      return { name: options.evidenceFile, text: await readFile(options.evidenceFile, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return missing(`the provisioning log ${options.evidenceFile}`);
    }
  }
  if (options.evidenceBranch === undefined || options.github === undefined) return undefined;
  const at = { ...options.github, branch: options.evidenceBranch };
  const found = await readBranchLog(at);
  if (found === undefined)
    return missing(`the evidence branch ${at.branch} of ${at.owner}/${at.repo}`);
  return {
    name: `branch ${at.branch} of ${at.owner}/${at.repo} (${found.commit.slice(0, 12)})`,
    text: found.text,
  };
}

/**
 * Every commit a run could have anchored on: the first-parent line of the history's head up
 * to the window's end, newest first, whatever paths each commit touched (a run anchors on
 * the branch's tip when it starts, which may be a merge that changed only a README), not the
 * history filtered to the access paths.
 */
async function anchorLine(root: string, head: string, until: Date | undefined): Promise<string[]> {
  const line = await firstParentTimes(root, head);
  const end = until?.getTime() ?? Infinity;
  return line.filter((c) => c.committedAt * 1000 <= end).map((c) => c.sha);
}

/** The repository's top folder, or a GitError that says the folder is not in one. */
async function repositoryRoot(dir: string): Promise<string> {
  const top = await repositoryTop(dir);
  if (top === undefined)
    throw new GitError(
      `${dir} is not inside a git repository; run accessctl evidence in a clone of the access repository (with its full history: fetch-depth 0) or pass --repo DIR`,
    );
  return top;
}

/** "owner/name" of the clone's origin on GitHub, when it has one. */
async function originName(root: string): Promise<string | undefined> {
  const url = await remoteUrl(root, 'origin');
  const match =
    url === undefined ? null : /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  return match === null ? undefined : `${match[1] ?? ''}/${match[2] ?? ''}`;
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

/** By package id: the indexes of the commits that added or changed it, oldest first. */
function packageCommitsOf(history: History, reader: GrantChangeReader): Map<string, number[]> {
  const commits = new Map<string, number[]>();
  history.commits.forEach((commit, index) => {
    for (const id of reader.packagesChanged.get(commit.sha) ?? []) {
      const list = commits.get(id) ?? [];
      list.push(index);
      commits.set(id, list);
    }
  });
  return commits;
}

/** The commits where the packages of the selected package grants were last changed before them. */
function approvingCommits(
  selected: SelectedChange[],
  packageCommits: Map<string, number[]>,
  history: History,
): string[] {
  const shas = new Set<string>();
  for (const { index, change } of selected) {
    const id = (change.after ?? change.before)?.package;
    if (id === undefined) continue;
    const found = packageCommitAt(packageCommits, id, index);
    const sha = found === undefined ? undefined : history.commits[found]?.sha;
    if (sha !== undefined) shas.add(sha);
  }
  return [...shas];
}

type BreakGlassAtParent = Pick<AccessConfig['breakGlass'], 'label' | 'reviewWithinHours'>;

/** `accessctl.yaml` as it reads at the end of the history; the defaults if it cannot be read. */
function configAtEnd(history: History): AccessConfig {
  let oid: string | undefined;
  for (const commit of history.commits) {
    const change = commit.paths.find((p) => p.path === CONFIG_FILE);
    if (change !== undefined) oid = change.after;
  }
  try {
    return parseConfig(CONFIG_FILE, oid === undefined ? undefined : history.blobs.get(oid));
  } catch {
    return structuredClone(DEFAULT_CONFIG);
  }
}

/**
 * By commit: `accessctl.yaml` at its first parent, which is what the check on its pull request
 * read (the break-glass label and review window, the grace of a removal). A commit whose
 * parent's config does not parse has none.
 */
function configsAtParents(history: History): Map<string, AccessConfig> {
  const parsed = new Map<string | undefined, AccessConfig | undefined>();
  const at = (oid: string | undefined): AccessConfig | undefined => {
    if (!parsed.has(oid)) {
      let value: AccessConfig | undefined;
      try {
        const text = oid === undefined ? undefined : history.blobs.get(oid);
        if (oid === undefined || text !== undefined) value = parseConfig(CONFIG_FILE, text);
      } catch {
        value = undefined;
      }
      parsed.set(oid, value);
    }
    return parsed.get(oid);
  };
  const configs = new Map<string, AccessConfig>();
  let oid: string | undefined;
  for (const commit of history.commits) {
    const change = commit.paths.find((p) => p.path === CONFIG_FILE);
    if (change !== undefined) oid = change.before;
    const config = at(oid);
    if (config !== undefined) configs.set(commit.sha, config);
    if (change !== undefined) oid = change.after;
  }
  return configs;
}

/** By commit: the break-glass label and review window of the config at its parent. */
function breakGlassAtParents(configs: Map<string, AccessConfig>): Map<string, BreakGlassAtParent> {
  const breakGlass = new Map<string, BreakGlassAtParent>();
  for (const [sha, config] of configs) {
    const { label, reviewWithinHours } = config.breakGlass;
    breakGlass.set(sha, { label, reviewWithinHours });
  }
  return breakGlass;
}

/** By commit: the hours a removal it makes may come after the grant's end (removalGraceHours). */
function removalGraceAtParents(configs: Map<string, AccessConfig>): Map<string, number> {
  const grace = new Map<string, number>();
  for (const [sha, config] of configs) grace.set(sha, removalGraceHours(config));
  return grace;
}

/** The end of an emergency merge's review window, in ms since the epoch. */
function windowEnd(pull: MergePull, config: BreakGlassAtParent): number {
  return Date.parse(pull.mergedAt) + config.reviewWithinHours * 3_600_000;
}

/**
 * Replays the history and evaluates the policies at each commit that has rows; at each
 * emergency merge, reads whose review after the fact counts for each grant it changed. A
 * commit's evaluation is queued as it is replayed, and its rows are made once it is answered,
 * at most IN_FLIGHT commits later, in order; what only that commit needed (its changed paths,
 * its grants' versions) is let go as the replay passes it: over a long history, what is held
 * stays the rows made and the grants present, not every version judged.
 */
async function* judgeAll(
  commits: Parameters<VerdictJudge['advance']>[0][],
  changes: GrantChange[][],
  selected: Map<number, SelectedChange[]>,
  pulls: Map<string, PullAnswer>,
  judge: VerdictJudge,
  builder: ReportBuilder,
  wanting: { verdicts: boolean; emergencies: Map<string, BreakGlassAtParent> },
): AsyncGenerator<EvidenceRow> {
  const judging = (index: number) =>
    wanting.verdicts || wanting.emergencies.has(commits[index]?.sha ?? '');
  let last = -1;
  for (const index of selected.keys()) if (judging(index)) last = Math.max(last, index);
  // commits judged whose rows are not made yet, oldest first
  const waiting: { mine: SelectedChange[]; judged: Promise<Judged> }[] = [];
  // the rows of the oldest waiting commits, once answered, until `keep` are left waiting
  async function* rowsUntil(keep: number): AsyncGenerator<EvidenceRow> {
    while (waiting.length > keep) {
      const { mine, judged } = waiting.shift() as (typeof waiting)[number];
      const answer = await judged;
      for (const one of mine) yield builder.row(one, answer);
    }
  }
  try {
    for (let index = 0; index < commits.length; index++) {
      const commit = commits[index] as (typeof commits)[number];
      // a commit judged in groups reads the replayed state until its last group is asked
      if (judge.busy) await judge.settled();
      if (index <= last && index % LOOKAHEAD === 0)
        judge.expect(upcomingRecords(changes, index, Math.min(index + LOOKAHEAD, last + 1)));
      if (index <= last) judge.advance(commit, changes[index] ?? []);
      const mine = selected.get(index);
      if (mine !== undefined) {
        const judged = judging(index)
          ? judgeCommit(commit, mine, pulls, judge, wanting)
          : Promise.resolve({});
        // awaited in turn below; a reader that stops early leaves no failure unheard
        judged.catch(() => undefined);
        waiting.push({ mine, judged });
      }
      yield* rowsUntil(IN_FLIGHT);
      selected.delete(index);
      changes[index] = [];
      commit.paths = [];
    }
    yield* rowsUntil(0);
  } finally {
    await judge.close();
  }
}

/**
 * How many commits may be judged ahead of the rows made: their evaluations run (in the
 * policies' thread) while the next commits are replayed and their inputs made.
 */
const IN_FLIGHT = 32;

/** How many commits' grant versions are named to the judge at once (see VerdictJudge.expect). */
const LOOKAHEAD = 256;

/** The grant versions the commits from `from` up to `to` (not included) bring. */
function* upcomingRecords(
  changes: GrantChange[][],
  from: number,
  to: number,
): Generator<GrantRecord> {
  for (let index = from; index < to; index++)
    for (const change of changes[index] ?? [])
      if (change.after?.record !== undefined) yield change.after.record;
}

/** The selected changes by the index of their commit. */
function byCommit(selected: SelectedChange[]): Map<number, SelectedChange[]> {
  const grouped = new Map<number, SelectedChange[]>();
  for (const one of selected) {
    const list = grouped.get(one.index) ?? [];
    list.push(one);
    grouped.set(one.index, list);
  }
  return grouped;
}

/** The verdicts of one commit's changes, and who may review it after the fact if an emergency. */
async function judgeCommit(
  commit: Parameters<VerdictJudge['advance']>[0],
  selected: SelectedChange[],
  pulls: Map<string, PullAnswer>,
  judge: VerdictJudge,
  wanting: { verdicts: boolean; emergencies: Map<string, BreakGlassAtParent> },
): Promise<Judged> {
  const mine = selected.map((s) => s.change);
  const judged: Judged = {};
  const emergency = wanting.emergencies.get(commit.sha);
  const answer = pulls.get(commit.sha);
  if (emergency !== undefined && answer?.kind === 'pull') {
    const owners = new Map<string, { refs: string[]; logins: Set<string> }>();
    for (const change of mine) {
      if (change.after === undefined) continue;
      const refs = judge.ownersOf(change.after.resource);
      const logins = new Set(refs.flatMap((ref) => judge.loginsOf(ref)));
      // Neither the one who asked nor the one who benefits reviews the emergency.
      logins.delete(answer.pull.author.toLowerCase());
      for (const login of judge.loginsOf(change.after.subject)) logins.delete(login);
      owners.set(change.id, { refs, logins });
    }
    judged.emergency = { ...emergency, owners };
  }
  if (wanting.verdicts) judged.verdicts = await judge.judge(commit, mine, requestOf(commit, pulls));
  return judged;
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
