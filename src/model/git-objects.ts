// Questions about objects named by their full id, answered by one `git cat-file
// --batch-command` kept open per repository instead of one git process per question.
//
// Judging the rules' history asks git some thirty small questions for each change (the
// commit a name peels to, the object at a path, a folder's files), and starting git is most
// of what each costs: about 7 ms of a shell's time, and 10 to 16 ms of a busy Node process's,
// where the answer takes well under one. A kept process answers each in a line.
//
// Only names that cannot change are asked this way: a full object id, followed by `^N`,
// `~N`, `^{commit}` or `:path`. What a ref (HEAD, a branch) names can move while the process
// is open; such names go to a git process of their own as before (git.ts). The process is
// closed after a short idle time, and never holds the Node process open; a git too old for
// `--batch-command` (2.36) is asked the old way. The process itself is started by git.ts,
// the one door to git (keptReader).
import { PathEncodingError, strictUtf8 } from './utf8-paths.js';

/** A full object id, then only suffixes that name a fixed object (see above). */
const FIXED_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})(?:\^[0-9]*|~[0-9]*|\^\{commit\}|\^\{tree\})*$/;

/** Whether `name` (a revision, perhaps `rev:path`) may be asked of the kept process. */
export function isFixedName(name: string): boolean {
  const colon = name.indexOf(':');
  const rev = colon === -1 ? name : name.slice(0, colon);
  // one command per line: a path holding a line break is asked the old way
  return FIXED_NAME.test(rev) && !name.includes('\n') && !name.includes('\r');
}

/** What of the kept git process is used here (a ChildProcess with its pipes). */
export interface KeptProcess {
  stdin: {
    write(text: string): unknown;
    end(): unknown;
    on(event: 'error', f: () => void): unknown;
  } | null;
  stdout: { on(event: 'data', f: (chunk: Buffer) => void): unknown } | null;
  on(event: 'error' | 'close', f: () => void): unknown;
  ref(): void;
  unref(): void;
  kill(): unknown;
}

export interface ObjectInfo {
  oid: string;
  type: string;
  size: number;
}

/** An answer the process could not give: the caller asks the old way. */
export class BatchUnavailable extends Error {}

/** Closed after this long with nothing asked. */
const IDLE_MS = 2_000;

type Waiting =
  | { kind: 'info'; resolve: (info: ObjectInfo | undefined) => void; reject: (e: Error) => void }
  | {
      kind: 'contents';
      oid: string;
      resolve: (object: { info: ObjectInfo; data: Buffer } | undefined) => void;
      reject: (e: Error) => void;
    };

/** One kept `git cat-file --batch-command` for a repository; see objectsOf. */
class ObjectReader {
  private child: KeptProcess | undefined;
  /** Questions written and not yet answered, oldest first from `answered`. */
  private waiting: Waiting[] = [];
  private answered = 0;
  private pending: Buffer[] = [];
  private length = 0;
  /** The object whose content is being read. */
  private current: { info: ObjectInfo; waiter: Waiting & { kind: 'contents' } } | undefined;
  private idle: NodeJS.Timeout | undefined;
  /** When the last question was asked (ms since the epoch). */
  private lastAsked = 0;
  /** Questions asked in this turn, not yet written. */
  private unsent = '';
  /** Set once the process failed: every later question is asked the old way. */
  broken = false;

  constructor(
    private readonly repo: string,
    /** Starts `git cat-file --batch-command` in the repository. */
    private readonly spawnGit: () => KeptProcess,
    private readonly onClose: () => void,
  ) {}

  info(name: string): Promise<ObjectInfo | undefined> {
    return new Promise((resolve, reject) => {
      this.ask(`info ${name}\n`, { kind: 'info', resolve, reject });
    });
  }

  contents(oid: string): Promise<{ info: ObjectInfo; data: Buffer } | undefined> {
    return new Promise((resolve, reject) => {
      this.ask(`contents ${oid}\n`, { kind: 'contents', oid, resolve, reject });
    });
  }

  private ask(line: string, waiter: Waiting): void {
    if (this.broken) {
      waiter.reject(new BatchUnavailable('git cat-file --batch-command is not available'));
      return;
    }
    this.child ??= this.start();
    // held open while an answer is awaited, so the run waits for it; let go when none is
    if (this.unanswered() === 0) this.hold(true);
    this.waiting.push(waiter);
    // the questions of one turn go to git in one write
    if (this.unsent === '') queueMicrotask(() => this.send());
    this.unsent += line;
    this.rearm();
  }

  private send(): void {
    this.child?.stdin?.write(this.unsent);
    this.unsent = '';
  }

  private start(): KeptProcess {
    const child = this.spawnGit();
    // the input is never what keeps the run from ending: git ends when it closes
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    // a process closed for idleness may end after the next one started: only its own counts
    child.stdout?.on('data', (chunk: Buffer) => {
      if (this.child === child) this.take(chunk);
    });
    child.stdin?.on('error', () => undefined);
    child.on('error', () => {
      if (this.child === child) this.fail();
    });
    child.on('close', () => {
      if (this.child === child) this.fail();
    });
    return child;
  }

  /** Whether the process keeps the run going (while an answer is awaited) or not. */
  private hold(held: boolean): void {
    const { child } = this;
    if (child === undefined) return;
    const stdout = child.stdout as unknown as { ref?: () => void; unref?: () => void } | null;
    if (held) {
      child.ref();
      stdout?.ref?.();
    } else {
      child.unref();
      stdout?.unref?.();
    }
  }

  /** Ends the process once IDLE_MS have passed with nothing asked and nothing awaited. */
  private rearm(): void {
    this.lastAsked = Date.now();
    if (this.idle !== undefined) return;
    const check = () => {
      const quiet = Date.now() - this.lastAsked;
      if (quiet < IDLE_MS || this.unanswered() > 0) {
        this.idle = setTimeout(check, Math.max(IDLE_MS - quiet, 100));
        this.idle.unref();
      } else {
        this.idle = undefined;
        this.close();
      }
    };
    this.idle = setTimeout(check, IDLE_MS);
    this.idle.unref();
  }

  close(): void {
    this.detach()?.stdin?.end();
  }

  /** Lets go of the process (returned) and its idle timer, and says so to objectsOf. */
  private detach(): KeptProcess | undefined {
    if (this.idle !== undefined) clearTimeout(this.idle);
    this.idle = undefined;
    const child = this.child;
    this.child = undefined;
    this.onClose();
    return child;
  }

  /** The process ended or could not start: what waits is asked the old way. */
  private fail(): void {
    // ended with questions unanswered: this git cannot be kept (too old, say); said before
    // detach, whose onClose records it
    this.broken = this.unanswered() > 0 || this.broken;
    this.detach();
    const failed = new BatchUnavailable(`git cat-file --batch-command ended in ${this.repo}`);
    this.current?.waiter.reject(failed);
    this.current = undefined;
    const left = this.waiting.slice(this.answered);
    this.waiting = [];
    this.answered = 0;
    for (const waiter of left) waiter.reject(failed);
  }

  /** Answers in the order asked: "<oid> <type> <size>\n" (then the content and "\n"), or "<name> missing\n". */
  private take(chunk: Buffer): void {
    this.pending.push(chunk);
    this.length += chunk.length;
    if (this.current !== undefined && this.length <= this.current.info.size) return;
    const data = this.pending.length === 1 ? chunk : Buffer.concat(this.pending, this.length);
    let at = 0;
    for (;;) {
      if (this.current !== undefined) {
        const { info, waiter } = this.current;
        if (data.length - at < info.size + 1) break;
        waiter.resolve({ info, data: Buffer.from(data.subarray(at, at + info.size)) });
        at += info.size + 1;
        this.current = undefined;
        continue;
      }
      const newline = data.indexOf(0x0a, at);
      if (newline === -1) break;
      const header = data.toString('utf8', at, newline);
      at = newline + 1;
      const waiter = this.next();
      if (waiter === undefined) continue;
      const fields = header.split(' ');
      const [oid = '', type = '', size = ''] = fields;
      const known = fields.length === 3 && /^[0-9a-f]+$/.test(oid) && /^[0-9]+$/.test(size);
      if (!known) {
        // "<name> missing", "<name> ambiguous": no object by that name
        waiter.resolve(undefined);
        continue;
      }
      const info = { oid, type, size: Number(size) };
      if (waiter.kind === 'info') waiter.resolve(info);
      else if (oid !== waiter.oid) {
        // an answer out of step with the questions: nothing it says can be trusted
        waiter.reject(new BatchUnavailable(`git cat-file answered ${oid} for ${waiter.oid}`));
        this.child?.kill();
        this.broken = true;
        return;
      } else this.current = { info, waiter };
    }
    const rest = data.subarray(at);
    this.pending = rest.length === 0 ? [] : [rest];
    this.length = rest.length;
    if (this.unanswered() === 0 && this.current === undefined) this.hold(false);
  }

  private unanswered(): number {
    return this.waiting.length - this.answered;
  }

  /** The oldest question not yet answered, taken off the queue. */
  private next(): Waiting | undefined {
    const waiter = this.waiting[this.answered];
    if (waiter === undefined) return undefined;
    this.answered += 1;
    // the answered part is dropped now and then, not one at a time
    if (this.answered > 1024 && this.answered * 2 > this.waiting.length) {
      this.waiting = this.waiting.slice(this.answered);
      this.answered = 0;
    }
    return waiter;
  }
}

const readers = new Map<string, ObjectReader>();
/** Repositories where `--batch-command` failed: asked the old way from then on. */
const unavailable = new Set<string>();

/** The kept reader of `repo`, or undefined where git cannot keep one. */
export function objectsOf(repo: string, start: () => KeptProcess): ObjectReader | undefined {
  if (unavailable.has(repo)) return undefined;
  let reader = readers.get(repo);
  if (reader === undefined) {
    const made = new ObjectReader(repo, start, () => {
      // one that failed under questions is not started again for every later one
      if (made.broken) unavailable.add(repo);
      if (readers.get(repo) === made) readers.delete(repo);
    });
    readers.set(repo, (reader = made));
  }
  return reader;
}

/**
 * `ask` of the kept reader, or `otherwise` when there is none (the name is not fixed, or git
 * cannot keep one) or it fails under the question.
 */
export async function askKept<T>(
  reader: ObjectReader | undefined,
  ask: (reader: ObjectReader) => Promise<T>,
  otherwise: () => Promise<T>,
): Promise<T> {
  if (reader === undefined) return otherwise();
  try {
    return await ask(reader);
  } catch (error) {
    if (error instanceof BatchUnavailable) return otherwise();
    throw error;
  }
}

export type { ObjectReader };

/** One entry of a tree object, as `git ls-tree` shows it. */
export interface FixedTreeEntry {
  mode: string;
  type: string;
  oid: string;
  /** From the repository's top, '/'-separated. */
  path: string;
}

/**
 * Paths the tree walks below can take as `git ls-tree` takes them: '.' (the whole tree) or
 * folders and files named plainly, never with a trailing, doubled or leading slash, `.` or
 * `..` parts, or pathspec magic (a leading ':').
 */
export function isPlainPath(path: string): boolean {
  if (path === '.') return true;
  if (path === '' || path.startsWith(':') || path.includes('\n') || path.includes('\r'))
    return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The entries of the tree `oid`, in the order git stores them (the order `ls-tree` gives):
 * "<mode> <name>\0<raw id>" each. A name that is not UTF-8 stops the run, as ls-tree's does.
 */
async function treeEntries(
  reader: ObjectReader,
  repo: string,
  oid: string,
  prefix: string,
): Promise<FixedTreeEntry[]> {
  const object = await reader.contents(oid);
  if (object === undefined || object.info.type !== 'tree')
    throw new BatchUnavailable(`${oid} is not a tree`);
  const { data } = object;
  const idBytes = oid.length / 2;
  const entries: FixedTreeEntry[] = [];
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space);
    if (space === -1 || nul === -1 || nul + 1 + idBytes > data.length)
      throw new BatchUnavailable(`tree ${oid} could not be read`);
    const mode = data.toString('latin1', at, space).padStart(6, '0');
    const name = strictUtf8(data, space + 1, nul);
    if (name === undefined)
      throw new PathEncodingError(
        `git ls-tree in ${repo}`,
        Buffer.concat([Buffer.from(prefix), data.subarray(space + 1, nul)]),
      );
    entries.push({
      mode,
      type: mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob',
      oid: data.toString('hex', nul + 1, nul + 1 + idBytes),
      path: `${prefix}${name}`,
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}

/** A folder walkTree can take: a plain path (isPlainPath), perhaps ending with '/'. */
export function isPlainFolder(dir: string): boolean {
  return isPlainPath(dir.endsWith('/') && dir !== './' ? dir.slice(0, -1) : dir);
}

/**
 * `git ls-tree -r --full-tree COMMIT -- DIRS` for a fixed commit and plain folders (see
 * isPlainFolder), read tree by tree through the kept reader, in ls-tree's order: every
 * file, link and submodule under any of `dirs` (or that is one of them).
 */
export async function walkTree(
  reader: ObjectReader,
  repo: string,
  commit: string,
  dirs: string[],
): Promise<FixedTreeEntry[]> {
  const root = await reader.info(`${commit}^{tree}`);
  if (root === undefined) throw new BatchUnavailable(`${commit} has no tree`);
  const all = dirs.includes('.');
  // "dir/" names only what is inside the folder, as for ls-tree; "dir" the entry itself too
  const inside = (path: string) =>
    all ||
    dirs.some((dir) =>
      dir.endsWith('/') ? path.startsWith(dir) : path === dir || path.startsWith(`${dir}/`),
    );
  const onTheWay = (path: string) => dirs.some((dir) => dir.startsWith(`${path}/`));
  const found: FixedTreeEntry[] = [];
  const walk = async (oid: string, prefix: string): Promise<void> => {
    for (const entry of await treeEntries(reader, repo, oid, prefix)) {
      if (entry.type === 'tree') {
        if (inside(entry.path) || onTheWay(entry.path)) await walk(entry.oid, `${entry.path}/`);
      } else if (inside(entry.path)) found.push(entry);
    }
  };
  await walk(root.oid, '');
  return found;
}

/**
 * A path entriesAt can take: a plain path (isPlainPath) that names one entry. '.' is the
 * whole tree, which ls-tree lists rather than names.
 */
export function isPlainEntry(path: string): boolean {
  return path !== '.' && isPlainPath(path);
}

/**
 * The entry at each of `paths` (see isPlainEntry) in a fixed commit, by path: a folder is
 * its tree; a path the commit does not hold is left out.
 */
export async function entriesAt(
  reader: ObjectReader,
  repo: string,
  commit: string,
  paths: string[],
): Promise<Map<string, FixedTreeEntry>> {
  const root = await reader.info(`${commit}^{tree}`);
  if (root === undefined) throw new BatchUnavailable(`${commit} has no tree`);
  // each tree read once, however many paths pass through it
  const trees = new Map<string, Promise<FixedTreeEntry[]>>();
  const entriesOf = (oid: string, prefix: string) => {
    let entries = trees.get(prefix);
    if (entries === undefined)
      trees.set(prefix, (entries = treeEntries(reader, repo, oid, prefix)));
    return entries;
  };
  const found = new Map<string, FixedTreeEntry>();
  for (const path of paths) {
    if (path === '.') continue;
    let tree: string | undefined = root.oid;
    let prefix = '';
    let entry: FixedTreeEntry | undefined;
    for (const part of path.split('/')) {
      if (tree === undefined) {
        entry = undefined;
        break;
      }
      entry = (await entriesOf(tree, prefix)).find((e) => e.path === `${prefix}${part}`);
      if (entry === undefined) break;
      tree = entry.type === 'tree' ? entry.oid : undefined;
      prefix = `${entry.path}/`;
    }
    if (entry !== undefined) found.set(path, entry);
  }
  return found;
}
