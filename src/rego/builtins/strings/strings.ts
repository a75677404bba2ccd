// String functions. The module implements the common ones; the rest run here.
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
  setOf,
  str,
} from '../shared/decl.js';
import { builtinError, typeError } from '../shared/errors.js';
import { goToLower, goToUpper } from './case.js';
import { goSprintf } from './sprintf.js';
import {
  arrayOperand,
  integerOperand,
  kindOf,
  objectOperand,
  stringOperand,
} from '../shared/operands.js';
import { compareUtf8, goReplace } from './replacer.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

const s2s = (name: string): BuiltinSpec => builtin(name, [str], str);
const ss2b = (name: string): BuiltinSpec => builtin(name, [str, str], bool);
const ss2s = (name: string): BuiltinSpec => builtin(name, [str, str], str);
const stringOrStrings = oneOf(str, arrayOf(str), setOf(str));

/** A string, or an array/set of strings, as a list (the `any_*_match` operands). */
function stringOrStringsOperand(value: Json, position: number): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    throw typeError(
      `operand ${position} must be one of {string, set, array} but got ${kindOf(value)}`,
    );
  }
  return value.map((item) => {
    if (typeof item !== 'string') {
      throw typeError(
        `operand ${position} must be array of strings but got array containing ${kindOf(item)}`,
      );
    }
    return item;
  });
}

function anyMatch(test: (s: string, affix: string) => boolean) {
  return (search: Json, affixes: Json): Json => {
    const subjects = stringOrStringsOperand(search, 1);
    const candidates = stringOrStringsOperand(affixes, 2);
    return subjects.some((s) => candidates.some((a) => test(s, a)));
  };
}

/** Code points, not UTF-16 units: OPA indexes strings by rune. */
const runes = (s: string): string[] => [...s];

function indexesOf(haystack: Json, needle: Json): Json {
  const h = runes(stringOperand(haystack, 1));
  const n = runes(stringOperand(needle, 2));
  if (n.length === 0) throw builtinError('empty search character');
  const found: number[] = [];
  for (let i = 0; i + n.length <= h.length; i++) {
    if (n.every((ch, j) => h[i + j] === ch)) found.push(i);
  }
  return found;
}

function countOf(s: Json, sub: Json): Json {
  const text = stringOperand(s, 1);
  const search = stringOperand(sub, 2);
  if (search === '') return runes(text).length + 1;
  return text.split(search).length - 1;
}

function replaceN(patterns: Json, value: Json): Json {
  const table = objectOperand(patterns, 1);
  const text = stringOperand(value, 2);
  const pairs: [string, string][] = [];
  // OPA sorts the keys, so the replacer's first-pair-wins order is the keys' order.
  for (const key of Object.keys(table).sort(compareUtf8)) {
    const replacement = table[key];
    if (typeof replacement !== 'string') {
      throw typeError('operand 1 non-string value found in pattern object');
    }
    pairs.push([key, replacement]);
  }
  return goReplace(text, pairs);
}

function splitN(s: Json, sep: Json, n: Json): Json {
  const text = stringOperand(s, 1);
  const delimiter = stringOperand(sep, 2);
  const limit = integerOperand(n, 3);
  const parts = delimiter === '' ? runes(text) : text.split(delimiter);
  if (limit >= 0) return parts.slice(0, limit);
  return parts.slice(Math.max(0, parts.length + limit));
}

function renderTemplate(template: Json, vars: Json): Json {
  const source = stringOperand(template, 1);
  const values = objectOperand(vars, 2);
  return source.replace(/\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_match, name: string) => {
    if (!(name in values)) throw builtinError(`template: missing value for ${name}`);
    const v = values[name] as Json;
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

function sprintf(format: HostValue, values: HostValue): Json {
  const text = stringOperand(format as Json, 1);
  if (!Array.isArray(values)) return goSprintf(text, arrayOperand(values as Json, 2));
  return goSprintf(text, values);
}

export const strings: BuiltinSpec[] = [
  builtin('concat', [str, collectionOf(str)], str),
  ss2b('contains'),
  ss2b('startswith'),
  ss2b('endswith'),
  builtin('format_int', [num, num], str),
  builtin('indexof', [str, str], num),
  builtin('indexof_n', [str, str], arrayOf(num), { host: indexesOf }),
  // The module maps ASCII itself and hands other strings here.
  builtin('lower', [str], str, { host: (s) => goToLower(stringOperand(s, 1)) }),
  builtin('upper', [str], str, { host: (s) => goToUpper(stringOperand(s, 1)) }),
  builtin('replace', [str, str, str], str),
  builtin('strings.replace_n', [objectOf(str, str), str], str, { host: replaceN }),
  builtin('split', [str, str], arrayOf(str)),
  builtin('strings.split_n', [str, str, num], arrayOf(str), { host: splitN }),
  builtin('sprintf', [str, anyArray], str, { exactHost: sprintf }),
  // What the parser lowers a template string `$"a {x}"` to; the module implements it.
  builtin('internal.template_string', [anyArray], str),
  builtin('substring', [str, num, num], str),
  ss2s('trim'),
  ss2s('trim_left'),
  ss2s('trim_right'),
  ss2s('trim_prefix'),
  ss2s('trim_suffix'),
  s2s('trim_space'),
  builtin('strings.reverse', [str], str, {
    host: (s) => runes(stringOperand(s, 1)).reverse().join(''),
  }),
  builtin('strings.count', [str, str], num, { host: countOf }),
  builtin('strings.any_prefix_match', [stringOrStrings, stringOrStrings], bool, {
    host: anyMatch((s, a) => s.startsWith(a)),
  }),
  builtin('strings.any_suffix_match', [stringOrStrings, stringOrStrings], bool, {
    host: anyMatch((s, a) => s.endsWith(a)),
  }),
  builtin('strings.render_template', [str, objectOf(str, any)], str, { host: renderTemplate }),
];
