// Set operators and the n-ary set functions.
import { anySet, builtin, setOf } from '../shared/decl.js';
import type { BuiltinSpec } from '../shared/spec.js';

export const sets: BuiltinSpec[] = [
  builtin('and', [anySet, anySet], anySet, { infix: '&' }),
  builtin('or', [anySet, anySet], anySet, { infix: '|' }),
  builtin('intersection', [setOf(anySet)], anySet),
  builtin('union', [setOf(anySet)], anySet),
];
