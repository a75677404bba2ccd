// IP networks in CIDR notation.
import {
  any,
  arrayOf,
  anyArray,
  bool,
  builtin,
  collectionOf,
  objectOf,
  oneOf,
  setOf,
  str,
  tuple,
} from '../shared/decl.js';
import { builtinError, typeError } from '../shared/errors.js';
import {
  type Prefix,
  contains,
  formatCidr,
  formatIp,
  lastAddress,
  parseCidr,
  parseCidrOrIp,
} from './ip.js';
import { isObject, kindOf, stringOperand } from '../shared/operands.js';
import { toSet } from '../shared/order.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

const EXPAND_LIMIT = 65536n;

function intersects(a: Json, b: Json): Json {
  const x = parseCidr(stringOperand(a, 1));
  const y = parseCidr(stringOperand(b, 2));
  return x.version === y.version && x.base <= lastAddress(y) && y.base <= lastAddress(x);
}

function isValid(value: Json): Json {
  if (typeof value !== 'string') return false;
  try {
    parseCidr(value);
    return true;
  } catch {
    return false;
  }
}

function expand(value: Json): Json {
  const p = parseCidr(stringOperand(value, 1));
  const last = lastAddress(p);
  if (last - p.base + 1n > EXPAND_LIMIT) {
    throw builtinError(`CIDR ${formatCidr(p)} expands to more than ${EXPAND_LIMIT} addresses`);
  }
  const out: string[] = [];
  for (let ip = p.base; ip <= last; ip++) out.push(formatIp(p.version, ip));
  return out;
}

/** The smallest set of prefixes covering the same addresses. */
function merge(value: Json): Json {
  if (!Array.isArray(value)) {
    throw typeError(`operand 1 must be one of {set, array} but got ${kindOf(value)}`);
  }
  const prefixes = value.map((v) => {
    if (typeof v !== 'string')
      throw typeError(`operand 1 must be array of strings but got array containing ${kindOf(v)}`);
    const prefix = parseCidrOrIp(v);
    // A bare IPv4 address stands for its /32; an IPv6 address must say its prefix.
    if (prefix.version === 6 && !v.includes('/')) {
      throw builtinError('IPv6 invalid: needs prefix length');
    }
    return prefix;
  });
  const out: string[] = [];
  for (const version of [4, 6] as const) {
    const ranges = prefixes
      .filter((p) => p.version === version)
      .map((p) => [p.base, lastAddress(p)] as [bigint, bigint])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: [bigint, bigint][] = [];
    for (const r of ranges) {
      const top = merged[merged.length - 1];
      if (top && r[0] <= top[1] + 1n) top[1] = r[1] > top[1] ? r[1] : top[1];
      else merged.push([...r]);
    }
    for (const [start, end] of merged) out.push(...rangeToCidrs(version, start, end));
  }
  return toSet(out);
}

function rangeToCidrs(version: 4 | 6, start: bigint, end: bigint): string[] {
  const w = version === 4 ? 32 : 128;
  const out: string[] = [];
  let s = start;
  while (s <= end) {
    let size = 0;
    while (
      size < w &&
      (s & ((1n << BigInt(size + 1)) - 1n)) === 0n &&
      s + (1n << BigInt(size + 1)) - 1n <= end
    ) {
      size++;
    }
    out.push(formatCidr({ version, base: s, bits: w - size }));
    s += 1n << BigInt(size);
  }
  return out;
}

/** Entries of a cidrs-or-addresses operand with their keys: index, element or object key. */
function entries(value: Json, position: number): [Json, string][] {
  const item = (v: Json): string => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
    throw typeError(
      `operand ${position} must be one of {string, array, set, object} but got ${kindOf(v)}`,
    );
  };
  if (typeof value === 'string') return [[value, value]];
  if (Array.isArray(value)) return value.map((v, i) => [i, item(v)]);
  if (isObject(value)) return Object.entries(value).map(([k, v]) => [k, item(v)]);
  throw typeError(
    `operand ${position} must be one of {string, array, set, object} but got ${kindOf(value)}`,
  );
}

function containsMatches(cidrs: Json, targets: Json): Json {
  const outer = entries(cidrs, 1).map(([k, v]) => [k, parseCidrOrIp(v)] as [Json, Prefix]);
  const inner = entries(targets, 2).map(([k, v]) => [k, parseCidrOrIp(v)] as [Json, Prefix]);
  const out: Json[] = [];
  for (const [ok, o] of outer) for (const [ik, i] of inner) if (contains(o, i)) out.push([ok, ik]);
  return toSet(out);
}

const cidrsOrIps = oneOf(
  str,
  collectionOf(oneOf(str, anyArray)),
  objectOf(str, oneOf(str, anyArray)),
);

export const cidr: BuiltinSpec[] = [
  builtin('net.cidr_contains', [str, str], bool),
  builtin('net.cidr_intersects', [str, str], bool, { host: intersects }),
  builtin('net.cidr_overlap', [str, str], bool, {
    host: (a, b) => contains(parseCidr(stringOperand(a, 1)), parseCidrOrIp(stringOperand(b, 2))),
  }),
  builtin('net.cidr_is_valid', [str], bool, { host: isValid }),
  builtin('net.cidr_expand', [str], setOf(str), { host: expand }),
  builtin('net.cidr_merge', [oneOf(arrayOf(oneOf(str)), setOf(str))], setOf(str), { host: merge }),
  builtin('net.cidr_contains_matches', [cidrsOrIps, cidrsOrIps], setOf(tuple(any, any)), {
    host: containsMatches,
  }),
];
