// Array functions.
import { anyArray, builtin, num } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const arrays: BuiltinSpec[] = [
  builtin('array.concat', [anyArray, anyArray], anyArray),
  builtin('array.slice', [anyArray, num, num], anyArray),
  builtin('array.reverse', [anyArray], anyArray),
];
