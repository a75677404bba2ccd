// A cache of parsed access files on disk, so that `check` on a large repository parses
// only what changed since an earlier run.
//
// An entry is keyed by the git blob id of the file's content: the content itself, not a
// path or a timestamp, so an entry stays true in another checkout, on another branch, or
// after the cache folder is restored in a fresh CI runner. Git says which files of the
// working tree still hold the content the index names (`git diff-files`, the same test
// `git status` makes, so a file marked assume-unchanged counts as unchanged here too);
// any other file is parsed as usual. Only files that parsed without a single finding are
// kept, so a finding is always made by the parser itself.
//
// The cache sits in the repository's git folder (never in the working tree) as JSON lines:
// a header naming the code that wrote it, then one line per file. New entries are
// appended; the file is rewritten when most of it is no longer used. Anything unreadable
// (another version, a torn line, a missing file) is a miss and costs only a parse.
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ComposeLimits } from './compose.js';
import { PathEncodingError, git, readBlobsWithin } from './git.js';
import type { ParsedFile } from './model.js';
import type { AccessDocument } from './records.js';
import { isKind, type Kind } from './schema.js';
import { DocumentSource, LineIndex } from './source.js';
import { toRecord } from './to-record.js';

/** Bumped when the shape of an entry changes. */
const FORMAT = 2;
const CACHE_FILE = 'accessctl/parse-cache.jsonl';

/** One kept document: what `checkDocument` made of it, less what the value already says. */
export type StoredDocument = [
  index: number,
  start: number,
  /** DocumentSource.pack(): unpacked only if something points into the document. */
  places: string,
  value: unknown,
  apiVersion: string,
  expiresAt: string | null,
];
/** The work tree as git's index sees it, by path inside the access directory. */
export interface IndexState {
  /** Blob ids of the files whose content is what the index names. */
  clean: ReadonlyMap<string, string>;
  /** Files edited or deleted in the work tree since they were staged. */
  dirty: readonly string[];
}

/** One kept file: its size, line starts (LineIndex.pack()) and documents. */
export type StoredFile = [size: number, lines: string, documents: StoredDocument[]];

export class ParseCache {
  private stored = new Map<string, StoredFile>();
  /**
   * The cache file's text, parsed when first needed: by then the git commands running
   * beside `open` have been read out (a parse here would leave them waiting on full pipes).
   */
  private unread = '';
  private readonly used = new Set<string>();
  private readonly added: [string, StoredFile][] = [];
  /** Files whose documents came from the cache in this run. */
  reused = 0;
  /** Kept for this run only: nothing is read from or written to disk. */
  private memoryOnly = false;
  /** Entries in the cache file; undefined when there is no file this code can append to. */
  private onDisk: number | undefined;

  /** Sizes in bytes of the clean files read from git's objects by readClean. */
  private cleanSizes = new Map<string, number>();
  /** Files parsed as readClean read them, by path, until buildAccessModel takes them. */
  private readonly ahead = new Map<string, { blob: string; parsed: ParsedFile }>();

  private constructor(
    private readonly file: string,
    private readonly header: string,
    /** What git's index said of the work tree when the cache was opened (see `indexState`). */
    private readonly index: IndexState | undefined,
    /** The access directory, where git runs. */
    private readonly workTree = '',
  ) {}

  /**
   * The cache for an access directory inside a git work tree, or undefined when the
   * directory is not in one (there are no blob ids to key by).
   */
  static async open(
    accessDir: string,
    limits: ComposeLimits,
    options: { trusted?: boolean } = {},
  ): Promise<ParseCache | undefined> {
    let gitDir: string;
    try {
      gitDir = (
        await git(accessDir, ['rev-parse', '--path-format=absolute', '--git-common-dir'])
      ).trim();
    } catch {
      return undefined;
    }
    const file = join(gitDir, CACHE_FILE);
    // An untrusted run (a pull request's) neither reads the file, which its author could
    // have written, nor writes it: each blob is still parsed only once within the run.
    const trusted = options.trusted ?? true;
    // Git lists the blobs while the cache file is read.
    const [index, text] = await Promise.all([
      indexState(accessDir),
      trusted ? readFile(file, 'utf8').catch(() => '') : '',
    ]);
    const header = JSON.stringify({
      accessctl: 'parse-cache',
      format: FORMAT,
      code: codeFingerprint(),
      limits,
    });
    const cache = new ParseCache(file, header, index, accessDir);
    cache.unread = text;
    cache.memoryOnly = !trusted;
    return cache;
  }

  /** Adds parsed files by blob id from a verified base snapshot (base-snapshot.ts). */
  adopt(entries: Map<string, StoredFile>): void {
    // a cache that holds nothing yet takes the snapshot's map as it is (100,000 entries)
    if (this.stored.size === 0 && this.unread === '') this.stored = entries;
    else for (const [blob, entry] of entries) this.entries.set(blob, entry);
  }

  /**
   * A cache held in memory only, with no work tree behind it: files are known by the blob
   * ids their source gives (a git tree's). What it keeps is read back with `kept`.
   */
  static inMemory(): ParseCache {
    const cache = new ParseCache('', '', undefined);
    cache.memoryOnly = true;
    return cache;
  }

  /** Every file kept, by blob id: what a base snapshot holds. */
  kept(): Map<string, StoredFile> {
    return this.entries;
  }

  /**
   * What git's index says of the work tree, when it could be read: the blob ids of the clean
   * files, and the paths edited or deleted since they were staged, all inside the access
   * directory. Files git does not track are in neither.
   */
  indexState(): IndexState | undefined {
    return this.index;
  }

  /** The blob id of the file at this path inside the access directory, if it is clean. */
  blobOf(relativePath: string): string | undefined {
    return this.index?.clean.get(relativePath);
  }

  /** The size of a kept file, so a hit is never measured on disk either. */
  sizeOf(blob: string): number | undefined {
    return this.entries.get(blob)?.[0];
  }

  /**
   * Reads every clean file the cache does not keep from git's objects, in one process, instead
   * of opening each file: for 100,000 small files on this machine, measuring and reading each
   * took 1.8 s of this thread (2.8 s in a profiled run), while git reads them all in about
   * 1.5 s of its own as this thread parses what it has been given. A clean file's content
   * is the blob the index names, which is also what a merge provisions and what a base
   * snapshot or an earlier run parsed under that blob id: a checkout filter or line-ending
   * conversion never changes what is judged. Files over `maxFileSize` are measured, not read.
   * `each` is given each file (by its path inside the access directory) as git streams it,
   * so it can be parsed while git reads the next; no text is kept here.
   */
  async readClean(
    maxFileSize: number,
    each: (blob: string, relativePath: string, text: string, size: number) => void,
  ): Promise<void> {
    if (this.workTree === '') return;
    const { entries } = this;
    const pathOf = new Map<string, string>();
    for (const [path, blob] of this.index?.clean ?? [])
      if (!entries.has(blob) && !pathOf.has(blob)) pathOf.set(blob, path);
    try {
      this.cleanSizes = await readBlobsWithin(
        this.workTree,
        pathOf.keys(),
        maxFileSize,
        (blob, text, size) => each(blob, pathOf.get(blob) as string, text, size),
      );
    } catch {
      // the files are read from the work tree instead
    }
  }

  /** The size of a clean file readClean read (or measured, when over the limit). */
  cleanSizeOf(blob: string): number | undefined {
    return this.cleanSizes.get(blob);
  }

  /** Keeps what parseClean (model.ts) parsed of the file at `path`, for buildAccessModel. */
  hold(blob: string, path: string, parsed: ParsedFile): void {
    this.ahead.set(path, { blob, parsed });
  }

  /** What `hold` kept for this blob at this path, given once. */
  take(blob: string, path: string): ParsedFile | undefined {
    const held = this.ahead.get(path);
    if (held?.blob !== blob) return undefined;
    this.ahead.delete(path);
    return held.parsed;
  }

  /** The documents of a kept file, as `checkDocument` made them, named by `file`. */
  get(blob: string, file: string): AccessDocument[] | undefined {
    const stored = this.entries.get(blob);
    if (stored === undefined) return undefined;
    // what was used decides what a saved file keeps; a cache that is never saved skips it
    if (!this.memoryOnly) this.used.add(blob);
    this.reused++;
    const lines = LineIndex.unpack(file, stored[1]);
    return stored[2].map(([index, start, places, written, apiVersion, expiresAt]) => {
      const value = plain(written) as Record<string, unknown>;
      const source = DocumentSource.unpack(lines, start, places);
      const kind = value.kind as Kind;
      return {
        file,
        index,
        kind,
        id: value.id as string,
        value,
        source,
        record: toRecord(kind, value, source, apiVersion, expiresAt ?? undefined),
      };
    });
  }

  /** Keeps a file that parsed without findings; anything else is left out. */
  set(blob: string, size: number, documents: AccessDocument[]): void {
    if (this.entries.has(blob)) return;
    const stored: StoredDocument[] = [];
    for (const doc of documents) {
      if (doc.record === null || !survivesJson(doc.value)) return;
      const expiresAt = 'expiresAt' in doc.record ? (doc.record.expiresAt ?? null) : null;
      stored.push([
        doc.index,
        doc.source.start,
        doc.source.pack(),
        doc.value,
        doc.record.apiVersion,
        expiresAt === '' ? null : expiresAt,
      ]);
    }
    const lines = documents[0]?.source.lineIndex.pack() ?? '[0]';
    const entry: StoredFile = [size, lines, stored];
    this.entries.set(blob, entry);
    this.used.add(blob);
    this.added.push([blob, entry]);
  }

  /**
   * Writes what this run added. A cache that cannot be written is no error: the next run
   * parses again.
   */
  save(): void {
    if (this.memoryOnly) return;
    const { entries } = this;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      if (
        this.onDisk === undefined ||
        this.onDisk + this.added.length > 2 * this.used.size + 1000
      ) {
        // Rewritten whole, keeping only what this run used, and swapped in at once.
        const kept = [...this.used].map((blob) => line(blob, entries.get(blob)));
        replaceFile(this.file, [this.header, ...kept, ''].join('\n'));
        this.onDisk = kept.length;
      } else if (this.added.length > 0) {
        appendFileSync(this.file, `${this.added.map(([b, e]) => line(b, e)).join('\n')}\n`);
        this.onDisk += this.added.length;
      }
      this.added.length = 0;
    } catch {
      // A read-only git folder, a full disk: the cache only ever saves time.
    }
  }

  private get entries(): Map<string, StoredFile> {
    if (this.unread !== '') {
      const text = this.unread;
      this.unread = '';
      this.read(text);
    }
    return this.stored;
  }

  private read(text: string): void {
    const newline = text.indexOf('\n');
    // Written by other code (or cut short): rewritten by `save` rather than mixed.
    if (newline === -1 || text.slice(0, newline) !== this.header) return;
    this.onDisk = 0;
    const body = text.slice(newline + 1).trimEnd();
    if (body === '') return;
    let rows: [string, StoredFile][];
    let torn = false;
    try {
      // One parse of the whole file is several times faster than one per line.
      rows = JSON.parse(`[${body.replaceAll('\n', ',')}]`) as [string, StoredFile][];
    } catch {
      rows = [];
      for (const row of body.split('\n')) {
        try {
          rows.push(JSON.parse(row) as [string, StoredFile]);
        } catch {
          // A torn line: two runs appended at once, or a write was cut short.
          torn = true;
        }
      }
    }
    for (const row of rows) if (isStoredRow(row)) this.stored.set(row[0], row[1]);
    // A torn file is written again whole, so the next run has the one-parse path back.
    this.onDisk = torn ? undefined : rows.length;
  }
}

function line(blob: string, entry: StoredFile | undefined): string {
  return JSON.stringify([blob, entry]);
}

/**
 * The index's view of the files under `accessDir`: the blob ids of those whose content in
 * the work tree is what the index holds (its entries minus those `git diff-files` reports),
 * and the ones it reports; undefined when git cannot tell.
 */
async function indexState(accessDir: string): Promise<IndexState | undefined> {
  const clean = new Map<string, string>();
  try {
    const [staged, edited] = await Promise.all([
      git(accessDir, ['ls-files', '--stage', '-z', '--', '.']),
      git(accessDir, ['diff-files', '--name-only', '--relative', '-z', '--', '.']),
    ]);
    for (const record of staged.split('\0')) {
      // "<mode> <blob> <stage>\t<path>"; stage 0 only (others are merge conflicts).
      const tab = record.indexOf('\t');
      if (tab === -1 || !record.startsWith('100') || record[tab - 1] !== '0') continue;
      clean.set(record.slice(tab + 1), record.slice(7, tab - 2));
    }
    const dirty = edited.split('\0').filter((path) => path !== '');
    for (const path of dirty) clean.delete(path);
    return { clean, dirty };
  } catch (error) {
    // a name that is not UTF-8 is no answer git could not give: it stops the run
    if (error instanceof PathEncodingError) throw error;
    return undefined;
  }
}

/**
 * What the running code is: a hash of the code files beside a module, this one by default
 * (the model's sources when run from them; the bundle's chunks when built, whose names
 * already carry a hash of their content, so the name stands for the file). Another build of
 * accessctl never reads entries this one wrote.
 */
const fingerprints = new Map<string, string>();
const HASHED_NAME = /-[A-Z0-9]{8}\.js$/;
export function codeFingerprint(moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  const folder = dirname(here);
  let fingerprint = fingerprints.get(folder);
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) {
    if (extname(name) !== extname(here)) continue;
    hash.update(name).update('\0');
    if (!HASHED_NAME.test(name)) hash.update(readFileSync(join(folder, name))).update('\0');
  }
  fingerprint = hash.digest('hex').slice(0, 32);
  fingerprints.set(folder, fingerprint);
  return fingerprint;
}

export function isStoredRow(row: unknown): row is [string, StoredFile] {
  if (!Array.isArray(row) || typeof row[0] !== 'string' || !Array.isArray(row[1])) return false;
  const [size, lines, documents] = row[1] as unknown[];
  return (
    typeof size === 'number' &&
    typeof lines === 'string' &&
    Array.isArray(documents) &&
    documents.every(
      (d) =>
        Array.isArray(d) &&
        d.length === 6 &&
        typeof d[2] === 'string' &&
        typeof d[3] === 'object' &&
        d[3] !== null &&
        isKind((d[3] as Record<string, unknown>).kind),
    )
  );
}

/** Whether JSON gives this value back as it is (it has no NaN, Infinity or undefined). */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value !== 'object') return false;
  return Object.values(value).every(survivesJson);
}

/**
 * JSON gives mappings a prototype; the model's values have none (see records.ts). They lose
 * it in place, which costs a tenth of copying them (measured: 16 ms against 170 ms for
 * 100,000 grants), and is safe because a kept value is never given to anything else.
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) for (const item of value) plain(item);
  else if (typeof value === 'object' && value !== null) {
    Object.setPrototypeOf(value, null);
    for (const key in value) plain((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Writes `text` as `file`, swapped in at once (written beside it, then renamed), so a reader
 * never sees half of it. Throws what fs throws; the caches treat that as no cache.
 */
export function replaceFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
