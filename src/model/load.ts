import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { compareFindings, type Finding } from './finding.js';
import {
  buildAccessModel,
  type AccessModel,
  type AccessModelOptions,
  type AccessSourceFile,
} from './model.js';

/** The access directory does not exist or is not a directory. */
export class AccessDirectoryError extends Error {}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Loads every YAML document under `dir` (recursively, *.yaml and *.yml, in path order):
 * records with per-field source positions, and every problem as a finding. `file` in
 * findings is `dir` joined with the path inside it.
 */
export async function loadAccessRepository(
  dir: string,
  options: AccessModelOptions = {},
): Promise<AccessModel> {
  return loadAccessRepositorySync(dir, options);
}

/** The same as {@link loadAccessRepository}, for callers that cannot wait. */
export function loadAccessRepositorySync(
  dir: string,
  options: AccessModelOptions = {},
): AccessModel {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new AccessDirectoryError(`access directory "${dir}" does not exist`);
  const skipped: Finding[] = [];
  const cache = options.parseCache;
  // join(dir, relativePath) for every file, without normalising 100,000 paths one by one:
  // the names come from readdir, so only the prefix needs it.
  const within = join(dir, sep);
  const files = listYamlFiles(dir, '', skipped).map((relativePath): AccessSourceFile => {
    const path = `${within}${sep === '/' ? relativePath : relativePath.replaceAll('/', sep)}`;
    const blob = cache?.blobOf(relativePath);
    return {
      path,
      relativePath,
      // lstat, not read: an oversized file is measured, never loaded. A file the cache
      // holds is known by its content, size included.
      size: (blob === undefined ? undefined : cache?.sizeOf(blob)) ?? lstatSync(path).size,
      read: () => readFileSync(path, 'utf8'),
      blob,
    };
  });
  const model = buildAccessModel(files, options);
  if (skipped.length > 0) model.findings = [...skipped, ...model.findings].sort(compareFindings);
  return model;
}

function listYamlFiles(root: string, prefix: string, skipped: Finding[]): string[] {
  const entries = readdirSync(join(root, prefix), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.name.startsWith('.')) continue;
    if (entry.isSymbolicLink()) {
      if (YAML_FILE.test(entry.name) || !entry.name.includes('.'))
        skipped.push({
          rule: 'symlink-ignored',
          severity: 'warning',
          message:
            'symbolic links are not followed (they could point outside the repository); replace it with the file itself',
          file: join(root, relative),
          line: 1,
          column: 1,
        });
      continue;
    }
    if (entry.isDirectory()) found.push(...listYamlFiles(root, relative, skipped));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(relative);
  }
  return found;
}
