// `accessctl check --base REF`: what changed in the access directory since REF (the
// working tree against the commit), so findings on grants a change did not touch can be
// shown as warnings (see untouched-findings.ts).
//
// The base side costs only what changed: git names the files whose content differs from
// REF; every other file of REF is, byte for byte, a file the working tree already parsed,
// so its documents are taken from the working tree's model instead of read and parsed again.
import { posix, relative, sep } from 'node:path';

import {
  DEFAULT_MAX_FILE_SIZE,
  GitError,
  buildAccessModel,
  diffModels,
  blobSizes,
  pathJoiner,
  pathsChangedSince,
  readBlobs,
  resolveCommit,
  snapshot,
  type AccessDocument,
  type AccessModel,
  type AccessSourceFile,
} from '../../model/index.js';
import { repositoryPlace } from '../../model/git.js';
import type { PolicyChanges } from '../../policy/input.js';

export interface BaseChanges {
  accessDir: string;
  /** Files of the working tree that REF does not hold as they are: new or edited. */
  edited: Set<string>;
  changes: PolicyChanges;
  /** Absolute paths of the files holding an added, modified or removed document. */
  files: Set<string>;
}

/** What git says about REF: its files, and those of them the working tree changed. */
export interface BaseTree {
  accessDir: string;
  /** The access directory's path inside the repository ('' at the top, else 'a/b/'). */
  prefix: string;
  /** REF's YAML files in its own order, named as the working tree names them. */
  files: { path: string; changed: boolean }[];
  /** REF's version of each changed file, parsed. */
  changedDocuments: AccessDocument[];
}

/**
 * Asks git about REF. Nothing here needs the working tree's model, so it runs while that
 * loads; only the files whose content differs from REF are read out of git.
 */
export async function readBaseTree(
  accessDir: string,
  ref: string,
  options: { maxFileSize?: number } = {},
): Promise<BaseTree> {
  const { root, prefix } = await repositoryOf(accessDir, ref);
  const dir = prefix === '' ? '.' : prefix.replace(/\/$/, '');
  const commit = await resolveCommit(root, ref);
  // Sizes only for the files read again below: `ls-tree -l` would open every blob.
  const [snap, changed] = await Promise.all([
    snapshot(root, commit, dir, { sizes: false }),
    pathsChangedSince(root, commit, dir),
  ]);
  // Both sides name a file as the working tree does: accessDir joined with its path inside.
  // Every path git lists here starts with `${dir}/`.
  const insideDir = (path: string) => (dir === '.' ? path : path.slice(dir.length + 1));
  const inAccessDir = pathJoiner(accessDir);
  const local = (path: string) => inAccessDir(insideDir(path));

  const reread = snap.files.filter((entry) => changed.has(entry.path));
  const sizes = await blobSizes(
    root,
    reread.map((e) => e.oid),
  );
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const blobs = await readBlobs(
    root,
    reread.filter((e) => (sizes.get(e.oid) ?? 0) <= maxFileSize).map((e) => e.oid),
  );
  const rereadFiles = reread.map((entry): AccessSourceFile => ({
    path: local(entry.path),
    relativePath: insideDir(entry.path),
    size: sizes.get(entry.oid) ?? 0,
    read: () => {
      const text = blobs.get(entry.oid);
      if (text === undefined) throw new Error(`blob ${entry.oid} is missing from the repository`);
      return text;
    },
  }));
  return {
    accessDir,
    prefix,
    files: snap.files.map((entry) => ({
      path: local(entry.path),
      changed: changed.has(entry.path),
    })),
    changedDocuments: buildAccessModel(rereadFiles, options).documents,
  };
}

/**
 * The grants a change added, modified and removed: the working tree's model against
 * REF, where every file of REF that did not change is taken from the working tree.
 */
export function changesSince(head: AccessModel, base: BaseTree): BaseChanges {
  const { accessDir, prefix } = base;
  // A document in a file the change did not touch is one and the same object on both
  // sides, so only ids found in touched files (on either side) can have changed. Those
  // are compared with diffModels' own rules; the rest of the repository is left alone.
  const untouched = new Set<string>();
  for (const file of base.files) if (!file.changed) untouched.add(file.path);
  const ids = new Set<string | null>();
  for (const doc of base.changedDocuments) ids.add(doc.id);
  for (const doc of head.documents) if (!untouched.has(doc.file)) ids.add(doc.id);
  const headDocuments = head.documents.filter((doc) => ids.has(doc.id));
  const headByFile = byFile(headDocuments);
  const rereadByFile = byFile(base.changedDocuments);

  // In the base's own file order, so "the first of two equal ids" means what it meant there.
  const baseDocuments: AccessDocument[] = [];
  for (const file of base.files) {
    const docs = (file.changed ? rereadByFile : headByFile).get(file.path);
    if (docs !== undefined) baseDocuments.push(...docs);
  }

  const changes: PolicyChanges = { added: [], modified: [], removed: [], files: [] };
  const files = new Set<string>();
  for (const change of diffModels({ documents: baseDocuments }, { documents: headDocuments })) {
    const before = change.before?.file;
    const after = change.after?.file;
    if (change.change === 'modified' && !change.contentChanged && before === after) continue;
    for (const file of [before, after]) if (file !== undefined) files.add(file);
    if (change.kind === 'Grant') changes[change.change].push(change.id);
  }
  changes.files = [...files]
    .map((f) => posix.join(prefix, relative(accessDir, f).split(sep).join('/')))
    .sort();
  // new or edited: every file of the working tree that REF does not hold as it is
  const edited = new Set(head.files.filter((file) => !untouched.has(file)));
  return { accessDir, edited, changes, files };
}

function byFile(documents: AccessDocument[]): Map<string, AccessDocument[]> {
  const files = new Map<string, AccessDocument[]>();
  for (const doc of documents) {
    const docs = files.get(doc.file);
    if (docs === undefined) files.set(doc.file, [doc]);
    else docs.push(doc);
  }
  return files;
}

/** The repository holding accessDir, and accessDir's path inside it ('' at the top, else 'a/b/'). */
export async function repositoryOf(
  accessDir: string,
  ref: string,
): Promise<{ root: string; prefix: string }> {
  const place = await repositoryPlace(accessDir);
  if (place === undefined)
    throw new GitError(`--base ${ref}: ${accessDir} is not inside a git repository`);
  return { root: place.top, prefix: place.prefix };
}
