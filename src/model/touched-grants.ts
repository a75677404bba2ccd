// The grant changes between a commit and a later state of the access directory (a work tree,
// another commit), parsing only what differs. A file with the same path and blob on both
// sides holds the same documents on both, so only the files that differ ("touched") and the
// rules outside grants/ (what a grant resolves against: catalog, identities, packages) are
// built. On a 100,000-grant repository that is a few dozen files instead of two whole models.
import { diffModels, type AccessChange } from './diff.js';
import { git, listTree, readBlobsWithin, resolveCommit, type TreeEntry } from './git.js';
import {
  isSourcePath,
  normaliseDir,
  snapshot,
  sourceFiles,
  SYMLINK_MODE,
  type GitAccessOptions,
} from './git-load.js';
import type { IndexState } from './parse-cache.js';
import { DEFAULT_MAX_FILE_SIZE, buildAccessModel, type AccessSourceFile } from './model.js';
import type { AccessDocument } from './records.js';

/** The folder of grant documents (model.ts's home of a Grant); nothing else is a request. */
const GRANTS = 'grants/';

export interface TouchedOptions extends GitAccessOptions {
  /**
   * What git's index says of the work tree `after` was read from (ParseCache.indexState):
   * the touched files are then asked of the index instead of comparing every path.
   */
  workTree?: IndexState;
}

/**
 * diffModels(model at `ref`, model of `after`), Grant changes only, when it can be had from
 * the touched files alone; undefined where it could differ, and the caller builds both sides
 * whole:
 * - a touched file outside grants/ (a rule change: any grant may resolve otherwise);
 * - a grant id in a touched file that an untouched file holds too (which of them counts is
 *   decided by path order over every file).
 * Otherwise the result is equal, records resolved alike: a grant resolves against the rules
 * only, never against another grant. `after` is every file of the later state, with blob ids
 * where known (a file without one counts as touched); `parsedAfter` holds the documents of
 * every untouched grant file of `after`, already parsed (more is fine).
 */
export async function grantChangesSince(
  repo: string,
  ref: string,
  after: AccessSourceFile[],
  parsedAfter: Iterable<AccessDocument>,
  options: TouchedOptions = {},
): Promise<AccessChange[] | undefined> {
  const dir = normaliseDir(options.accessDir);
  const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
  const isGrantPath = (path: string) =>
    path.startsWith(prefix) && path.startsWith(GRANTS, prefix.length);
  const sides =
    (options.workTree === undefined
      ? undefined
      : await sidesFromIndex(repo, ref, dir, prefix, after, options.workTree)) ??
    (await sidesFromListing(repo, ref, dir, after));
  if (sides === 'rules') return undefined;
  const { touched } = sides;
  if ([...touched].some((path) => !isGrantPath(path))) return undefined;
  const built = (path: string) => !isGrantPath(path) || touched.has(path);

  // One git reads what the cache does not hold, measuring each blob as it streams by.
  const wanted = sides.before.filter((e) => built(e.path));
  const kept = (oid: string) => options.parseCache?.sizeOf(oid);
  const texts = new Map<string, string>();
  const sizes = await readBlobsWithin(
    repo,
    wanted.filter((e) => kept(e.oid) === undefined).map((e) => e.oid),
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    (oid, text) => texts.set(oid, text),
  );
  const sized = {
    commit: sides.commit,
    symlinks: [],
    files: wanted.map((e) => ({ ...e, size: kept(e.oid) ?? sizes.get(e.oid) ?? 0 })),
  };
  const beforeFiles = [...sourceFiles(sized, texts, dir), ...sides.sameRules].sort(byPath);
  const beforeModel = buildAccessModel(beforeFiles, options);
  const afterModel = buildAccessModel(
    after.filter((f) => built(f.path)),
    options,
  );

  const touchedIds = new Set<string>();
  for (const doc of [...beforeModel.documents, ...afterModel.documents])
    if (doc.kind === 'Grant' && doc.id !== null && touched.has(doc.file)) touchedIds.add(doc.id);
  if (touchedIds.size > 0) {
    const held = (doc: AccessDocument, untouched: (path: string) => boolean) =>
      doc.kind === 'Grant' && doc.id !== null && touchedIds.has(doc.id) && untouched(doc.file);
    const untouchedGrantFiles = new Set(
      after.filter((f) => isGrantPath(f.path) && !touched.has(f.path)).map((f) => f.path),
    );
    for (const doc of parsedAfter)
      if (held(doc, (path) => untouchedGrantFiles.has(path))) return undefined;
    // the rules' files are untouched by now; a grant misplaced among them counts too
    for (const doc of beforeModel.documents)
      if (held(doc, (path) => !touched.has(path))) return undefined;
  }
  return diffModels(beforeModel, afterModel).filter((c) => c.kind === 'Grant');
}

/** Each side of the comparison: the paths that differ, and what `ref` holds of them. */
interface Sides {
  commit: string;
  /** Paths (from the repository root) whose content differs between `ref` and `after`. */
  touched: Set<string>;
  /** Entries of `ref` for the touched paths at least (more is fine). */
  before: TreeEntry[];
  /** Files of `after` that `ref` holds alike and that are built on both sides. */
  sameRules: AccessSourceFile[];
}

/** The whole listing of `ref` compared with `after`'s blob ids, path by path. */
async function sidesFromListing(
  repo: string,
  ref: string,
  dir: string,
  after: AccessSourceFile[],
): Promise<Sides> {
  // sizes are read later for the few files built, not listed for every file
  const snap = await snapshot(repo, ref, dir, { sizes: false });
  const blobBefore = new Map<string, string>();
  for (const e of snap.files) blobBefore.set(e.path, e.oid);
  const touched = new Set<string>();
  for (const f of after) {
    if (f.blob === undefined || blobBefore.get(f.path) !== f.blob) touched.add(f.path);
    blobBefore.delete(f.path);
  }
  // what is left was there before and is not now
  for (const path of blobBefore.keys()) touched.add(path);
  return { commit: snap.commit, touched, before: snap.files, sameRules: [] };
}

/** Touched paths past which the index is not worth asking about them one by one. */
const MANY_TOUCHED = 500;

/**
 * The same from git's index, when `after` is the work tree the parse cache was opened on:
 * `git diff-index` names what the index holds otherwise than `ref` without listing the
 * 100,000 entries that agree, and the work tree differs from the index only where the cache
 * saw it dirty, untracked or gone. 'rules' when a file outside grants/ differs (the caller
 * builds both sides whole); undefined when the index cannot tell (the listing decides).
 */
async function sidesFromIndex(
  repo: string,
  ref: string,
  dir: string,
  prefix: string,
  after: AccessSourceFile[],
  index: IndexState,
): Promise<Sides | 'rules' | undefined> {
  const commit = await resolveCommit(repo, ref);
  const differing = await git(repo, [
    '--literal-pathspecs',
    'diff-index',
    '--cached',
    '--no-renames',
    '--name-only',
    '-z',
    commit,
    '--',
    dir === '' ? '.' : dir,
  ]);
  const touched = new Set<string>();
  const listed = (path: string) => isSourcePath(path) && touched.add(path);
  for (const path of differing.split('\0')) if (path !== '') listed(path);
  // by the path inside the access directory, as the index state names them (no path joined
  // for each of 100,000 files; a name that failed to match would only make every file touched)
  const present = new Set<string>();
  for (const f of after) {
    present.add(f.relativePath);
    // edited since staged, or never staged
    if (f.blob === undefined) listed(f.path);
  }
  // staged but not in the work tree any more, or edited there
  for (const inside of index.clean.keys()) if (!present.has(inside)) listed(prefix + inside);
  for (const inside of index.dirty) listed(prefix + inside);
  const grants = prefix + GRANTS;
  if ([...touched].some((path) => !path.startsWith(grants))) return 'rules';
  if (touched.size > MANY_TOUCHED) return undefined;
  const before =
    touched.size === 0
      ? []
      : (await listTree(repo, commit, [...touched], { sizes: false })).filter(
          (e) => e.type === 'blob' && e.mode !== SYMLINK_MODE && touched.has(e.path),
        );
  // every file outside grants/ is untouched: the same blob at `ref` as in the work tree
  const sameRules = after.filter((f) => !f.path.startsWith(grants));
  return { commit, touched, before, sameRules };
}

/** Git's order of a tree's listing (bytes of the whole path), which the whole models follow. */
const byPath = (a: AccessSourceFile, b: AccessSourceFile) =>
  Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));
