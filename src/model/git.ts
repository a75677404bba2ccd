// The one door to git: every git command accessctl runs is started here, each behind a
// named operation that says what it asks git; questions about fixed objects (a commit's
// tree, a file at a commit) go to the one `cat-file` kept open per repository instead
// (git-objects.ts). A library was weighed and not taken: simple-git would start the same
// processes behind a wider API, and isomorphic-git reimplements git in JavaScript without
// the formats this reads (`--raw` logs, trailers, `cat-file --batch`) and is slower on long
// histories; so one small spawn wrapper.
import { execFileSync, spawn } from 'node:child_process';

import {
  BatchUnavailable,
  askKept,
  entriesAt,
  isFixedName,
  isPlainEntry,
  isPlainFolder,
  objectsOf,
  walkTree,
  type KeptProcess,
  type ObjectReader,
} from './git-objects.js';
import { PathEncodingError, strictUtf8 } from './utf8-paths.js';

export { PathEncodingError } from './utf8-paths.js';

/** A git command failed or a ref does not name a commit. */
export class GitError extends Error {}

/**
 * A file read from git whose blob was not read with it: a fault of the reader, never of the
 * file. It must stop the run: taken as an unreadable file, the grants in it would look
 * removed, and a removal passes the gate without approval.
 */
export class MissingBlobError extends Error {}

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  /** Path from the repository root, '/'-separated. */
  path: string;
}

/** More output than this from one command is refused rather than held in memory. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/**
 * Runs git in `repo` and gives its whole output. Output is streamed into buffers, so a long
 * `git log` costs its size once; `input` is written to git's standard input (else it is
 * closed at once, so git never waits on it).
 */
function run(repo: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) {
        child.kill();
        reject(new GitError(`git ${commandOf(args)} in ${repo} gave more than 1 GiB of output`));
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(
          new GitError(
            `git ${commandOf(args)} failed in ${repo}: ${stderr.trim() || `exit code ${code}`}`,
          ),
        );
    });
    // git may exit before reading all of its input (a bad repository): that is its error
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/**
 * Runs git in `repo` and yields its standard output a chunk at a time, as git writes it, so
 * an output of any length is never held whole; `input` is written to git's standard input.
 * Stopping early ends git; a failure is a GitError after the output git gave.
 */
async function* chunks(repo: string, args: string[], input?: string): AsyncGenerator<Buffer> {
  const child = spawn('git', ['-C', repo, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', resolve);
  });
  exited.catch(() => undefined); // awaited below; until then a failure is not unhandled
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  let done = false;
  try {
    yield* child.stdout as AsyncIterable<Buffer>;
    const code = await exited;
    done = true;
    if (code !== 0)
      throw new GitError(
        `git ${commandOf(args)} failed in ${repo}: ${stderr.trim() || `exit code ${code}`}`,
      );
  } finally {
    if (!done) child.kill();
  }
}

/** The git command `args` run, after any options to git itself (`--literal-pathspecs`). */
function commandOf(args: string[]): string {
  return args.find((arg) => !arg.startsWith('-')) ?? 'git';
}

/**
 * The output of `chunks`, cut at every NUL byte: the fields each chunk completed, each read as
 * `args` says (see readerOf): a field that names a path and is not UTF-8 stops the run.
 */
async function* fields(repo: string, args: string[]): AsyncGenerator<string[]> {
  const read = readerOf(repo, args);
  let rest: Buffer = Buffer.alloc(0);
  let previous = '';
  for await (const chunk of chunks(repo, args)) {
    const data = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    const batch: string[] = [];
    let at = 0;
    for (let end = data.indexOf(0); end !== -1; end = data.indexOf(0, at)) {
      previous = read.field(data, at, end, previous);
      batch.push(previous);
      at = end + 1;
    }
    // a copy: a slice would keep the whole chunk alive for a few bytes
    rest = Buffer.from(data.subarray(at));
    if (batch.length > 0) yield batch;
  }
  if (rest.length > 0) yield [read.field(rest, 0, rest.length, previous)];
}

/**
 * How the output of a git command is read. Output that names paths (`ls-tree`, `ls-files`, the
 * `diff` family, a log's `--name-only` and the like) must be UTF-8 whole: a name that is not
 * would read as another name. A `--raw` log also holds commit text (names, subjects) that is
 * read as it comes: only its path fields, each the one after a `:<modes> <oids> <status>`
 * field, must be UTF-8. Anything else (messages, trailers, refs) is read as it comes.
 */
interface OutputReader {
  /** The whole output as text. */
  all(out: Buffer): string;
  /** The field from `start` to `end` of `data`, after the field `previous`. */
  field(data: Buffer, start: number, end: number, previous: string): string;
}

const PATH_COMMANDS = new Set([
  'ls-tree',
  'ls-files',
  'diff',
  'diff-tree',
  'diff-index',
  'diff-files',
  'status',
  'grep',
  'check-ignore',
  'check-attr',
  'merge-tree',
]);
/** Options that make a log, `show` or `rev-list` name paths. */
const PATH_OPTIONS = /^--(?:raw|name-only|name-status|numstat|stat|summary|objects)/;
/** Of those, the ones that name paths in other places than a `--raw` log's fields. */
const OTHER_PATH_OPTIONS = /^--(?:name-only|name-status|numstat|stat|summary|objects)/;
/** A `--raw` field before the path it is about: ":<mode> <mode> <oid> <oid> <status>". */
const RAW_META = /^\n*:[0-7]+ [0-7]+ [0-9a-f]+ [0-9a-f]+ [A-Z][0-9]*$/;

function readerOf(repo: string, args: string[]): OutputReader {
  const command = commandOf(args);
  const where = `git ${command} in ${repo}`;
  const loose: OutputReader = {
    all: (out) => out.toString('utf8'),
    field: (data, start, end) => data.toString('utf8', start, end),
  };
  if (PATH_COMMANDS.has(command)) return strictReader(where);
  if (!args.some((arg) => PATH_OPTIONS.test(arg))) return loose;
  if (!args.includes('--raw') || args.some((arg) => OTHER_PATH_OPTIONS.test(arg)))
    return strictReader(where);
  return {
    all: (out) => {
      const text = out.toString('utf8');
      if (!text.includes('\uFFFD')) return text;
      let previous = '';
      for (let at = 0; at <= out.length;) {
        const nul = out.indexOf(0, at);
        const end = nul === -1 ? out.length : nul;
        previous = rawField(out, at, end, previous, where);
        at = end + 1;
      }
      return text;
    },
    field: (data, start, end, previous) => rawField(data, start, end, previous, where),
  };
}

/** A reader of output that names paths and nothing else: it must be UTF-8 whole. */
function strictReader(where: string): OutputReader {
  return {
    all: (out) => {
      const text = strictUtf8(out);
      if (text === undefined) throw notUtf8(out, where);
      return text;
    },
    field: (data, start, end) => {
      const text = strictUtf8(data, start, end);
      if (text === undefined) throw notUtf8(data.subarray(start, end), where);
      return text;
    },
  };
}

/** A field of a `--raw` log: a path after a raw change must be UTF-8; other text is as it comes. */
function rawField(
  data: Buffer,
  start: number,
  end: number,
  previous: string,
  where: string,
): string {
  const text = data.toString('utf8', start, end);
  if (!text.includes('\uFFFD') || !RAW_META.test(previous)) return text;
  if (strictUtf8(data, start, end) === undefined)
    throw new PathEncodingError(where, Buffer.from(data.subarray(start, end)));
  return text;
}

/** The error for output that is not UTF-8, naming the first path in it that is not. */
function notUtf8(out: Buffer, where: string): PathEncodingError {
  for (let at = 0; at < out.length;) {
    const nul = out.indexOf(0, at);
    const end = nul === -1 ? out.length : nul;
    if (strictUtf8(out, at, end) === undefined) {
      // an ls-tree or ls-files record: "<mode> <type> <oid>\t<path>"; the path is what is named
      const tab = out.indexOf(0x09, at);
      let start = tab !== -1 && tab < end ? tab + 1 : at;
      while (out[start] === 0x0a) start += 1;
      return new PathEncodingError(where, Buffer.from(out.subarray(start, end)));
    }
    at = end + 1;
  }
  return new PathEncodingError(where, Buffer.from(out));
}

/**
 * The output of one git command run in `repo`; a GitError naming the command if it fails. Output
 * that names paths is read as readerOf says: a path that is not UTF-8 is a PathEncodingError.
 */
export async function git(repo: string, args: string[]): Promise<string> {
  return readerOf(repo, args).all(await run(repo, args));
}

/** The same, for the few callers that must stay synchronous. */
function gitSync(repo: string, args: string[]): string {
  let out: Buffer;
  try {
    out = execFileSync('git', ['-C', repo, ...args], {
      maxBuffer: MAX_OUTPUT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim();
    throw new GitError(`git ${commandOf(args)} failed in ${repo}: ${stderr || String(error)}`);
  }
  return readerOf(repo, args).all(out);
}

/** Where a folder sits in its repository. */
export interface RepositoryPlace {
  /** The repository's top folder. */
  top: string;
  /** The folder's path inside it: '' at the top, else 'a/b/'. */
  prefix: string;
}

const WHERE_AM_I = ['rev-parse', '--show-toplevel', '--show-prefix'];

function placeOf(output: string): RepositoryPlace {
  const [top = '', prefix = ''] = output.split('\n');
  return { top, prefix };
}

/** The repository holding `dir` and where `dir` is inside it; undefined outside one. */
export async function repositoryPlace(dir: string): Promise<RepositoryPlace | undefined> {
  try {
    return placeOf(await git(dir, WHERE_AM_I));
  } catch {
    return undefined;
  }
}

/** The top folder of the git repository holding `dir`, or undefined outside one. */
export async function repositoryTop(dir: string): Promise<string | undefined> {
  return (await repositoryPlace(dir))?.top;
}

/** The same, for the callers that must stay synchronous. */
export function repositoryTopSync(dir: string): string | undefined {
  try {
    return placeOf(gitSync(dir, WHERE_AM_I)).top;
  } catch {
    return undefined;
  }
}

/** Whether the clone's history was cut short (`--depth`). */
export async function isShallowRepository(repo: string): Promise<boolean> {
  return (await git(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Where a folder sits in its repository, and the state of its HEAD. */
export interface HeadPlace extends RepositoryPlace {
  /** Whether the clone's history was cut short (`--depth`). */
  shallow: boolean;
  /** The shared git folder (the same for every worktree), absolute. */
  commonDir: string;
  /** The commit HEAD names. */
  head: string;
}

/** The repository's shared git folder (the same for every worktree), absolute. */
export async function gitCommonDir(repo: string): Promise<string> {
  return (await git(repo, ['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
}

/**
 * All of it from one `git rev-parse` (each process started from a large heap costs tens
 * of milliseconds); undefined when `dir` is outside a repository or HEAD names no commit.
 */
export async function headPlace(dir: string): Promise<HeadPlace | undefined> {
  let out: string;
  try {
    out = await git(dir, [
      ...WHERE_AM_I,
      '--is-shallow-repository',
      '--path-format=absolute',
      '--git-common-dir',
      'HEAD^{commit}',
    ]);
  } catch {
    return undefined;
  }
  const [top = '', prefix = '', shallow = '', commonDir = '', head = ''] = out.split('\n');
  return { top, prefix, shallow: shallow === 'true', commonDir, head };
}

/**
 * Whether `ancestor` is `commit` or on its first-parent line, the line `git log
 * --first-parent` walks: a commit reached only through a merge's other parent is not. The
 * walk lists only the commits between the two (none reachable from `ancestor` is listed),
 * and ends on a commit whose first parent is `ancestor` exactly when it is on that line.
 */
export async function onFirstParentLine(
  repo: string,
  ancestor: string,
  commit: string,
): Promise<boolean> {
  if (ancestor === commit) return true;
  let out: string;
  try {
    out = await git(repo, [
      'rev-list',
      '--first-parent',
      '--parents',
      commit,
      `^${ancestor}`,
      '--',
    ]);
  } catch {
    // an ancestor git no longer has (a rewritten history, collected)
    return false;
  }
  const last = out.trimEnd().split('\n').pop() ?? '';
  return last.split(' ')[1] === ancestor;
}

/** The URL of a remote, or undefined when the clone has no remote of that name. */
export async function remoteUrl(repo: string, remote: string): Promise<string | undefined> {
  try {
    return (await git(repo, ['remote', 'get-url', '--end-of-options', remote])).trim();
  } catch {
    return undefined;
  }
}

/**
 * How many objects are asked of the kept reader one by one (sizes, blobs); more are answered
 * faster by one git process of their own (`ls-tree -l`, `cat-file --batch`): 100,000 sizes
 * asked one by one took 1.5 s, against 0.44 s.
 */
const ASKED_ONE_BY_ONE_MAX = 256;

/**
 * The kept `git cat-file --batch-command` of `repo` (git-objects.ts), for questions about
 * `name` when it names a fixed object and what else is asked is `plain`; else undefined, and
 * the question gets a git process of its own. Started here, the one door to git, with its
 * standard error dropped (a question it cannot answer is answered as missing).
 */
function keptReader(repo: string, name: string, plain = true): ObjectReader | undefined {
  if (!plain || !isFixedName(name)) return undefined;
  return objectsOf(repo, (): KeptProcess =>
    spawn('git', ['-C', repo, 'cat-file', '--batch-command'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    }),
  );
}

/** The commit a ref names; throws a GitError that says which ref is unknown. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  const commit = await askKept(
    keptReader(repo, ref),
    async (objects) => {
      const info = await objects.info(`${ref}^{commit}`);
      return info?.type === 'commit' ? info.oid : undefined;
    },
    async () => {
      try {
        const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
        return (await git(repo, args)).trim();
      } catch {
        return undefined;
      }
    },
  );
  if (commit === undefined)
    throw new GitError(
      `"${ref}" is not a commit in ${repo}; pass a branch, tag or commit that exists`,
    );
  return commit;
}

/** Whether the repository holds the commit `sha` (without asking any remote). */
export async function hasCommit(repo: string, sha: string): Promise<boolean> {
  return resolveCommit(repo, sha).then(
    () => true,
    () => false,
  );
}

/** A full object id; only such a name is fetched, so a name can never be an option or a refspec. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * Fetches one commit from `remote`, no tags: only it (depth 1), or with `history` every
 * commit it reaches that the repository lacks. The commit must be named by its full id: a
 * name such as "--upload-pack=..." or "main:refs/heads/x" is refused.
 */
export async function fetchCommit(
  repo: string,
  remote: string,
  sha: string,
  { history = false } = {},
): Promise<void> {
  if (!OBJECT_ID.test(sha))
    throw new GitError(`"${sha}" is not a full commit id; only a commit id is fetched`);
  const depth = history ? [] : ['--depth=1'];
  await git(repo, ['fetch', '--no-tags', ...depth, '--end-of-options', remote, sha]);
}

/**
 * Every best common ancestor of two commits: one, or several after criss-cross merges (each
 * side merged the other); none when git finds none.
 */
export async function mergeBases(repo: string, a: string, b: string): Promise<string[]> {
  const out = await git(repo, ['merge-base', '--all', '--end-of-options', a, b]);
  return out.split('\n').filter((sha) => sha !== '');
}

/**
 * The text of `path` at `ref`, or undefined when the commit holds no such path. Throws a
 * GitError when git cannot read `ref`.
 */
export async function showFile(
  repo: string,
  ref: string,
  path: string,
): Promise<string | undefined> {
  return askKept(
    keptReader(repo, ref, isPlainEntry(path)),
    async (objects) => {
      const entry = (await entriesAt(objects, repo, ref, [path])).get(path);
      if (entry === undefined) return undefined;
      const object = entry.type === 'blob' ? await objects.contents(entry.oid) : undefined;
      // a folder or a submodule there: `git show` would not give a file's text either
      if (object === undefined) throw new BatchUnavailable(`${ref}:${path} is not a file`);
      return object.data.toString('utf8');
    },
    async () => {
      const listed = await git(repo, [
        'ls-tree',
        '--name-only',
        '--end-of-options',
        ref,
        '--',
        path,
      ]);
      if (listed.trim() === '') return undefined;
      return git(repo, ['show', '--end-of-options', `${ref}:${path}`]);
    },
  );
}

/**
 * Every entry under `dir` (each of them, given several) at `commit`, without touching the
 * work tree. With `sizes: false` blob sizes are left out (size -1), which saves reading every
 * blob's header.
 */
export async function listTree(
  repo: string,
  commit: string,
  dir: string | string[],
  { sizes = true } = {},
): Promise<TreeEntry[]> {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  return askKept(
    keptReader(repo, commit, dirs.every(isPlainFolder)),
    async (objects) => {
      const entries = await walkTree(objects, repo, commit, dirs);
      // a size is a question of its own here: many are asked faster of one ls-tree -l
      if (sizes && entries.length > ASKED_ONE_BY_ONE_MAX) return lsTree(repo, commit, dirs, sizes);
      const sized = sizes
        ? await Promise.all(
            entries.map((e) =>
              e.type === 'blob' ? objects.info(e.oid).then((info) => info?.size) : 0,
            ),
          )
        : [];
      return entries.map((entry, i) => {
        const size = sizes ? sized[i] : -1;
        if (size === undefined) throw new BatchUnavailable(`blob ${entry.oid} is missing`);
        return { mode: entry.mode, type: entry.type, oid: entry.oid, size, path: entry.path };
      });
    },
    () => lsTree(repo, commit, dirs, sizes),
  );
}

async function lsTree(
  repo: string,
  commit: string,
  dirs: string[],
  sizes: boolean,
): Promise<TreeEntry[]> {
  const long = sizes ? ['-l'] : [];
  const out = await git(repo, [
    'ls-tree',
    '-r',
    ...long,
    '-z',
    '--full-tree',
    commit,
    '--',
    ...dirs,
  ]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (record === '') continue;
    // "<mode> <type> <oid>[ <size>]\t<path>"; the size is padded with spaces, '-' for trees.
    const tab = record.indexOf('\t');
    const typeAt = record.indexOf(' ') + 1;
    const oidAt = record.indexOf(' ', typeAt) + 1;
    const oidEnd = record.indexOf(' ', oidAt);
    const size = oidEnd === -1 || oidEnd > tab ? '-1' : record.slice(oidEnd, tab).trim();
    entries.push({
      mode: record.slice(0, typeAt - 1),
      type: record.slice(typeAt, oidAt - 1),
      oid: record.slice(oidAt, oidEnd === -1 || oidEnd > tab ? tab : oidEnd),
      size: size === '-' ? 0 : Number(size),
      path: record.slice(tab + 1),
    });
  }
  return entries;
}

/**
 * The object ids of `paths` (folders or files, from the repository root) at `commit`, by
 * path; a path the commit does not hold is left out. One `ls-tree`, not recursive: a
 * folder's tree id stands for everything inside it.
 */
export async function pathOids(
  repo: string,
  commit: string,
  paths: string[],
): Promise<Map<string, string>> {
  return askKept(
    keptReader(repo, commit, paths.every(isPlainEntry)),
    async (objects) => {
      const oids = new Map<string, string>();
      for (const [path, entry] of await entriesAt(objects, repo, commit, paths))
        oids.set(path, entry.oid);
      return oids;
    },
    async () => {
      const out = await git(repo, ['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
      const oids = new Map<string, string>();
      for (const record of nulSeparated(out)) {
        // "<mode> <type> <oid>\t<path>"
        const tab = record.indexOf('\t');
        const fields = record.slice(0, tab).split(' ');
        oids.set(record.slice(tab + 1), fields[2] ?? '');
      }
      return oids;
    },
  );
}

function nulSeparated(out: string): string[] {
  return out.split('\0').filter((path) => path !== '');
}

/**
 * Paths under `paths` (from the repository root) whose content in the work tree differs
 * from `commit`: edited, staged or deleted. Untracked files are not listed.
 */
export async function pathsChangedSince(
  repo: string,
  commit: string,
  ...paths: string[]
): Promise<Set<string>> {
  const out = await git(repo, [
    'diff',
    '--name-only',
    '--no-renames',
    '-z',
    commit,
    '--',
    ...paths.flatMap(andEverythingUnder),
  ]);
  return new Set(nulSeparated(out));
}

/**
 * Pathspecs for a path and everything under it, as glob patterns. Git 2.39 compares a commit
 * with the work tree under a plain path by stepping through the index entries outside it:
 * beside 50,000 and 100,000 files of the rest of a repository, `git diff COMMIT -- access`
 * took 1.4 s and 5.9 s (and 30 s beside 100,000 deeper ones), the same as a glob 0.02 s.
 */
function andEverythingUnder(path: string): string[] {
  if (path === '.' || path === '') return ['.'];
  const literal = globLiteral(path);
  return [`:(glob)${literal}`, `:(glob)${literal}/**`];
}

/** A path as a glob pattern that matches it alone: its glob characters escaped. */
export function globLiteral(path: string): string {
  return path.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** Files under `paths` that git does not track and does not ignore. */
export async function untrackedPaths(repo: string, ...paths: string[]): Promise<string[]> {
  return nulSeparated(
    await git(repo, [
      'ls-files',
      '--others',
      '--exclude-standard',
      '-z',
      '--',
      ...paths.flatMap(andEverythingUnder),
    ]),
  );
}

/** Every path that differs between two commits (of those `pathspec` selects, when given). */
export async function pathsChangedBetween(
  repo: string,
  from: string,
  to: string,
  pathspec: string[] = [],
): Promise<string[]> {
  const limit = pathspec.length === 0 ? [] : ['--', ...pathspec];
  return nulSeparated(
    await git(repo, ['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', from, to, ...limit]),
  );
}

/** One path a diff lists, as `git diff --raw` tells it; a mode of zeros: absent on that side. */
export interface RawChange {
  path: string;
  oldMode: string;
  newMode: string;
}

/** The paths that differ between two commits, with their modes on both sides. */
export async function diffRaw(repo: string, from: string, to: string): Promise<RawChange[]> {
  const out = await git(repo, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to]);
  // -z --raw: ":oldmode newmode oldsha newsha status" NUL path NUL, for each file
  const fields = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode = '', newMode = ''] = (fields[i] ?? '').replace(/^:/, '').split(' ');
    const path = fields[i + 1] ?? '';
    if (path === '') continue;
    changes.push({ path, oldMode, newMode });
  }
  return changes;
}

/**
 * The arguments of `git log --first-parent --raw -z` from `head`: each commit as `format`,
 * then its changes against its first parent (a merge's too), renames as a removal and an
 * addition, limited to `paths`; newest first unless `oldestFirst`, back to `until` (a commit
 * of head's first-parent line: it and what is older are left out).
 */
function firstParentLogArgs(
  head: string,
  format: string,
  paths: string[],
  order: { oldestFirst: boolean; until?: string | undefined },
): string[] {
  return [
    // the paths are folders and files as named, never patterns
    '--literal-pathspecs',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    ...(order.oldestFirst ? ['--reverse'] : []),
    '--raw',
    '-z',
    '--no-renames',
    '--no-abbrev',
    `--format=${format}`,
    head,
    ...(order.until === undefined ? [] : [`^${order.until}`]),
    '--',
    ...paths,
  ];
}

/**
 * The first-parent log of `head` (see firstParentLogArgs), oldest first: its NUL-separated
 * fields, in batches as git writes them. Newest first (`newestFirst`), the first commit
 * arrives at once; oldest first, git walks the whole history before it writes anything
 * (measured over 50,000 commits: 6.8 s of its 16 s).
 */
export function logFirstParent(
  repo: string,
  head: string,
  format: string,
  paths: string[],
  newestFirst = false,
  /** A commit of head's first-parent line: it and what is older are left out. */
  until?: string,
): AsyncGenerator<string[]> {
  return fields(
    repo,
    firstParentLogArgs(head, format, paths, { oldestFirst: !newestFirst, until }),
  );
}

/** The first-parent log of `head` (see firstParentLogArgs), newest first, whole, for `dir`. */
export async function firstParentRaw(
  repo: string,
  head: string,
  dir: string,
  format: string,
  after?: string,
): Promise<string> {
  return git(repo, firstParentLogArgs(head, format, [dir], { oldestFirst: false, until: after }));
}

/** The first-parent line of `head` (a commit id or a ref), newest first, every commit on it. */
export async function firstParentLine(repo: string, head: string): Promise<string[]> {
  return (await git(repo, ['rev-list', '--first-parent', head]))
    .split('\n')
    .filter((l) => l !== '');
}

/**
 * The first-parent line of `head` (a full commit id), newest first, each commit with its
 * committer time in seconds since the epoch (`git rev-list --timestamp`).
 */
export async function firstParentTimes(
  repo: string,
  head: string,
): Promise<{ sha: string; committedAt: number }[]> {
  return (await git(repo, ['rev-list', '--first-parent', '--timestamp', head]))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [time = '', sha = ''] = l.split(' ');
      return { sha, committedAt: Number(time) };
    });
}

/** By commit, the values of the trailer `key` in its message, comma-separated ('' for none). */
export async function commitTrailers(
  repo: string,
  commits: string[],
  key: string,
): Promise<Map<string, string>> {
  const out = await git(repo, [
    'show',
    '-s',
    `--format=%H%x00%(trailers:key=${key},valueonly,separator=%x2C)%x00`,
    ...commits,
  ]);
  const trailers = new Map<string, string>();
  const parts = out.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2)
    trailers.set((parts[i] ?? '').trim(), (parts[i + 1] ?? '').trim());
  return trailers;
}

/**
 * Reads many blobs through one `git cat-file --batch` process, each blob's text taken from
 * the output as it arrives: the output of a long history's blobs is never one buffer.
 */
export async function readBlobs(
  repo: string,
  oids: Iterable<string>,
): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  await readBlobsWithin(repo, oids, Infinity, (oid, text) => blobs.set(oid, text));
  return blobs;
}

/**
 * Reads blobs through one `git cat-file --batch`, giving each to `each` as git writes it (in
 * the order asked, while git goes on reading the next ones) instead of holding them all; a
 * blob over `maxSize` bytes is passed over as git streams it, so no oversized file is ever
 * held. Returns the size in bytes of every blob found, read or passed over.
 */
export async function readBlobsWithin(
  repo: string,
  oids: Iterable<string>,
  maxSize: number,
  each: (oid: string, text: string, size: number) => void,
): Promise<Map<string, number>> {
  const wanted = [...new Set(oids)];
  const sizes = new Map<string, number>();
  if (wanted.length === 0) return sizes;
  // a few blobs are asked of the kept reader: the size first, so none over maxSize is read
  const few = wanted.length <= ASKED_ONE_BY_ONE_MAX && wanted.every(isFixedName);
  return askKept(
    keptReader(repo, wanted[0] as string, few),
    (objects) => readFewBlobs(objects, wanted, maxSize, each),
    () => streamBlobs(repo, wanted, maxSize, each),
  );
}

/**
 * readBlobsWithin through the kept reader: every answer is in before `each` is told any, so a
 * reader that fails half-way tells nothing twice when the blobs are asked again.
 */
async function readFewBlobs(
  objects: ObjectReader,
  wanted: string[],
  maxSize: number,
  each: (oid: string, text: string, size: number) => void,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const infos = await Promise.all(wanted.map((oid) => objects.info(oid)));
  const small = wanted.filter((_, i) => (infos[i]?.size ?? Infinity) <= maxSize);
  const read = await Promise.all(small.map((oid) => objects.contents(oid)));
  wanted.forEach((oid, i) => {
    const info = infos[i];
    if (info?.type === 'blob' && info.size > maxSize) sizes.set(oid, info.size);
  });
  small.forEach((oid, i) => {
    const object = read[i];
    if (object?.info.type !== 'blob') return;
    sizes.set(oid, object.info.size);
    each(oid, object.data.toString('utf8'), object.info.size);
  });
  return sizes;
}

/** readBlobsWithin through a `git cat-file --batch` of its own, taken as git streams it. */
async function streamBlobs(
  repo: string,
  wanted: string[],
  maxSize: number,
  each: (oid: string, text: string, size: number) => void,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const batch = new BatchReader(
    (oid, text, size) => {
      sizes.set(oid, size);
      each(oid, text, size);
    },
    maxSize,
    (oid, size) => sizes.set(oid, size),
  );
  for await (const chunk of chunks(repo, ['cat-file', '--batch'], `${wanted.join('\n')}\n`))
    batch.push(chunk);
  return sizes;
}

/** Blobs asked for while something else is still being read; see blobQueue. */
export interface BlobQueue {
  /** Names one more blob to read (a blob named twice is read once). */
  want(oid: string): void;
  /** Ends the asking: every blob named, by oid (one that does not exist is left out). */
  read(): Promise<Map<string, string>>;
  /** Gives up: ends git without waiting for it. */
  stop(): void;
}

/** How many bytes of blob names are gathered before they are written to git. */
const WANT_BATCH = 16 * 1024;

/**
 * One `git cat-file --batch` started at the first blob named and fed as blobs are named, so
 * git reads them while the caller is still reading something else (a long log, say) instead
 * of after it. Its output is taken as it comes, as readBlobs takes it, into `blobs`: the
 * caller may read each blob there as soon as it has arrived.
 */
export function blobQueue(repo: string, blobs = new Map<string, string>()): BlobQueue {
  const asked = new Set<string>();
  const batch = new BatchReader((oid, text) => blobs.set(oid, text));
  let child: ReturnType<typeof spawn> | undefined;
  let exited: Promise<void> = Promise.resolve();
  let pending = '';
  const start = () => {
    const started = spawn('git', ['-C', repo, 'cat-file', '--batch', '--buffer'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    started.stdout.on('data', (chunk: Buffer) => batch.push(chunk));
    // git may exit before reading all of its input (a bad repository): that is its error
    started.stdin.on('error', () => undefined);
    exited = new Promise<void>((resolve, reject) => {
      started.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
      started.on('close', (code) => {
        if (code === 0) resolve();
        else
          reject(
            new GitError(`git cat-file failed in ${repo}: ${stderr.trim() || `exit code ${code}`}`),
          );
      });
    });
    exited.catch(() => undefined); // awaited by read(); until then a failure is not unhandled
    return started;
  };
  const flush = () => {
    if (pending === '') return;
    child ??= start();
    child.stdin?.write(pending);
    pending = '';
  };
  return {
    want(oid) {
      if (asked.has(oid)) return;
      asked.add(oid);
      pending += `${oid}\n`;
      if (pending.length >= WANT_BATCH) flush();
    },
    async read() {
      flush();
      child?.stdin?.end();
      await exited;
      return blobs;
    },
    stop() {
      child?.kill();
    },
  };
}

/** The sizes of many blobs, without reading them: one `git cat-file --batch-check`. */
export async function blobSizes(
  repo: string,
  oids: Iterable<string>,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const line of (await catFile(repo, '--batch-check', oids)).toString('utf8').split('\n')) {
    const [oid = '', type, size] = line.split(' ');
    if (type === 'blob') sizes.set(oid, Number(size));
  }
  return sizes;
}

async function catFile(repo: string, mode: string, oids: Iterable<string>): Promise<Buffer> {
  const wanted = [...new Set(oids)];
  if (wanted.length === 0) return Buffer.alloc(0);
  return run(repo, ['cat-file', mode], `${wanted.join('\n')}\n`);
}

/**
 * Output of --batch, a chunk at a time: "<oid> <type> <size>\n<content>\n" per object,
 * "<oid> missing\n" otherwise. A header or content cut between chunks waits for the rest.
 */
class BatchReader {
  /** Output not read yet, joined only once it completes what is waited for. */
  private pending: Buffer[] = [];
  private length = 0;
  /** The object whose content is being read, and how many bytes it has. */
  private current: { oid: string; size: number } | undefined;
  /** Bytes of an oversized object (and its newline) still to pass over unread. */
  private skipping = 0;

  constructor(
    private readonly found: (oid: string, text: string, size: number) => void,
    /** Objects larger than this are passed over as they stream by, never held. */
    private readonly maxSize = Infinity,
    private readonly oversized: (oid: string, size: number) => void = () => undefined,
  ) {}

  push(chunk: Buffer): void {
    if (this.skipping > 0) {
      const passed = Math.min(this.skipping, chunk.length);
      this.skipping -= passed;
      if (passed === chunk.length) return;
      chunk = chunk.subarray(passed);
    }
    this.pending.push(chunk);
    this.length += chunk.length;
    if (this.current !== undefined && this.length <= this.current.size) return;
    let data = this.pending.length === 1 ? chunk : Buffer.concat(this.pending, this.length);
    let at = 0;
    for (;;) {
      if (this.current === undefined) {
        const newline = data.indexOf(0x0a, at);
        if (newline === -1) break;
        const header = data.toString('utf8', at, newline).split(' ');
        at = newline + 1;
        if (header[1] === 'missing' || header.length < 3) continue;
        const oid = header[0] ?? '';
        const size = Number(header[2]);
        if (size <= this.maxSize) {
          this.current = { oid, size };
          continue;
        }
        this.oversized(oid, size);
        const here = Math.min(size + 1, data.length - at);
        at += here;
        this.skipping = size + 1 - here;
        if (this.skipping > 0) break;
        continue;
      }
      const { oid, size } = this.current;
      if (data.length - at < size + 1) break;
      this.found(oid, data.toString('utf8', at, at + size), size);
      at += size + 1;
      this.current = undefined;
    }
    // a copy: a slice would keep the whole chunk alive for what little is left of it
    data = data.subarray(at);
    this.pending = data.length === 0 ? [] : [Buffer.from(data)];
    this.length = data.length;
  }
}
