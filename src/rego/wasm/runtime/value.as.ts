// Rego values in linear memory, and OPA's total order over them.
//
// Every value starts with a u32 type tag; the tags are numbered in OPA's sort order
// (null < boolean < number < string < array < object < set), so comparing two values
// of different types is comparing their tags. Objects and sets keep their members
// sorted by that order: lookups are binary searches, and iteration and output come
// out in the order OPA prints them without a sort at dump time.

import { alloc, realloc } from "./heap.as";
import { numCompare } from "./number.as";

export const T_NULL: u32 = 1;
export const T_BOOLEAN: u32 = 2;
export const T_NUMBER: u32 = 3;
export const T_STRING: u32 = 4;
export const T_ARRAY: u32 = 5;
export const T_OBJECT: u32 = 6;
export const T_SET: u32 = 7;

// Layouts (byte offsets):
//   boolean [type, value]
//   number  [type, kind, i64|f64 @8, text ptr @16, text len @20]  (see number.as.ts)
//   string  [type, byte length @4, utf-8 bytes ptr @8]
//   array   [type, length @4, capacity @8, elements ptr @12]
//   object  [type, length @4, capacity @8, keys ptr @12, values ptr @16]
//   set     [type, length @4, capacity @8, elements ptr @12]

export const NULL_VALUE: usize = memory.data<u32>([1, 0]);
export const TRUE_VALUE: usize = memory.data<u32>([2, 1]);
export const FALSE_VALUE: usize = memory.data<u32>([2, 0]);

@inline export function typeOf(v: usize): u32 {
  return load<u32>(v);
}

@inline export function len(v: usize): u32 {
  return load<u32>(v, 4);
}

export function boolean(b: bool): usize {
  return b ? TRUE_VALUE : FALSE_VALUE;
}

@inline export function boolValue(v: usize): bool {
  return load<u32>(v, 4) != 0;
}

export function isTrue(v: usize): bool {
  return v != 0 && typeOf(v) == T_BOOLEAN && boolValue(v);
}

// ---- strings

export function stringNew(bytes: usize, n: u32): usize {
  const v = alloc(12);
  store<u32>(v, T_STRING);
  store<u32>(v, n, 4);
  store<usize>(v, bytes, 8);
  return v;
}

/** A string value over a fresh copy of `n` bytes. */
export function stringCopy(bytes: usize, n: u32): usize {
  const v = alloc(12 + <usize>n);
  store<u32>(v, T_STRING);
  store<u32>(v, n, 4);
  store<usize>(v, v + 12, 8);
  memory.copy(v + 12, bytes, n);
  return v;
}

@inline export function strPtr(v: usize): usize {
  return load<usize>(v, 8);
}

export function stringFromLiteral(s: string): usize {
  const n = <u32>s.length;
  const buf = alloc(<usize>n);
  for (let i: u32 = 0; i < n; i++) store<u8>(buf + i, <u8>s.charCodeAt(i));
  return stringNew(buf, n);
}

function bytesCompare(a: usize, an: u32, b: usize, bn: u32): i32 {
  const n = an < bn ? an : bn;
  for (let i: u32 = 0; i < n; i++) {
    const x = load<u8>(a + i);
    const y = load<u8>(b + i);
    if (x != y) return x < y ? -1 : 1;
  }
  return an == bn ? 0 : an < bn ? -1 : 1;
}

// ---- arrays

export function arrayNew(cap: u32): usize {
  const v = alloc(16);
  store<u32>(v, T_ARRAY);
  store<u32>(v, 0, 4);
  store<u32>(v, cap, 8);
  store<usize>(v, cap > 0 ? alloc(<usize>cap << 2) : 0, 12);
  return v;
}

@inline export function arrayGet(v: usize, i: u32): usize {
  return load<usize>(load<usize>(v, 12) + (<usize>i << 2));
}

@inline export function elemsPtr(v: usize): usize {
  return load<usize>(v, 12);
}

export function arrayAppend(v: usize, x: usize): void {
  const n = len(v);
  let cap = load<u32>(v, 8);
  if (n == cap) {
    const ncap = cap < 4 ? 4 : cap * 2;
    store<usize>(v, realloc(load<usize>(v, 12), <usize>cap << 2, <usize>ncap << 2), 12);
    store<u32>(v, ncap, 8);
  }
  store<usize>(load<usize>(v, 12) + (<usize>n << 2), x);
  store<u32>(v, n + 1, 4);
}

// ---- sets

export function setNew(): usize {
  const v = alloc(16);
  store<u32>(v, T_SET);
  store<u32>(v, 0, 4);
  store<u32>(v, 0, 8);
  store<usize>(v, 0, 12);
  return v;
}

/** Index of `x` in the sorted pointer list, or -(insertion point) - 1. */
function search(elems: usize, n: u32, x: usize): i32 {
  if (n > 0 && compare(load<usize>(elems + ((<usize>n - 1) << 2)), x) < 0) return -(<i32>n) - 1;
  let lo: i32 = 0;
  let hi: i32 = <i32>n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(load<usize>(elems + (<usize>mid << 2)), x);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

/** Makes room at `at` in the pointer list at `field` of a collection holding `n`. */
function insertSlot(v: usize, field: usize, n: u32, at: u32, grow: bool): usize {
  const cap = load<u32>(v, 8);
  let list = load<usize>(v + field);
  if (grow) {
    const ncap = cap < 4 ? 4 : cap * 2;
    list = realloc(list, <usize>cap << 2, <usize>ncap << 2);
    store<usize>(v + field, list);
  }
  const p = list + (<usize>at << 2);
  if (at < n) memory.copy(p + 4, p, (<usize>(n - at)) << 2);
  return p;
}

export function setAdd(v: usize, x: usize): void {
  const n = len(v);
  const i = search(elemsPtr(v), n, x);
  if (i >= 0) return;
  const at = <u32>(-i - 1);
  const cap = load<u32>(v, 8);
  store<usize>(insertSlot(v, 12, n, at, n == cap), x);
  if (n == cap) store<u32>(v, cap < 4 ? 4 : cap * 2, 8);
  store<u32>(v, n + 1, 4);
}

export function setContains(v: usize, x: usize): bool {
  return search(elemsPtr(v), len(v), x) >= 0;
}

// ---- objects

export function objectNew(): usize {
  const v = alloc(20);
  store<u32>(v, T_OBJECT);
  store<u32>(v, 0, 4);
  store<u32>(v, 0, 8);
  store<usize>(v, 0, 12);
  store<usize>(v, 0, 16);
  return v;
}

@inline export function keysPtr(v: usize): usize {
  return load<usize>(v, 12);
}

@inline export function valsPtr(v: usize): usize {
  return load<usize>(v, 16);
}

@inline export function objectKey(v: usize, i: u32): usize {
  return load<usize>(keysPtr(v) + (<usize>i << 2));
}

@inline export function objectVal(v: usize, i: u32): usize {
  return load<usize>(valsPtr(v) + (<usize>i << 2));
}

export function objectGet(v: usize, k: usize): usize {
  const i = search(keysPtr(v), len(v), k);
  return i >= 0 ? objectVal(v, <u32>i) : 0;
}

export function objectInsert(v: usize, k: usize, x: usize): void {
  const n = len(v);
  const i = search(keysPtr(v), n, k);
  if (i >= 0) {
    store<usize>(valsPtr(v) + (<usize>i << 2), x);
    return;
  }
  const at = <u32>(-i - 1);
  const cap = load<u32>(v, 8);
  const grow = n == cap;
  store<usize>(insertSlot(v, 12, n, at, grow), k);
  store<usize>(insertSlot(v, 16, n, at, grow), x);
  if (grow) store<u32>(v, cap < 4 ? 4 : cap * 2, 8);
  store<u32>(v, n + 1, 4);
}

export function objectShallowCopy(v: usize): usize {
  const n = len(v);
  const c = objectNew();
  if (n == 0) return c;
  const keys = alloc(<usize>n << 2);
  const vals = alloc(<usize>n << 2);
  memory.copy(keys, keysPtr(v), <usize>n << 2);
  memory.copy(vals, valsPtr(v), <usize>n << 2);
  store<u32>(c, n, 4);
  store<u32>(c, n, 8);
  store<usize>(c, keys, 12);
  store<usize>(c, vals, 16);
  return c;
}

/** Recursive merge of two objects; on a key both hold with non-object values, `a` wins. */
export function merge(a: usize, b: usize): usize {
  if (a == 0) return b;
  if (b == 0) return a;
  if (typeOf(a) != T_OBJECT || typeOf(b) != T_OBJECT) return 0;
  const r = objectShallowCopy(a);
  const n = len(b);
  for (let i: u32 = 0; i < n; i++) {
    const k = objectKey(b, i);
    const bv = objectVal(b, i);
    const av = objectGet(r, k);
    if (av == 0) {
      objectInsert(r, k, bv);
    } else if (typeOf(av) == T_OBJECT && typeOf(bv) == T_OBJECT) {
      objectInsert(r, k, merge(av, bv));
    }
  }
  return r;
}

// ---- generic access

/** `v[k]` for arrays, objects and sets (a set yields the member itself); 0 if none. */
export function get(v: usize, k: usize): usize {
  if (v == 0 || k == 0) return 0;
  const t = typeOf(v);
  if (t == T_OBJECT) return objectGet(v, k);
  if (t == T_ARRAY) {
    if (typeOf(k) != T_NUMBER) return 0;
    const i = numberToIndex(k);
    if (i < 0 || <u32>i >= len(v)) return 0;
    return arrayGet(v, <u32>i);
  }
  if (t == T_SET) {
    const i = search(elemsPtr(v), len(v), k);
    return i >= 0 ? load<usize>(elemsPtr(v) + (<usize>i << 2)) : 0;
  }
  return 0;
}

import { numberToIndex, numberInt } from "./number.as";

/** The number of elements, or 0 for scalars; strings count code points. */
export function length(v: usize): u32 {
  const t = typeOf(v);
  if (t == T_STRING) return utf8Count(strPtr(v), len(v));
  if (t == T_ARRAY || t == T_OBJECT || t == T_SET) return len(v);
  return 0;
}

export function utf8Count(p: usize, n: u32): u32 {
  let c: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    if ((load<u8>(p + i) & 0xc0) != 0x80) c++;
  }
  return c;
}

/** The key at position `i` of a collection, as ScanStmt binds it. */
export function iterKey(v: usize, i: u32): usize {
  const t = typeOf(v);
  if (t == T_ARRAY) return numberInt(<i64>i);
  if (t == T_OBJECT) return objectKey(v, i);
  return load<usize>(elemsPtr(v) + (<usize>i << 2));
}

export function iterValue(v: usize, i: u32): usize {
  const t = typeOf(v);
  if (t == T_OBJECT) return objectVal(v, i);
  return load<usize>(elemsPtr(v) + (<usize>i << 2));
}

/** How many positions a scan visits: 0 for scalars, which are not iterable. */
export function iterCount(v: usize): u32 {
  if (v == 0) return 0;
  const t = typeOf(v);
  if (t == T_ARRAY || t == T_OBJECT || t == T_SET) return len(v);
  return 0;
}

// ---- the total order

export function compare(a: usize, b: usize): i32 {
  if (a == b) return 0;
  if (a == 0) return -1;
  if (b == 0) return 1;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta != tb) return ta < tb ? -1 : 1;
  switch (ta) {
    case T_NULL:
      return 0;
    case T_BOOLEAN: {
      const x = load<u32>(a, 4);
      const y = load<u32>(b, 4);
      return x == y ? 0 : x < y ? -1 : 1;
    }
    case T_NUMBER:
      return numCompare(a, b);
    case T_STRING:
      return bytesCompare(strPtr(a), len(a), strPtr(b), len(b));
    case T_ARRAY:
    case T_SET: {
      const an = len(a);
      const bn = len(b);
      const n = an < bn ? an : bn;
      const ea = elemsPtr(a);
      const eb = elemsPtr(b);
      for (let i: u32 = 0; i < n; i++) {
        const c = compare(load<usize>(ea + (<usize>i << 2)), load<usize>(eb + (<usize>i << 2)));
        if (c != 0) return c;
      }
      return an == bn ? 0 : an < bn ? -1 : 1;
    }
    case T_OBJECT: {
      const an = len(a);
      const bn = len(b);
      const n = an < bn ? an : bn;
      for (let i: u32 = 0; i < n; i++) {
        let c = compare(objectKey(a, i), objectKey(b, i));
        if (c != 0) return c;
        c = compare(objectVal(a, i), objectVal(b, i));
        if (c != 0) return c;
      }
      return an == bn ? 0 : an < bn ? -1 : 1;
    }
  }
  return 0;
}

export function equal(a: usize, b: usize): bool {
  return compare(a, b) == 0;
}
