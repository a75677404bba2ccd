// Regular expressions (RE2 syntax in OPA; JavaScript's engine with RE2's flags here).
import { arrayOf, bool, builtin, num, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const regex: BuiltinSpec[] = [
  builtin('regex.match', [str, str], bool),
  builtin('re_match', [str, str], bool),
  builtin('regex.is_valid', [str], bool),
  builtin('regex.split', [str, str], arrayOf(str)),
  builtin('regex.find_n', [str, str, num], arrayOf(str)),
  builtin('regex.find_all_string_submatch_n', [str, str, num], arrayOf(arrayOf(str))),
  builtin('regex.replace', [str, str, str], str),
  builtin('regex.template_match', [str, str, str, str], bool),
  builtin('regex.globs_match', [str, str], bool),
];
