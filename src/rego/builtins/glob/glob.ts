// Glob matching; the module matches, quoting runs here.
import { arrayOf, bool, builtin, nul, oneOf, str } from '../shared/decl.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec } from '../shared/spec.js';

export const glob: BuiltinSpec[] = [
  builtin('glob.match', [str, oneOf(nul, arrayOf(str)), str], bool),
  builtin('glob.quote_meta', [str], str, {
    host: (s) => stringOperand(s, 1).replace(/[*?\\[\]{}]/g, '\\$&'),
  }),
];
