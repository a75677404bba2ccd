// Parsing quantities with SI and binary unit suffixes.
import { builtin, num, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const units: BuiltinSpec[] = [
  builtin('units.parse', [str], num),
  builtin('units.parse_bytes', [str], num),
];
