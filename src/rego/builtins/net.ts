// IP networks in CIDR notation.
import {
  any,
  anyArray,
  bool,
  builtin,
  collectionOf,
  objectOf,
  oneOf,
  setOf,
  str,
  tuple,
} from './decl.js';
import type { BuiltinSpec } from './spec.js';

const cidrsOrIps = oneOf(
  str,
  collectionOf(oneOf(str, anyArray)),
  objectOf(str, oneOf(str, anyArray)),
);

export const net: BuiltinSpec[] = [
  builtin('net.cidr_contains', [str, str], bool),
  builtin('net.cidr_intersects', [str, str], bool),
  builtin('net.cidr_overlap', [str, str], bool),
  builtin('net.cidr_is_valid', [str], bool),
  builtin('net.cidr_expand', [str], setOf(str)),
  builtin('net.cidr_merge', [collectionOf(oneOf(str))], setOf(str)),
  builtin('net.cidr_contains_matches', [cidrsOrIps, cidrsOrIps], setOf(tuple(any, any))),
];
