// Functions that fold a collection into one value.
import {
  any,
  anyArray,
  anyObject,
  anySet,
  arrayOf,
  bool,
  builtin,
  collectionOf,
  num,
  oneOf,
  setOf,
  str,
} from '../shared/decl.js';
import { collectionOperand } from '../shared/operands.js';
import type { BuiltinSpec } from '../shared/spec.js';

const numbersIn = oneOf(arrayOf(num), setOf(num));
const anyCollection = collectionOf(any);

export const aggregates: BuiltinSpec[] = [
  builtin('count', [oneOf(str, anyArray, anyObject, anySet)], num),
  builtin('sum', [numbersIn], num),
  builtin('product', [numbersIn], num),
  builtin('max', [anyCollection], any),
  builtin('min', [anyCollection], any),
  builtin('sort', [anyCollection], anyArray),
  builtin('all', [anyCollection], bool, {
    host: (c) => collectionOperand(c, 1).every((v) => v === true),
  }),
  builtin('any', [anyCollection], bool, {
    host: (c) => collectionOperand(c, 1).some((v) => v === true),
  }),
];
