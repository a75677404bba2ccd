// Documents edited by JSON path: `json.filter`, `json.remove` and `json.patch`. Paths are
// read in paths.ts, patches applied in patch.ts.
import {
  any,
  anyArray,
  anyObject,
  arrayOf,
  builtin,
  collectionOf,
  oneOf,
  record,
  str,
} from '../shared/decl.js';
import { typeError } from '../shared/errors.js';
import { arrayOperand, kindOf, objectOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { applyPatch } from './patch.js';
import { filterByTree, parsePath, pathTree, removeByTree } from './paths.js';

function pathsOperand(value: Json, position: number): Json[][] {
  if (!Array.isArray(value)) {
    throw typeError(`operand ${position} must be one of {set, array} but got ${kindOf(value)}`);
  }
  return value.map((p) => parsePath(p, position));
}

function jsonFilter(object: Json, paths: Json): Json | undefined {
  const source = objectOperand(object, 1);
  return filterByTree(source, pathTree(pathsOperand(paths, 2))) ?? {};
}

function jsonRemove(object: Json, paths: Json): Json {
  const source = objectOperand(object, 1);
  return removeByTree(source, pathTree(pathsOperand(paths, 2)));
}

function jsonPatch(doc: Json, patches: Json): Json | undefined {
  return applyPatch(doc, arrayOperand(patches, 2));
}

const jsonPaths = collectionOf(oneOf(str, anyArray));
const patchOperation = record({ op: str, path: any }, { key: any, value: any });

export const jsonDocuments: BuiltinSpec[] = [
  builtin('json.filter', [anyObject, jsonPaths], any, { host: jsonFilter }),
  builtin('json.remove', [anyObject, jsonPaths], any, { host: jsonRemove }),
  builtin('json.patch', [any, arrayOf(patchOperation)], any, { host: jsonPatch }),
];
