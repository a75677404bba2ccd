// Base documents: data files merged into one tree at the path of their folder, as OPA's
// loader and bundle reader do (`a/b/data.json` lands at `data.a.b`).
import { load } from 'js-yaml';

type JsonObject = { [key: string]: unknown };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class DataMergeError extends Error {}

/** Parses a `data.json` or `data.yaml` file; the file name is used in error messages. */
export function parseDataFile(file: string, text: string): unknown {
  try {
    return file.endsWith('.json') ? JSON.parse(text) : (load(text) ?? {});
  } catch (error) {
    throw new DataMergeError(`${file}: cannot parse data: ${(error as Error).message}`);
  }
}

/** Merges `value` into `root` at `path`; two values for one key must both be objects. */
export function mergeAt(root: JsonObject, path: string[], value: unknown, file: string): void {
  let node = root;
  for (const key of path) {
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isObject(next)) {
      throw new DataMergeError(
        `${file}: data at ${path.join('.')} conflicts with a value already loaded`,
      );
    }
    node = node[key] as JsonObject;
  }
  if (path.length === 0 && !isObject(value)) {
    throw new DataMergeError(`${file}: a data file at the root must hold an object`);
  }
  if (!isObject(value)) {
    throw new DataMergeError(`${file}: data at ${path.join('.')} must be an object to merge`);
  }
  deepMerge(node, value, file, path);
}

function deepMerge(target: JsonObject, source: JsonObject, file: string, path: string[]): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) {
      Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (isObject(existing) && isObject(value)) {
      deepMerge(existing, value, file, [...path, key]);
    } else {
      throw new DataMergeError(`${file}: data at ${[...path, key].join('.')} is defined twice`);
    }
  }
}

/** The folder path of a data file inside a bundle or a source tree: `a/b/data.json` -> [a, b]. */
export function dataPath(relative: string): string[] {
  return relative
    .split('/')
    .slice(0, -1)
    .filter((p) => p !== '' && p !== '.');
}
