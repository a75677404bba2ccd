// Object functions, including the JSON-path based filter, remove and patch.
import {
  any,
  anyArray,
  anyObject,
  anySet,
  arrayOf,
  bool,
  builtin,
  collectionOf,
  oneOf,
  record,
  setOf,
  str,
} from './decl.js';
import type { BuiltinSpec } from './spec.js';

const keyCollection = oneOf(anyArray, anyObject, anySet);
const jsonPaths = collectionOf(oneOf(str, anyArray));
const patchOperation = record({ op: str, path: any }, { key: any, value: any });
const containerOrSubset = oneOf(anyArray, anyObject, anySet);

export const objects: BuiltinSpec[] = [
  builtin('object.get', [anyObject, any, any], any),
  builtin('object.keys', [anyObject], setOf(any)),
  builtin('object.union', [anyObject, anyObject], any),
  builtin('object.union_n', [arrayOf(anyObject)], any),
  builtin('object.remove', [anyObject, keyCollection], any),
  builtin('object.filter', [anyObject, keyCollection], any),
  builtin('object.subset', [containerOrSubset, containerOrSubset], bool),
  builtin('json.filter', [anyObject, jsonPaths], any),
  builtin('json.remove', [anyObject, jsonPaths], any),
  builtin('json.patch', [any, arrayOf(patchOperation)], any),
];
