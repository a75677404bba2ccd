// Numeric functions beyond the operators.
import { arrayOf, builtin, num, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const numbers: BuiltinSpec[] = [
  builtin('abs', [num], num),
  builtin('ceil', [num], num),
  builtin('floor', [num], num),
  builtin('round', [num], num),
  builtin('numbers.range', [num, num], arrayOf(num)),
  builtin('numbers.range_step', [num, num, num], arrayOf(num)),
  builtin('rand.intn', [str, num], num),
];
