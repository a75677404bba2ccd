// Which changed paths are requests and which change the rules. Only grant documents are
// requests; every other path (the catalog, identities, policies, config, workflows, scripts,
// a symlink or hidden file among the grants, anything) changes the rules a request is judged
// by, whatever separation.paths says: deny by default.
import { diffRaw } from '../../model/git.js';

const YAML_FILE = /\.ya?ml$/i;
const REGULAR_FILE = /^100(644|755)$/;
/** The only part of the access directory a change contributes as requests. */
export const GRANTS_PART = 'grants/';

export interface ChangedFile {
  /** Repository-relative. */
  path: string;
  /** The file's mode after the change, or before it when the change deletes it. */
  mode: string;
}

/** The paths that differ between two commits (what a diff shows), with their modes. */
export async function changedPaths(repo: string, from: string, to: string): Promise<ChangedFile[]> {
  return (await diffRaw(repo, from, to)).map(({ path, oldMode, newMode }) => ({
    path,
    mode: /^0+$/.test(newMode) ? oldMode : newMode,
  }));
}

/** A part of the access directory (`grants/`, `catalog`) as a path inside the repository. */
export function inAccess(accessDir: string, part: string): string {
  return accessDir === '' || accessDir === '.' ? part : `${accessDir}/${part}`;
}

/** The changed paths that are not grant documents, repository-relative. */
export function ruleFiles(changed: ChangedFile[], accessDir: string): string[] {
  return changed.filter((f) => !isGrantDocument(f, accessDir)).map((f) => f.path);
}

/**
 * A path the check reads as a request: a regular YAML file under the grants folder that the
 * loader does not skip. Anything else (a symlink, a hidden file, a script, a workflow, the
 * catalog) is a change to the rules.
 */
function isGrantDocument(file: ChangedFile, accessDir: string): boolean {
  return (
    file.path.startsWith(inAccess(accessDir, GRANTS_PART)) &&
    YAML_FILE.test(file.path) &&
    REGULAR_FILE.test(file.mode) &&
    !file.path.split('/').some((segment) => segment.startsWith('.'))
  );
}
