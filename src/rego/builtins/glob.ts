// Glob matching; the module matches, quoting runs here.
import { arrayOf, bool, builtin, nul, oneOf, str } from './decl.js';
import { stringOperand } from './operands.js';
import type { BuiltinSpec } from './spec.js';

export const glob: BuiltinSpec[] = [
  builtin('glob.match', [str, oneOf(nul, arrayOf(str)), str], bool),
  builtin('glob.quote_meta', [str], str, {
    host: (s) => stringOperand(s, 1).replace(/[*?\\[\]{}]/g, '\\$&'),
  }),
];
