// Array functions.
import { anyArray, builtin, num } from '../shared/decl.js';
import { arrayOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

/** One level of nesting removed; elements that are not arrays stay as they are. */
function flatten(value: Json): Json {
  return arrayOperand(value, 1).flatMap((item) => (Array.isArray(item) ? item : [item]));
}

export const arrays: BuiltinSpec[] = [
  builtin('array.concat', [anyArray, anyArray], anyArray),
  builtin('array.slice', [anyArray, num, num], anyArray),
  builtin('array.reverse', [anyArray], anyArray, {
    host: (a) => [...arrayOperand(a, 1)].reverse(),
  }),
  builtin('array.flatten', [anyArray], anyArray, { host: flatten }),
];
