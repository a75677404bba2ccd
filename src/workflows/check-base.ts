// `accessctl check --base REF`: what changed in the access directory since REF (the
// working tree against the commit), so findings on grants a change did not touch can be
// shown as warnings and one old bad grant does not block every unrelated change.
//
// The base side costs only what changed: git names the files whose content differs from
// REF; every other file of REF is, byte for byte, a file the working tree already parsed,
// so its documents are taken from the working tree's model instead of read and parsed again.
import { execFileSync } from 'node:child_process';
import { join, posix, relative, sep } from 'node:path';

import {
  DEFAULT_MAX_FILE_SIZE,
  GitError,
  buildAccessModel,
  diffModels,
  pathsChangedSince,
  readBlobs,
  snapshot,
  type AccessDocument,
  type AccessModel,
  type AccessSourceFile,
  type LocatedFinding,
} from '../model/index.js';
import type { PolicyChanges } from '../policy/input.js';

export interface BaseChanges {
  changes: PolicyChanges;
  /** Absolute paths of the files holding an added, modified or removed document. */
  files: Set<string>;
}

export async function changesSince(
  head: AccessModel,
  accessDir: string,
  ref: string,
  options: { maxFileSize?: number } = {},
): Promise<BaseChanges> {
  const { root, prefix } = repositoryOf(accessDir, ref);
  const dir = prefix === '' ? '.' : prefix.replace(/\/$/, '');
  const snap = await snapshot(root, ref, dir);
  const changed = await pathsChangedSince(root, snap.commit, dir);
  // Both sides name a file as the working tree does: accessDir joined with its path inside.
  const insideDir = (path: string) => (dir === '.' ? path : posix.relative(dir, path));
  const local = (path: string) => join(accessDir, ...insideDir(path).split('/'));

  const headByFile = new Map<string, AccessDocument[]>();
  for (const doc of head.documents)
    headByFile.set(doc.file, [...(headByFile.get(doc.file) ?? []), doc]);

  const reread = snap.files.filter((entry) => changed.has(entry.path));
  const blobs = await readBlobs(
    root,
    reread
      .filter((e) => e.size <= (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE))
      .map((e) => e.oid),
  );
  const rereadFiles = reread.map((entry): AccessSourceFile => ({
    path: local(entry.path),
    relativePath: insideDir(entry.path),
    size: entry.size,
    read: () => {
      const text = blobs.get(entry.oid);
      if (text === undefined) throw new Error(`blob ${entry.oid} is missing from the repository`);
      return text;
    },
  }));
  const rereadByFile = new Map<string, AccessDocument[]>();
  for (const doc of buildAccessModel(rereadFiles, options).documents)
    rereadByFile.set(doc.file, [...(rereadByFile.get(doc.file) ?? []), doc]);

  // In the base's own file order, so "the first of two equal ids" means what it meant there.
  const baseDocuments = snap.files.flatMap((entry) => {
    const file = local(entry.path);
    return (changed.has(entry.path) ? rereadByFile : headByFile).get(file) ?? [];
  });

  const changes: PolicyChanges = { added: [], modified: [], removed: [], files: [] };
  const files = new Set<string>();
  for (const change of diffModels({ documents: baseDocuments }, head)) {
    const before = change.before?.file;
    const after = change.after?.file;
    if (change.change === 'modified' && !change.contentChanged && before === after) continue;
    for (const file of [before, after]) if (file !== undefined) files.add(file);
    if (change.kind === 'Grant') changes[change.change].push(change.id);
  }
  changes.files = [...files]
    .map((f) => posix.join(prefix, relative(accessDir, f).split(sep).join('/')))
    .sort();
  return { changes, files };
}

/** The repository holding accessDir, and accessDir's path inside it ('' at the top, else 'a/b/'). */
function repositoryOf(accessDir: string, ref: string): { root: string; prefix: string } {
  try {
    const [root = '', prefix = ''] = execFileSync(
      'git',
      ['rev-parse', '--show-toplevel', '--show-prefix'],
      { cwd: accessDir, encoding: 'utf8' },
    ).split('\n');
    return { root, prefix };
  } catch {
    throw new GitError(`--base ${ref}: ${accessDir} is not inside a git repository`);
  }
}

/** Errors on what the change did not touch become warnings that say so. */
export function downgradeUntouched(
  findings: (LocatedFinding & { grant?: string })[],
  since: BaseChanges,
  ref: string,
): LocatedFinding[] {
  const changed = new Set([...since.changes.added, ...since.changes.modified]);
  return findings.map((f) => {
    const touched = f.grant !== undefined ? changed.has(f.grant) : since.files.has(f.file);
    if (touched || f.severity === 'warning') return f;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message} (already so on ${ref}; not part of this change)`,
    };
  });
}
