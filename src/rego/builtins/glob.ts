// Glob matching.
import { arrayOf, bool, builtin, nul, oneOf, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const glob: BuiltinSpec[] = [
  builtin('glob.match', [str, oneOf(nul, arrayOf(str)), str], bool),
  builtin('glob.quote_meta', [str], str),
];
