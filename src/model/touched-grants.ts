// The grant changes between a commit and a later state of the access directory (a work tree,
// another commit), parsing only what differs. A file with the same path and blob on both
// sides holds the same documents on both, so only the files that differ ("touched") and the
// rules outside grants/ (what a grant resolves against: catalog, identities, packages) are
// built. On a 100,000-grant repository that is a few dozen files instead of two whole models.
import { diffModels, type AccessChange } from './diff.js';
import { readBlobsWithin } from './git.js';
import { normaliseDir, snapshot, sourceFiles, type GitAccessOptions } from './git-load.js';
import { DEFAULT_MAX_FILE_SIZE, buildAccessModel, type AccessSourceFile } from './model.js';
import type { AccessDocument } from './records.js';

/** The folder of grant documents (model.ts's home of a Grant); nothing else is a request. */
const GRANTS = 'grants/';

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
  options: GitAccessOptions = {},
): Promise<AccessChange[] | undefined> {
  const dir = normaliseDir(options.accessDir);
  // sizes are read below for the few files built, not listed for every file
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

  const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
  const isGrantPath = (path: string) =>
    path.startsWith(prefix) && path.startsWith(GRANTS, prefix.length);
  if ([...touched].some((path) => !isGrantPath(path))) return undefined;
  const built = (path: string) => !isGrantPath(path) || touched.has(path);

  // One git reads what the cache does not hold, measuring each blob as it streams by.
  const wanted = snap.files.filter((e) => built(e.path));
  const kept = (oid: string) => options.parseCache?.sizeOf(oid);
  const texts = new Map<string, string>();
  const sizes = await readBlobsWithin(
    repo,
    wanted.filter((e) => kept(e.oid) === undefined).map((e) => e.oid),
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    (oid, text) => texts.set(oid, text),
  );
  const sized = {
    ...snap,
    files: wanted.map((e) => ({ ...e, size: kept(e.oid) ?? sizes.get(e.oid) ?? 0 })),
  };
  const beforeModel = buildAccessModel(sourceFiles(sized, texts, dir), options);
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
