// JSON paths as json.filter, json.remove and json.patch take them: a slash-separated string
// (JSON Pointer escapes `~0` and `~1`) or an array of keys.
import { typeError } from '../shared/errors.js';
import { isObject, kindOf, type JsonObject } from '../shared/operands.js';
import type { Json } from '../shared/spec.js';

export type Path = Json[];

export function parsePath(value: Json, position: number): Path {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    const trimmed = value.replace(/^\//, '');
    if (trimmed === '') return [];
    return trimmed.split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  throw typeError(`operand ${position} must be one of {string, array} but got ${kindOf(value)}`);
}

/** A prefix tree of paths: a key mapping to `true` keeps or removes everything below it. */
export interface PathTree {
  [key: string]: PathTree | true;
}

const segment = (key: Json): string => (typeof key === 'string' ? key : JSON.stringify(key));

export function pathTree(paths: Path[]): PathTree {
  const root: PathTree = {};
  for (const path of paths) {
    if (path.length === 0) continue;
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const key = segment(path[i] as Json);
      const last = i === path.length - 1;
      const existing = node[key];
      if (existing === true) break;
      if (last) {
        node[key] = true;
      } else {
        node = existing ?? (node[key] = {});
      }
    }
  }
  return root;
}

function childKey(key: string | number): string {
  return typeof key === 'number' ? String(key) : key;
}

/** Keeps only what the tree names. */
export function filterByTree(value: Json, tree: PathTree): Json | undefined {
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, sub] of Object.entries(tree)) {
      if (!(key in value)) continue;
      const kept = sub === true ? value[key] : filterByTree(value[key] as Json, sub);
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    value.forEach((item, index) => {
      const sub = tree[childKey(index)];
      if (sub === undefined) return;
      const kept = sub === true ? item : filterByTree(item, sub);
      if (kept !== undefined) out.push(kept);
    });
    return out;
  }
  return undefined;
}

/** Drops what the tree names. */
export function removeByTree(value: Json, tree: PathTree): Json {
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const sub = tree[key];
      if (sub === true) continue;
      out[key] = sub === undefined ? item : removeByTree(item, sub);
    }
    return out;
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    value.forEach((item, index) => {
      const sub = tree[childKey(index)];
      if (sub === true) return;
      out.push(sub === undefined ? item : removeByTree(item, sub));
    });
    return out;
  }
  return value;
}
