// RFC 6902 JSON Patch over immutable values, as json.patch applies it: any failing
// operation makes the whole result undefined.
import { equalValues } from '../shared/order.js';
import { isObject, type JsonObject } from '../shared/operands.js';
import { parsePath, type Path } from './paths.js';
import type { Json } from '../shared/spec.js';

class PatchFailed extends Error {}

function fail(): never {
  throw new PatchFailed();
}

function indexIn(array: Json[], key: Json, allowEnd: boolean): number {
  if (allowEnd && key === '-') return array.length;
  const text = typeof key === 'number' ? String(key) : key;
  if (typeof text !== 'string' || !/^(0|[1-9]\d*)$/.test(text)) fail();
  const index = Number(text);
  if (index > array.length || (!allowEnd && index === array.length)) fail();
  return index;
}

function get(doc: Json, path: Path): Json {
  let node = doc;
  for (const key of path) {
    if (Array.isArray(node)) node = node[indexIn(node, key, false)] as Json;
    else if (isObject(node) && typeof key === 'string' && key in node) node = node[key] as Json;
    else fail();
  }
  return node;
}

/** Returns a copy of `doc` with the parent of `path` replaced by `edit(parent, lastKey)`. */
function update(doc: Json, path: Path, edit: (parent: Json, key: Json) => Json): Json {
  if (path.length === 0) fail();
  const [head, ...rest] = path as [Json, ...Json[]];
  if (rest.length === 0) return edit(doc, head);
  if (Array.isArray(doc)) {
    const i = indexIn(doc, head, false);
    const copy = [...doc];
    copy[i] = update(doc[i] as Json, rest, edit);
    return copy;
  }
  if (isObject(doc) && typeof head === 'string' && head in doc) {
    return { ...doc, [head]: update(doc[head] as Json, rest, edit) };
  }
  return fail();
}

function add(doc: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  return update(doc, path, (parent, key) => {
    if (Array.isArray(parent)) {
      const copy = [...parent];
      copy.splice(indexIn(parent, key, true), 0, value);
      return copy;
    }
    if (isObject(parent) && typeof key === 'string') return { ...parent, [key]: value };
    return fail();
  });
}

function remove(doc: Json, path: Path): Json {
  return update(doc, path, (parent, key) => {
    if (Array.isArray(parent)) {
      const copy = [...parent];
      copy.splice(indexIn(parent, key, false), 1);
      return copy;
    }
    if (isObject(parent) && typeof key === 'string' && key in parent) {
      const copy: JsonObject = { ...parent };
      delete copy[key];
      return copy;
    }
    return fail();
  });
}

function pathOf(operation: JsonObject, field: string): Path {
  const value = operation[field];
  if (value === undefined) fail();
  try {
    return parsePath(value, 2);
  } catch {
    return fail();
  }
}

/** The patched document, or undefined when an operation does not apply. */
export function applyPatch(doc: Json, operations: Json[]): Json | undefined {
  try {
    let result = doc;
    for (const operation of operations) {
      if (!isObject(operation)) fail();
      const path = pathOf(operation, 'path');
      switch (operation.op) {
        case 'add':
          if (!('value' in operation)) fail();
          result = add(result, path, operation.value as Json);
          break;
        case 'remove':
          result = remove(result, path);
          break;
        case 'replace':
          if (!('value' in operation)) fail();
          result = add(remove(result, path), path, operation.value as Json);
          break;
        case 'move': {
          const from = pathOf(operation, 'from');
          const value = get(result, from);
          result = add(remove(result, from), path, value);
          break;
        }
        case 'copy':
          result = add(result, path, get(result, pathOf(operation, 'from')));
          break;
        case 'test':
          if (!equalValues(get(result, path), operation.value as Json)) fail();
          break;
        default:
          fail();
      }
    }
    return result;
  } catch (error) {
    if (error instanceof PatchFailed) return undefined;
    throw error;
  }
}
