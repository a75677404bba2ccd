// Bitwise operations on integers.
import { builtin, num } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const bits: BuiltinSpec[] = [
  builtin('bits.and', [num, num], num),
  builtin('bits.or', [num, num], num),
  builtin('bits.xor', [num, num], num),
  builtin('bits.negate', [num], num),
  builtin('bits.lsh', [num, num], num),
  builtin('bits.rsh', [num, num], num),
];
