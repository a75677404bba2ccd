// When each grant started, so its duration is measured from its start and not from the day
// a check happens to run (a grant nobody touched must not turn red with time). A grant's
// own `starts:` wins; otherwise git history says: the commit that added the grant or last
// changed what it gives (its subject, resource, role or expires). Lines of the working tree
// that no commit holds yet start now, and so does everything outside a git repository.
//
// One `git log` lists, newest first, every commit of the branch (first parents only, so a
// merge counts when it landed, not when its branch was written) that touched a grant file,
// with the blob each file had before. Then, round by round, only the older versions of
// files that still hold an unresolved grant are read (one `git cat-file --batch` a round)
// and compared by grant id. A file added once and never edited costs no read at all.
import { relative, sep } from 'node:path';

import { composeYaml } from './compose.js';
import {
  firstParentRaw,
  headPlace,
  listTree,
  type HeadPlace,
  onFirstParentLine,
  pathOids,
  pathsChangedSince,
  readBlobs,
  repositoryPlace,
  untrackedPaths,
} from './git.js';
import {
  keepStarts,
  readKeptStarts,
  type CommitStart,
  type KeptStarts,
} from './grant-starts-cache.js';
import { DEFAULT_MAX_FILE_SIZE, type AccessModel } from './model.js';
import type { GrantRecord } from './records.js';
import { isMapping } from './values.js';

export interface GrantStart {
  /** RFC 3339 UTC. */
  at: string;
  /** The grant's own `starts:`, the commit that added or renewed it, or now. */
  by: 'starts' | 'commit' | 'now';
  /** The commit, when `by` is 'commit'. */
  commit?: string;
}

export interface GrantStarts {
  /** By grant record; a grant missing here starts now. */
  starts: Map<GrantRecord, GrantStart>;
  /** Why some starts could not come from history (outside git, a shallow clone), for the user. */
  notes: string[];
}

/** One commit that touched a file: when, and the blob the file held before it (null: absent). */
interface Step {
  commit: string | null;
  at: string;
  before: string | null;
}

const ZERO_OID = /^0+$/;

export interface GrantStartsOptions {
  /**
   * Reuse the starts an earlier run kept in the git folder, and keep this run's (see
   * grant-starts-cache.ts). Only for a repository whose git folder is the user's own: a
   * pull request's author could have written it.
   */
  cache?: boolean;
}

/**
 * What git says before the grants are known: where the repository and HEAD are, what the
 * working tree changed, the kept starts that still hold and the log since them. Asked
 * while the repository is read, so each git process starts from a small heap (from one of
 * several hundred megabytes, each start cost a few hundred milliseconds on a loaded
 * machine).
 */
export type HeadHistory =
  | { note: string }
  | {
      place: HeadPlace;
      /** The access directory's path in the repository ('.' at the top). */
      dir: string;
      /** Where starts are kept, when they may be. */
      gitDir?: string;
      /** The kept starts, when their commit is on HEAD's first-parent line. */
      since?: KeptStarts;
      uncommitted: Set<string>;
      /** The blob of each uncommitted path at HEAD. */
      atHead: Map<string, string>;
      /** `git log --raw` since the kept commit, or of the whole history. */
      log: string;
    };

export async function askHistory(
  accessDir: string,
  options: GrantStartsOptions = {},
): Promise<HeadHistory> {
  const whenAbsent = `grants without "starts:" are measured from now`;
  const place = await headPlace(accessDir);
  if (place === undefined) {
    const reason =
      (await repositoryPlace(accessDir)) === undefined
        ? `${accessDir} is not inside a git repository`
        : `the repository has no commit yet`;
    return { note: `${reason}: ${whenAbsent}` };
  }
  const { top: root, prefix, head, shallow } = place;
  const dir = prefix === '' ? '.' : prefix.replace(/\/$/, '');
  const asked = Promise.all([pathsChangedSince(root, head, dir), untrackedPaths(root, dir)]);
  const gitDir = options.cache === true && !shallow ? place.commonDir : undefined;
  // read while git compares the working tree with HEAD
  const kept = gitDir === undefined ? undefined : readKeptStarts(gitDir, dir);
  const [dirty, untracked] = await asked;
  const since =
    kept !== undefined && (await onFirstParentLine(root, kept.commit, head)) ? kept : undefined;
  const uncommitted = new Set([...dirty, ...untracked]);
  const [atHead, log] = await Promise.all([
    blobsAtHead(root, head, dir, [...uncommitted]),
    logSince(root, head, since?.commit, dir),
  ]);
  return {
    place,
    dir,
    ...(gitDir === undefined ? {} : { gitDir }),
    ...(since === undefined ? {} : { since }),
    uncommitted,
    atHead,
    log,
  };
}

/**
 * When each grant of `model` started: its `starts:`, else the commit that gave it as it is.
 * `asked` is what git said while the repository was read (askHistory); by default it is
 * asked now, with no kept starts.
 */
export async function grantStarts(
  model: Pick<AccessModel, 'grants'>,
  accessDir: string,
  now: Date,
  asked: HeadHistory | Promise<HeadHistory> = askHistory(accessDir),
): Promise<GrantStarts> {
  const starts = new Map<GrantRecord, GrantStart>();
  // By file, the first grant of each id: what an older version of the file is compared with.
  const byFile = new Map<string, GrantRecord[]>();
  for (const grant of model.grants) {
    if (grant.startsAt !== undefined && grant.startsAt !== '') {
      starts.set(grant, { at: grant.startsAt, by: 'starts' });
      continue;
    }
    const grants = byFile.get(grant.source.file);
    if (grants === undefined) byFile.set(grant.source.file, [grant]);
    else if (!grants.some((g) => g.id === grant.id)) grants.push(grant);
  }
  const history = await asked;
  if (byFile.size === 0) return { starts, notes: [] };
  if ('note' in history) return { starts, notes: [history.note] };
  const { place, dir, gitDir, since, uncommitted, atHead } = history;
  const { top: root, prefix, head, shallow } = place;

  const inRepo = repositoryPath(accessDir, prefix);
  const pending = new Map<string, GrantRecord[]>();
  for (const [file, grants] of byFile) pending.set(inRepo(file), grants);

  const walk = async (log: string) => {
    const steps = new Map<string, Step[]>();
    for (const path of uncommitted)
      if (pending.has(path))
        steps.set(path, [
          { commit: null, at: now.toISOString(), before: atHead.get(path) ?? null },
        ]);
    for (const [path, step] of parseLog(log, pending)) {
      const list = steps.get(path);
      if (list === undefined) steps.set(path, [step]);
      else list.push(step);
    }
    return walkBack(root, steps, pending, starts);
  };
  let walked = await walk(history.log);
  // What the new commits did not resolve stands in the kept commit as it was then.
  if (since !== undefined) {
    for (const path of pending.keys())
      settle(pending, path, (grant) => {
        const start = since.startOf(path, grant.id);
        if (start === undefined) return false;
        starts.set(grant, { at: start.at, by: 'commit', commit: start.commit });
        return true;
      });
    // A grant the cache does not know (none should be left): the whole history decides.
    if (pending.size > 0) walked += await walk(await logSince(root, head, undefined, dir));
  }
  if (gitDir !== undefined && (since?.commit !== head || walked > 0))
    keepStarts(gitDir, dir, head, startsByFile(byFile, inRepo, starts));
  const notes = shallow
    ? [
        `the git history is shallow: grants older than its oldest commit are measured from that commit (fetch the whole history for exact durations)`,
      ]
    : [];
  return { starts, notes };
}

/** A file's path in the repository, from its path on disk inside the access directory. */
function repositoryPath(accessDir: string, prefix: string): (file: string) => string {
  const inside = `${accessDir}${sep}`;
  return (file) => {
    const local = file.startsWith(inside) ? file.slice(inside.length) : relative(accessDir, file);
    return `${prefix}${sep === '/' ? local : local.split(sep).join('/')}`;
  };
}

/** `git log --raw` of the first-parent line from `head`, back to `after` when given. */
async function logSince(
  root: string,
  head: string,
  after: string | undefined,
  dir: string,
): Promise<string> {
  if (after === head) return '';
  return firstParentRaw(root, head, dir, '%x01%H %ct', after);
}

/** The blob each of `paths` holds at HEAD (none for a path HEAD does not hold). */
async function blobsAtHead(
  root: string,
  head: string,
  dir: string,
  paths: string[],
): Promise<Map<string, string>> {
  if (paths.length === 0) return new Map();
  // a few paths are named to ls-tree; for many, the whole folder is listed once
  return paths.length <= 1000
    ? pathOids(root, head, paths)
    : new Map((await listTree(root, head, dir, { sizes: false })).map((e) => [e.path, e.oid]));
}

/**
 * Round by round, every file still holding an unresolved grant steps one commit back, and
 * each grant that version does not hold as it is starts at that step. Resolved grants leave
 * `pending`. Returns how many grants a commit step resolved.
 */
async function walkBack(
  root: string,
  steps: Map<string, Step[]>,
  pending: Map<string, GrantRecord[]>,
  starts: Map<GrantRecord, GrantStart>,
): Promise<number> {
  let resolved = 0;
  const depth = new Map<string, number>();
  for (;;) {
    const wanted: [string, Step][] = [];
    for (const path of pending.keys()) {
      const at = depth.get(path) ?? 0;
      const step = steps.get(path)?.[at];
      if (step === undefined) continue;
      depth.set(path, at + 1);
      wanted.push([path, step]);
    }
    if (wanted.length === 0) return resolved;
    const blobs = await readBlobs(
      root,
      wanted.flatMap(([, step]) => (step.before === null ? [] : [step.before])),
    );
    for (const [path, step] of wanted) {
      const before = step.before === null ? new Map() : grantsIn(path, blobs.get(step.before));
      settle(pending, path, (grant) => {
        if (before.get(grant.id) === keyOf(grant)) return false;
        if (step.commit === null) starts.set(grant, { at: step.at, by: 'now' });
        else {
          starts.set(grant, { at: step.at, by: 'commit', commit: step.commit });
          resolved++;
        }
        return true;
      });
    }
  }
}

/**
 * Leaves in `pending` the grants of `path` that `resolves` does not settle (it records their
 * start and says true); a path with none left is dropped.
 */
function settle(
  pending: Map<string, GrantRecord[]>,
  path: string,
  resolves: (grant: GrantRecord) => boolean,
): void {
  const left = (pending.get(path) ?? []).filter((grant) => !resolves(grant));
  if (left.length === 0) pending.delete(path);
  else pending.set(path, left);
}

/** The starts history gave, as the cache keeps them: by file path in the repository, by id. */
function startsByFile(
  byFile: Map<string, GrantRecord[]>,
  inRepo: (file: string) => string,
  starts: Map<GrantRecord, GrantStart>,
): Map<string, Map<string, CommitStart>> {
  const kept = new Map<string, Map<string, CommitStart>>();
  for (const [file, grants] of byFile) {
    const ids = new Map<string, CommitStart>();
    for (const grant of grants) {
      const start = starts.get(grant);
      if (start?.by === 'commit')
        ids.set(grant.id, { commit: start.commit as string, at: start.at });
    }
    if (ids.size > 0) kept.set(inRepo(file), ids);
  }
  return kept;
}

/** What a grant gives: a change to any of these is a new grant or a renewal. */
function keyOf(grant: { subject: unknown; resource: unknown; role: unknown; expires: unknown }) {
  return JSON.stringify([grant.subject, grant.resource, grant.role, grant.expires]);
}

/** The grants of an older version of a file, by id (the first of a duplicated id). */
function grantsIn(path: string, text: string | undefined): Map<string, string> {
  const grants = new Map<string, string>();
  // An older version too large to read is not compared: its grants start at that commit.
  if (text === undefined || text.length > DEFAULT_MAX_FILE_SIZE) return grants;
  for (const { value } of composeYaml(path, text).documents) {
    if (!isMapping(value) || value.kind !== 'Grant' || typeof value.id !== 'string') continue;
    if (!grants.has(value.id)) grants.set(value.id, keyOf(value as Parameters<typeof keyOf>[0]));
  }
  return grants;
}

/**
 * `git log --raw -z --format=%x01%H %ct`: per commit "\x01<sha> <seconds>\0\n", then per
 * file ":<mode> <mode> <old> <new> <status>\0<path>\0". Only the files asked about are kept.
 */
function parseLog(log: string, files: Map<string, unknown>): [string, Step][] {
  const found: [string, Step][] = [];
  for (const commit of log.split('\x01')) {
    if (commit === '') continue;
    const fields = commit.split('\0');
    const [sha = '', seconds = '0'] = (fields[0] ?? '').split(' ');
    const at = new Date(Number(seconds) * 1000).toISOString();
    for (let i = 1; i + 1 < fields.length; i += 2) {
      const raw = (fields[i] ?? '').trim();
      const path = fields[i + 1] ?? '';
      if (!raw.startsWith(':') || !files.has(path)) continue;
      const old = raw.split(' ')[2] ?? '';
      found.push([path, { commit: sha, at, before: ZERO_OID.test(old) ? null : old }]);
    }
  }
  return found;
}
