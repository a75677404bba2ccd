import { closeSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { compareFindings, type Finding } from './finding.js';
import type { ParseCache } from './parse-cache.js';
import { READ_AHEAD_FROM, ReadAhead } from './read-ahead.js';
import { openNoFollow, readOnce } from './read-file.js';
import { readFolder } from './utf8-paths.js';
import {
  buildAccessModel,
  parseClean,
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
export interface LoadOptions extends AccessModelOptions {
  /**
   * Parts of the directory (e.g. 'catalog/') read from elsewhere: the working tree's files
   * there are ignored and these files stand in for them.
   */
  replace?: { parts: string[]; files: AccessSourceFile[] };
  /**
   * Read the files in a thread of their own while they are parsed (read-ahead.ts). Default:
   * with no parse cache (which reads clean files from git instead), from READ_AHEAD_FROM
   * files on. Tests set it to compare both ways.
   */
  readAhead?: boolean;
}

export async function loadAccessRepository(
  dir: string,
  options: LoadOptions = {},
): Promise<AccessModel> {
  if (options.parseCache !== undefined)
    await parseClean(options.parseCache, pathJoiner(dir), options);
  return loadAccessRepositorySync(dir, options);
}

/** The same as {@link loadAccessRepository}, for callers that cannot wait. */
export function loadAccessRepositorySync(dir: string, options: LoadOptions = {}): AccessModel {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new AccessDirectoryError(`access directory "${dir}" does not exist`);
  const skipped: Finding[] = [];
  const onDisk = pathJoiner(dir);
  const { replace } = options;
  const replaced = (relativePath: string) =>
    replace?.parts.some((part) => relativePath.startsWith(part)) === true;
  // in the order the model reads them
  const listed = listYamlFiles(dir, '', skipped)
    .filter((relativePath) => !replaced(relativePath))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ahead =
    (options.readAhead ?? (options.parseCache === undefined && listed.length >= READ_AHEAD_FROM))
      ? startReadAhead(listed.map(onDisk))
      : undefined;
  try {
    const files = listed.map((relativePath) => {
      const path = onDisk(relativePath);
      return workingTreeFile(path, path, relativePath, options.parseCache, ahead);
    });
    if (replace !== undefined) files.push(...replace.files.filter((f) => replaced(f.relativePath)));
    files.sort((a, b) =>
      a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
    );
    const model = buildAccessModel(files, options);
    if (skipped.length > 0) model.findings = [...skipped, ...model.findings].sort(compareFindings);
    return model;
  } finally {
    ahead?.close();
  }
}

/**
 * A YAML file of the working tree, named `path` in findings. An oversized file is never
 * loaded whole (see diskFile); a file the parse cache holds is known by its
 * content, size included, and is not even measured, nor is a clean one the cache read from
 * git (ParseCache.readClean): it was parsed as it was read (parseClean in model.ts).
 */
export function workingTreeFile(
  onDisk: string,
  path: string,
  relativePath: string,
  cache: ParseCache | undefined,
  ahead?: ReadAhead,
): AccessSourceFile {
  const blob = cache?.blobOf(relativePath);
  if (blob === undefined || cache === undefined) return diskFile(onDisk, path, relativePath, ahead);
  const known = cache.sizeOf(blob) ?? cache.cleanSizeOf(blob);
  if (known === undefined)
    return Object.assign(diskFile(onDisk, path, relativePath, ahead), { blob });
  // measured by the cache or by git: opened only if it is read after all (and only then
  // made ready to be, which 100,000 files of a large build mostly never are)
  return {
    path,
    relativePath,
    size: known,
    read: () => diskFile(onDisk, path, relativePath, ahead).read(),
    blob,
  };
}

/** A thread reading `paths` ahead, or none when one cannot start: then they are read here. */
function startReadAhead(paths: string[]): ReadAhead | undefined {
  try {
    return new ReadAhead(paths, SCRATCH.length - 1);
  } catch {
    return undefined;
  }
}

/** Files up to this size are read in one call into one buffer, and measured by that read. */
const SCRATCH = Buffer.allocUnsafe(1024 * 1024 + 1);

/**
 * A file read once, when its size is first asked for: open, one read into a shared buffer and
 * close, instead of lstat then open, fstat, read and close (measured on this machine for
 * 100,000 small files: 1.3 s against 1.8 s). A file larger than the buffer is measured with
 * fstat and read only if asked for, so no oversized file is loaded. It is opened without
 * following a symbolic link (the walk skips links; this closes the gap after it), and a
 * file that cannot be read fails in read(), where the model reports it.
 */
function diskFile(
  onDisk: string,
  path: string,
  relativePath: string,
  ahead: ReadAhead | undefined,
): AccessSourceFile {
  let size: number | undefined;
  let text: string | undefined;
  let failure: unknown;
  const load = () => {
    // read by the thread the same way, when there is one
    const read = ahead?.take(onDisk);
    if (read !== undefined) {
      ({ size, text } = read);
      if (read.error !== undefined)
        failure = Object.assign(new Error(read.error.message), { code: read.error.code });
      return;
    }
    size = 0;
    try {
      ({ size, text } = readOnce(onDisk, SCRATCH));
    } catch (error) {
      failure = error;
    }
  };
  // over the buffer, or asked for again: read whole, through no link either
  const readLarge = () => {
    const fd = openNoFollow(onDisk);
    try {
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  };
  return {
    path,
    relativePath,
    get size() {
      if (size === undefined) load();
      return size as number;
    },
    read() {
      if (size === undefined) load();
      if (failure !== undefined) throw failure;
      const read = text ?? readLarge();
      text = undefined;
      return read;
    },
  };
}

/**
 * join(dir, relativePath) for many '/'-separated relative paths that are already normal
 * (from readdir or git), without normalising each one: only the prefix needs it.
 */
export function pathJoiner(dir: string): (relativePath: string) => string {
  const within = join(dir, sep);
  return sep === '/'
    ? (relativePath) => `${within}${relativePath}`
    : (relativePath) => `${within}${relativePath.replaceAll('/', sep)}`;
}

function listYamlFiles(root: string, prefix: string, skipped: Finding[]): string[] {
  // a name that is not UTF-8 stops the run: read as U+FFFD it could name another file
  const entries = readFolder(join(root, prefix)).sort((a, b) =>
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
          // An error, not a warning: a grant that silently goes unread would pass the check.
          severity: 'error',
          message:
            'a symbolic link is not read (it could point outside the repository), so what it holds is neither checked nor granted: replace it with the file itself',
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
