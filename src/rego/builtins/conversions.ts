// Conversions between value kinds.
import { any, anyArray, anyObject, anySet, bool, builtin, nul, num, oneOf, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const conversions: BuiltinSpec[] = [
  builtin('to_number', [oneOf(nul, bool, num, str)], num),
  builtin('cast_array', [any], anyArray),
  builtin('cast_set', [any], anySet),
  builtin('cast_string', [any], str),
  builtin('cast_boolean', [any], bool),
  builtin('cast_null', [any], nul),
  builtin('cast_object', [any], anyObject),
];
