// Object functions. The JSON-path based json.filter, json.remove and json.patch are in json/.
import {
  any,
  anyArray,
  anyObject,
  anySet,
  arrayOf,
  bool,
  builtin,
  oneOf,
  setOf,
} from '../shared/decl.js';
import { typeError } from '../shared/errors.js';
import {
  arrayOperand,
  isObject,
  kindOf,
  objectOperand,
  type JsonObject,
} from '../shared/operands.js';
import { compareValues, equalValues } from '../shared/order.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

/** Keys given as an array, a set (arriving as an array) or an object's keys. */
function keysOperand(value: Json, position: number): string[] {
  if (Array.isArray(value))
    return value.map((k) => (typeof k === 'string' ? k : JSON.stringify(k)));
  if (isObject(value)) return Object.keys(value);
  throw typeError(
    `operand ${position} must be one of {object, set, array} but got ${kindOf(value)}`,
  );
}

function filterObject(object: Json, keys: Json): Json {
  const source = objectOperand(object, 1);
  const out: JsonObject = {};
  for (const key of keysOperand(keys, 2)) if (key in source) out[key] = source[key] as Json;
  return out;
}

/** object.union's merge: nested objects merge, anything else from the right wins. */
function merge(a: Json, b: Json): Json {
  if (!isObject(a) || !isObject(b)) return b;
  const out: JsonObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    out[key] = key in out ? merge(out[key] as Json, value) : value;
  }
  return out;
}

function unionN(objects: Json): Json {
  const list = arrayOperand(objects, 1);
  let out: Json = {};
  for (const item of list) {
    if (!isObject(item)) {
      throw typeError(
        `operand 1 must be array of objects but got array containing ${kindOf(item)}`,
      );
    }
    out = merge(out, item);
  }
  return out;
}

/** Sets arrive as arrays in OPA's order without duplicates; such an array may be a set. */
function mayBeSet(values: Json[]): boolean {
  return values.every((v, i) => i === 0 || compareValues(values[i - 1] as Json, v) < 0);
}

/**
 * OPA's object.subset: objects key by key (recursing into nested collections), arrays as
 * a contiguous run, sets by membership. Sets are told from arrays only by their shape.
 */
function subset(sup: Json, sub: Json): boolean {
  if (isObject(sup) && isObject(sub)) {
    return Object.entries(sub).every(
      ([key, value]) => key in sup && nestedSubset(sup[key] as Json, value),
    );
  }
  if (Array.isArray(sup) && Array.isArray(sub)) {
    if (sub.length === 0) return true;
    for (let i = 0; i + sub.length <= sup.length; i++) {
      if (sub.every((v, j) => equalValues(sup[i + j] as Json, v))) return true;
    }
    return mayBeSet(sub) && sub.every((v) => sup.some((w) => equalValues(v, w)));
  }
  return false;
}

function nestedSubset(sup: Json, sub: Json): boolean {
  const collections =
    (isObject(sup) && isObject(sub)) || (Array.isArray(sup) && Array.isArray(sub));
  return collections ? subset(sup, sub) : equalValues(sup, sub);
}

function subsetOperands(sup: Json, sub: Json): Json {
  const kinds = [sup, sub].map((v) =>
    isObject(v) ? 'object' : Array.isArray(v) ? 'array' : kindOf(v),
  );
  kinds.forEach((kind, i) => {
    if (kind !== 'object' && kind !== 'array') {
      throw typeError(`operand ${i + 1} must be one of {object, array, set} but got ${kind}`);
    }
  });
  return subset(sup, sub);
}

const keyCollection = oneOf(anyArray, anyObject, anySet);

export const objects: BuiltinSpec[] = [
  builtin('object.get', [anyObject, any, any], any),
  builtin('object.keys', [anyObject], setOf(any)),
  builtin('object.union', [anyObject, anyObject], any),
  builtin('object.union_n', [arrayOf(anyObject)], any, { host: unionN }),
  builtin('object.remove', [anyObject, keyCollection], any),
  builtin('object.filter', [anyObject, keyCollection], any, { host: filterObject }),
  builtin('object.subset', [keyCollection, keyCollection], bool, { host: subsetOperands }),
];
