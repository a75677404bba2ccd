// Collects what a build reads from disk: Rego modules and data files under the given
// paths, as `opa build PATH...` does.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import { DataMergeError, dataPath, mergeAt, parseDataFile } from './data.js';

export interface Sources {
  modules: { file: string; source: string }[];
  data: Record<string, unknown>;
}

export interface CollectOptions {
  /** Also read `*_test.rego` files (for `accessctl test`). */
  includeTests?: boolean;
}

const DATA_FILES = new Set(['data.json', 'data.yaml', 'data.yml']);

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

export async function collectSources(
  paths: string[],
  options: CollectOptions = {},
): Promise<Sources> {
  const sources: Sources = { modules: [], data: {} };
  for (const root of paths) {
    let info;
    try {
      info = await stat(root);
    } catch {
      throw new SourceError(`${root}: no such file or directory`);
    }
    if (info.isDirectory()) await walk(root, root, sources, options);
    else await addFile(root, root, sources, options, true);
  }
  sources.modules.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return sources;
}

async function walk(
  root: string,
  dir: string,
  sources: Sources,
  options: CollectOptions,
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, path, sources, options);
    else if (entry.isFile()) await addFile(root, path, sources, options, false);
  }
}

async function addFile(
  root: string,
  path: string,
  sources: Sources,
  options: CollectOptions,
  named: boolean,
): Promise<void> {
  const base = path.slice(path.lastIndexOf(sep) + 1);
  const file = path.split(sep).join('/');
  if (base.endsWith('.rego')) {
    if (base.endsWith('_test.rego') && !options.includeTests && !named) return;
    sources.modules.push({ file, source: await readFile(path, 'utf8') });
    return;
  }
  const isData = DATA_FILES.has(base) || (named && /\.(json|ya?ml)$/.test(base));
  if (!isData) return;
  const where = named ? [] : dataPath(relative(root, path).split(sep).join('/'));
  try {
    mergeAt(sources.data, where, parseDataFile(file, await readFile(path, 'utf8')), file);
  } catch (error) {
    if (error instanceof DataMergeError) throw new SourceError(error.message);
    throw error;
  }
}
