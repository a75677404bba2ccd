// String functions.
import {
  any,
  anyArray,
  arrayOf,
  bool,
  builtin,
  collectionOf,
  num,
  objectOf,
  oneOf,
  str,
} from './decl.js';
import type { BuiltinSpec } from './spec.js';

const s2s = (name: string): BuiltinSpec => builtin(name, [str], str);
const ss2b = (name: string): BuiltinSpec => builtin(name, [str, str], bool);
const ss2s = (name: string): BuiltinSpec => builtin(name, [str, str], str);
const stringOrStrings = oneOf(str, arrayOf(str), { type: 'set', of: str });

export const strings: BuiltinSpec[] = [
  builtin('concat', [str, collectionOf(str)], str),
  ss2b('contains'),
  ss2b('startswith'),
  ss2b('endswith'),
  builtin('format_int', [num, num], str),
  builtin('indexof', [str, str], num),
  builtin('indexof_n', [str, str], arrayOf(num)),
  s2s('lower'),
  s2s('upper'),
  builtin('replace', [str, str, str], str),
  builtin('strings.replace_n', [objectOf(str, str), str], str),
  builtin('split', [str, str], arrayOf(str)),
  builtin('sprintf', [str, anyArray], str),
  builtin('substring', [str, num, num], str),
  ss2s('trim'),
  ss2s('trim_left'),
  ss2s('trim_right'),
  ss2s('trim_prefix'),
  ss2s('trim_suffix'),
  s2s('trim_space'),
  s2s('strings.reverse'),
  builtin('strings.count', [str, str], num),
  builtin('strings.any_prefix_match', [stringOrStrings, stringOrStrings], bool),
  builtin('strings.any_suffix_match', [stringOrStrings, stringOrStrings], bool),
  builtin('strings.render_template', [str, objectOf(str, any)], str),
];
