// Regular expressions, in Go's RE2 dialect as OPA evaluates them.
import { arrayOf, bool, builtin, num, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { integerOperand, stringOperand } from '../shared/operands.js';
import { globsIntersect } from './globs-intersect.js';
import { compileRe2, findAll, replaceRe2, splitRe2, testRe2 } from './re2.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

function matches(pattern: Json, value: Json): Json {
  return testRe2(stringOperand(pattern, 1), stringOperand(value, 2));
}

function isValid(pattern: Json): Json {
  if (typeof pattern !== 'string') return false;
  try {
    compileRe2(pattern);
    return true;
  } catch {
    return false;
  }
}

function findN(pattern: Json, value: Json, n: Json): Json {
  const re = compileRe2(stringOperand(pattern, 1));
  return findAll(re, stringOperand(value, 2), integerOperand(n, 3)).map((m) => m.groups[0] ?? '');
}

function findSubmatches(pattern: Json, value: Json, n: Json): Json {
  const re = compileRe2(stringOperand(pattern, 1));
  return findAll(re, stringOperand(value, 2), integerOperand(n, 3)).map((m) =>
    m.groups.map((g) => g ?? ''),
  );
}

/** Each `{...}` span between the delimiters is a pattern, the rest is literal. */
function templateMatch(template: Json, value: Json, open: Json, close: Json): Json {
  const source = stringOperand(template, 1);
  const subject = stringOperand(value, 2);
  const start = stringOperand(open, 3);
  const end = stringOperand(close, 4);
  if ([...start].length !== 1 || [...end].length !== 1) {
    throw builtinError('delimiters must be single characters');
  }
  let pattern = '^';
  let i = 0;
  while (i < source.length) {
    const at = source.indexOf(start, i);
    if (at < 0) {
      pattern += escapeRegExp(source.slice(i));
      break;
    }
    pattern += escapeRegExp(source.slice(i, at));
    let depth = 0;
    let j = at;
    for (; j < source.length; j++) {
      if (source[j] === start) depth++;
      else if (source[j] === end && --depth === 0) break;
    }
    if (j >= source.length) throw builtinError(`unbalanced braces in ${JSON.stringify(source)}`);
    pattern += `(?:${source.slice(at + 1, j)})`;
    i = j + 1;
  }
  return testRe2(`${pattern}$`, subject);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export const regex: BuiltinSpec[] = [
  builtin('regex.match', [str, str], bool, { host: matches }),
  builtin('re_match', [str, str], bool, { host: matches }),
  builtin('regex.is_valid', [str], bool, { host: isValid }),
  builtin('regex.split', [str, str], arrayOf(str), {
    host: (pattern, value) => splitRe2(stringOperand(pattern, 1), stringOperand(value, 2)),
  }),
  builtin('regex.find_n', [str, str, num], arrayOf(str), { host: findN }),
  builtin('regex.find_all_string_submatch_n', [str, str, num], arrayOf(arrayOf(str)), {
    host: findSubmatches,
  }),
  builtin('regex.replace', [str, str, str], str, {
    host: (s, pattern, value) =>
      replaceRe2(stringOperand(s, 1), stringOperand(pattern, 2), stringOperand(value, 3)),
  }),
  builtin('regex.template_match', [str, str, str, str], bool, { host: templateMatch }),
  builtin('regex.globs_match', [str, str], bool, {
    host: (a, b) => globsIntersect(stringOperand(a, 1), stringOperand(b, 2)),
  }),
];
