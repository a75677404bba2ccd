// The grant changes between a commit and a later state of the access directory (a work tree,
// another commit), parsing only what differs. A file with the same path and blob on both
// sides holds the same documents on both, so only the files that differ ("touched") and the
// rules outside grants/ (what a grant resolves against: catalog, identities, packages) are
// built. On a 100,000-grant repository that is a few dozen files instead of two whole models.
import { diffModels, type AccessChange } from './diff.js';
import { blobSizes, readBlobs } from './git.js';
import {
  normaliseDir,
  snapshot,
  sourceFiles,
  wantedOids,
  type GitAccessOptions,
} from './git-load.js';
import { buildAccessModel, type AccessSourceFile } from './model.js';
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
  const isGrantFile = (f: AccessSourceFile) => f.relativePath.startsWith(GRANTS);
  if (
    [...touched].some((path) => !isGrantPath(path)) ||
    after.some((f) => touched.has(f.path) && !isGrantFile(f))
  )
    return undefined;
  const built = (f: AccessSourceFile) => !isGrantFile(f) || touched.has(f.path);
  const wanted = snap.files.filter((e) => !isGrantPath(e.path) || touched.has(e.path));
  const sizes = await blobSizes(
    repo,
    wanted.map((e) => e.oid),
  );
  const sized = { ...snap, files: wanted.map((e) => ({ ...e, size: sizes.get(e.oid) ?? 0 })) };
  const blobs = await readBlobs(repo, wantedOids([sized], options));
  const beforeModel = buildAccessModel(sourceFiles(sized, blobs, dir), options);
  const afterModel = buildAccessModel(after.filter(built), options);

  const touchedIds = new Set<string>();
  for (const doc of [...beforeModel.documents, ...afterModel.documents])
    if (doc.kind === 'Grant' && doc.id !== null && touched.has(doc.file)) touchedIds.add(doc.id);
  if (touchedIds.size > 0) {
    const held = (doc: AccessDocument, untouched: (path: string) => boolean) =>
      doc.kind === 'Grant' && doc.id !== null && touchedIds.has(doc.id) && untouched(doc.file);
    const untouchedGrantFiles = new Set(
      after.filter((f) => isGrantFile(f) && !touched.has(f.path)).map((f) => f.path),
    );
    for (const doc of parsedAfter)
      if (held(doc, (path) => untouchedGrantFiles.has(path))) return undefined;
    // the rules' files are untouched by now; a grant misplaced among them counts too
    for (const doc of beforeModel.documents)
      if (held(doc, (path) => !touched.has(path))) return undefined;
  }
  return diffModels(beforeModel, afterModel).filter((c) => c.kind === 'Grant');
}
