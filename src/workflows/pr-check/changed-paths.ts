// Which changed paths are requests and which change the rules. Only grant documents are
// requests; every other path (the catalog, identities, policies, config, workflows, scripts,
// a symlink or hidden file among the grants, anything) changes the rules a request is judged
// by, whatever separation.paths says: deny by default.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
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
  const { stdout } = await execFileAsync(
    'git',
    ['-C', repo, 'diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  // -z --raw: ":oldmode newmode oldsha newsha status" NUL path NUL, for each file
  const fields = stdout.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode = '', newMode = ''] = (fields[i] ?? '').replace(/^:/, '').split(' ');
    const path = fields[i + 1] ?? '';
    if (path === '') continue;
    files.push({ path, mode: /^0+$/.test(newMode) ? oldMode : newMode });
  }
  return files;
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
  const prefix =
    accessDir === '' || accessDir === '.' ? GRANTS_PART : `${accessDir}/${GRANTS_PART}`;
  return (
    file.path.startsWith(prefix) &&
    YAML_FILE.test(file.path) &&
    REGULAR_FILE.test(file.mode) &&
    !file.path.split('/').some((segment) => segment.startsWith('.'))
  );
}
