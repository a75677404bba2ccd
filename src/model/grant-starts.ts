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
  git,
  isShallowRepository,
  listTree,
  pathsChangedSince,
  readBlobs,
  repositoryPlace,
  resolveCommit,
  untrackedPaths,
} from './git.js';
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

export async function grantStarts(
  model: Pick<AccessModel, 'grants'>,
  accessDir: string,
  now: Date,
): Promise<GrantStarts> {
  const starts = new Map<GrantRecord, GrantStart>();
  const pending = new Map<string, Map<string, GrantRecord>>();
  for (const grant of model.grants) {
    if (grant.startsAt !== undefined && grant.startsAt !== '') {
      starts.set(grant, { at: grant.startsAt, by: 'starts' });
      continue;
    }
    const byId = pending.get(grant.source.file) ?? new Map<string, GrantRecord>();
    if (!byId.has(grant.id)) byId.set(grant.id, grant);
    pending.set(grant.source.file, byId);
  }
  if (pending.size === 0) return { starts, notes: [] };
  const whenAbsent = `grants without "starts:" are measured from now`;

  const place = await repositoryPlace(accessDir);
  if (place === undefined)
    return { starts, notes: [`${accessDir} is not inside a git repository: ${whenAbsent}`] };
  const { top: root, prefix } = place;
  const head = await resolveCommit(root, 'HEAD').catch(() => '');
  if (head === '') return { starts, notes: [`the repository has no commit yet: ${whenAbsent}`] };

  const dir = prefix === '' ? '.' : prefix.replace(/\/$/, '');
  const inRepo = (file: string) => `${prefix}${relative(accessDir, file).split(sep).join('/')}`;
  const files = new Map([...pending.keys()].map((file) => [inRepo(file), file]));

  const [log, dirty, untracked, atHead, shallow] = await Promise.all([
    git(root, [
      'log',
      '--first-parent',
      '-m',
      '--no-renames',
      '--raw',
      '-z',
      '--no-abbrev',
      '--format=%x01%H %ct',
      'HEAD',
      '--',
      dir,
    ]),
    pathsChangedSince(root, 'HEAD', dir),
    untrackedPaths(root, dir),
    listTree(root, 'HEAD', dir, { sizes: false }),
    isShallowRepository(root),
  ]);
  const steps = new Map<string, Step[]>();
  const uncommitted = new Set([...dirty, ...untracked]);
  const headBlob = new Map(atHead.map((e) => [e.path, e.oid]));
  for (const path of files.keys())
    if (uncommitted.has(path))
      steps.set(path, [
        { commit: null, at: now.toISOString(), before: headBlob.get(path) ?? null },
      ]);
  for (const [path, step] of parseLog(log, files)) {
    const list = steps.get(path) ?? [];
    list.push(step);
    steps.set(path, list);
  }

  // Round by round: every file still holding an unresolved grant steps one commit back.
  const depth = new Map<string, number>();
  for (;;) {
    const wanted: [string, Step][] = [];
    for (const [path, file] of files) {
      if ((pending.get(file)?.size ?? 0) === 0) continue;
      const at = depth.get(path) ?? 0;
      const step = steps.get(path)?.[at];
      if (step === undefined) continue;
      depth.set(path, at + 1);
      wanted.push([path, step]);
    }
    if (wanted.length === 0) break;
    const blobs = await readBlobs(
      root,
      wanted.flatMap(([, step]) => (step.before === null ? [] : [step.before])),
    );
    for (const [path, step] of wanted) {
      const file = files.get(path) as string;
      const unresolved = pending.get(file) as Map<string, GrantRecord>;
      const before = step.before === null ? new Map() : grantsIn(path, blobs.get(step.before));
      for (const [id, grant] of unresolved) {
        if (before.get(id) === keyOf(grant)) continue;
        starts.set(
          grant,
          step.commit === null
            ? { at: step.at, by: 'now' }
            : { at: step.at, by: 'commit', commit: step.commit },
        );
        unresolved.delete(id);
      }
    }
  }
  const notes = shallow
    ? [
        `the git history is shallow: grants older than its oldest commit are measured from that commit (fetch the whole history for exact durations)`,
      ]
    : [];
  return { starts, notes };
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
function parseLog(log: string, files: Map<string, string>): [string, Step][] {
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
