// OPA's YAML test cases (v1/test/cases/testdata): one folder per category, files holding
// `cases:` lists. Read with the core schema so dates stay strings, as Go's loader keeps them.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import { CORE_SCHEMA, load } from 'js-yaml';

export interface TestCase {
  note: string;
  query: string;
  modules?: string[];
  data?: Record<string, unknown>;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  want_error?: string;
  want_error_code?: string;
  want_defined?: boolean;
  sort_bindings?: boolean;
  strict_error?: boolean;
}

export interface LoadedCase {
  /** The first folder under the root: `strings`, `time`, ... */
  category: string;
  file: string;
  case: TestCase;
}

export async function loadCases(root: string): Promise<LoadedCase[]> {
  const out: LoadedCase[] = [];
  for (const file of await yamlFiles(root)) {
    const rel = relative(root, file);
    const category = rel.includes(sep) ? (rel.split(sep)[0] as string) : '.';
    const doc = load(await readFile(file, 'utf8'), { schema: CORE_SCHEMA }) as {
      cases?: TestCase[];
    } | null;
    for (const c of doc?.cases ?? [])
      out.push({ category, file: rel.split(sep).join('/'), case: c });
  }
  return out;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await yamlFiles(path)));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}
