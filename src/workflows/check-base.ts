// `accessctl check --base REF`: what changed in the access directory since REF (the
// working tree against the commit), so findings on grants a change did not touch can be
// shown as warnings and one old bad grant does not block every unrelated change.
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';

import {
  GitError,
  diffModels,
  loadAccessRepositoryAtRef,
  type AccessModel,
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
): Promise<BaseChanges> {
  let root: string;
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: accessDir,
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new GitError(`--base ${ref}: ${accessDir} is not inside a git repository`);
  }
  const base = await loadAccessRepositoryAtRef(root, ref, {
    accessDir: relative(root, accessDir) || '.',
  });
  const changes: PolicyChanges = { added: [], modified: [], removed: [], files: [] };
  const files = new Set<string>();
  for (const change of diffModels(base, head)) {
    const before = change.before && join(root, change.before.file);
    const after = change.after?.file;
    // The base model names files from the repository root, the working tree from accessDir:
    // a document only "moved" when the two name different files.
    if (change.change === 'modified' && !change.contentChanged && before === after) continue;
    for (const file of [before, after]) if (file !== undefined) files.add(file);
    if (change.kind === 'Grant') changes[change.change].push(change.id);
  }
  changes.files = [...files].map((f) => relative(root, f).split('\\').join('/')).sort();
  return { changes, files };
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
