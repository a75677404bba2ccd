// Rego values in linear memory, and OPA's total order over them.
//
// Every value starts with a u32 type tag; the tags are numbered in OPA's sort order
// (null < boolean < number < string < array < object < set), so comparing two values
// of different types is comparing their tags. Objects and sets are read in that order
// (iteration, comparison, output), so their members are sorted before anyone reads them
// by position. Small ones stay sorted on every insert (binary search); from INDEX_MIN
// members on they get a hash index, and an insert out of order only appends: the
// unsorted tail is sorted and merged in when the collection is next read in order. So
// building a set of n findings or an object of n grants costs O(n log n), not O(n^2),
// and a lookup costs one hash probe instead of log n comparisons.

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
//   string  [type, byte length @4, utf-8 bytes ptr @8, hash @12 (0: not computed yet)]
//   array   [type, length @4, capacity @8, elements ptr @12]
//   object  [type, length @4, capacity @8, keys ptr @12, values ptr @16, index @20,
//            sorted prefix length @24]
//   set     [type, length @4, capacity @8, elements ptr @12, unused @16, index @20,
//            sorted prefix length @24]
// A collection is in order when its sorted prefix is all of it. The index (0 until
// there is one) is [mask @0, used @4, slots @8...], a slot [hash, position + 1].

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

export const STRING_SIZE: usize = 16;

export function stringNew(bytes: usize, n: u32): usize {
  const v = alloc(STRING_SIZE);
  store<u32>(v, T_STRING);
  store<u32>(v, n, 4);
  store<usize>(v, bytes, 8);
  store<u32>(v, 0, 12);
  return v;
}

/** A string value over a fresh copy of `n` bytes. */
export function stringCopy(bytes: usize, n: u32): usize {
  const v = alloc(STRING_SIZE + <usize>n);
  store<u32>(v, T_STRING);
  store<u32>(v, n, 4);
  store<usize>(v, v + STRING_SIZE, 8);
  store<u32>(v, 0, 12);
  memory.copy(v + STRING_SIZE, bytes, n);
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

// Strings compare eight bytes at a time: keys in a catalog share long prefixes
// ("github:repo/acme/..."), and every object lookup and set insertion compares them.
function bytesCompare(a: usize, an: u32, b: usize, bn: u32): i32 {
  const n = an < bn ? an : bn;
  let i: u32 = 0;
  if (a != b) {
    for (; i + 8 <= n; i += 8) {
      const x = load<u64>(a + i);
      const y = load<u64>(b + i);
      // Little-endian loads: byte-swap so the first differing byte decides.
      if (x != y) return bswap<u64>(x) < bswap<u64>(y) ? -1 : 1;
    }
    for (; i < n; i++) {
      const x = load<u8>(a + i);
      const y = load<u8>(b + i);
      if (x != y) return x < y ? -1 : 1;
    }
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

/** The elements of an array or a set, in order. */
@inline export function elemsPtr(v: usize): usize {
  inOrder(v);
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

// ---- sets and objects: order, index, insertion

const COLLECTION_SIZE: usize = 28;
const INDEX_MIN: u32 = 16;

@inline function sortedLen(v: usize): u32 {
  return load<u32>(v, 24);
}

/** Sorts a set's or object's unsorted tail into place; a no-op for anything else. */
@inline export function inOrder(v: usize): void {
  if (typeOf(v) >= T_OBJECT && sortedLen(v) != len(v)) sortTail(v);
}

// The merged order is written back into the collection's own lists, never into new ones: a
// value parsed before an evaluation (the input, read by several entrypoints, and the data,
// by every evaluation) is sorted by the first one to read it, and the heap is then reset
// to just after that value. New lists would lie in the freed part, where the next
// evaluation's allocations overwrite them ("memory access out of bounds", or wrong members).
function sortTail(v: usize): void {
  const n = len(v);
  const m = sortedLen(v);
  const isObject = typeOf(v) == T_OBJECT;
  const keys = load<usize>(v, 12);
  // Sort the positions of the tail, then merge them with the sorted prefix: O(n + t log t).
  const t = n - m;
  const perm = alloc(<usize>t << 2);
  const tmp = alloc(<usize>t << 2);
  for (let i: u32 = 0; i < t; i++) store<u32>(perm + (<usize>i << 2), m + i);
  sortPositions(keys, perm, t, tmp);
  const nk = alloc(<usize>n << 2);
  const nv = isObject ? alloc(<usize>n << 2) : 0;
  const vals = isObject ? load<usize>(v, 16) : 0;
  // Where each member moved, so the index is renumbered instead of rehashed.
  const moved = alloc(<usize>n << 2);
  let i: u32 = 0;
  let j: u32 = 0;
  for (let k: u32 = 0; k < n; k++) {
    let from: u32;
    if (j >= t || (i < m && compare(keyAt(keys, i), keyAt(keys, load<u32>(perm + (<usize>j << 2)))) < 0)) {
      from = i++;
    } else {
      from = load<u32>(perm + (<usize>(j++) << 2));
    }
    store<u32>(moved + (<usize>from << 2), k);
    store<usize>(nk + (<usize>k << 2), keyAt(keys, from));
    if (isObject) store<usize>(nv + (<usize>k << 2), keyAt(vals, from));
  }
  memory.copy(keys, nk, <usize>n << 2);
  if (isObject) memory.copy(vals, nv, <usize>n << 2);
  store<u32>(v, n, 24);
  const idx = load<usize>(v, 20);
  if (idx == 0) return;
  const slots = <usize>load<u32>(idx) + 1;
  for (let s: usize = 0; s < slots; s++) {
    const slot = idx + 8 + (s << 3);
    const p = load<u32>(slot, 4);
    if (p != 0) store<u32>(slot, load<u32>(moved + (<usize>(p - 1) << 2)) + 1, 4);
  }
}

@inline function keyAt(list: usize, i: u32): usize {
  return load<usize>(list + (<usize>i << 2));
}

/** Merge sort of `n` positions into `list` by the values there (stable). */
function sortPositions(list: usize, perm: usize, n: u32, tmp: usize): void {
  if (n < 2) return;
  const h = n >> 1;
  sortPositions(list, perm, h, tmp);
  sortPositions(list, perm + (<usize>h << 2), n - h, tmp);
  let i: u32 = 0;
  let j: u32 = h;
  let k: u32 = 0;
  while (i < h && j < n) {
    const x = load<u32>(perm + (<usize>i << 2));
    const y = load<u32>(perm + (<usize>j << 2));
    if (compare(keyAt(list, y), keyAt(list, x)) < 0) {
      store<u32>(tmp + (<usize>(k++) << 2), y);
      j++;
    } else {
      store<u32>(tmp + (<usize>(k++) << 2), x);
      i++;
    }
  }
  while (i < h) store<u32>(tmp + (<usize>(k++) << 2), load<u32>(perm + (<usize>(i++) << 2)));
  while (j < n) store<u32>(tmp + (<usize>(k++) << 2), load<u32>(perm + (<usize>(j++) << 2)));
  memory.copy(perm, tmp, <usize>n << 2);
}

/** (Re)builds the index of every member at its current position. */
function indexBuild(v: usize): void {
  const n = len(v);
  let cap: u32 = 32;
  while (cap < n * 2 + 2) cap <<= 1;
  const idx = alloc(8 + (<usize>cap << 3));
  memory.fill(idx + 8, 0, <usize>cap << 3);
  store<u32>(idx, cap - 1);
  store<u32>(idx, n, 4);
  const keys = load<usize>(v, 12);
  for (let i: u32 = 0; i < n; i++) slotPut(idx, hashValue(keyAt(keys, i)), i);
  store<usize>(v, idx, 20);
}

function slotPut(idx: usize, h: u32, pos: u32): void {
  const mask = load<u32>(idx);
  let i = h & mask;
  while (load<u32>(idx + 8 + (<usize>i << 3), 4) != 0) i = (i + 1) & mask;
  const slot = idx + 8 + (<usize>i << 3);
  store<u32>(slot, h);
  store<u32>(slot, pos + 1, 4);
}

/** Position of `x` among the members of indexed `v` (any order), or -1. */
function indexFind(v: usize, x: usize, h: u32): i32 {
  const idx = load<usize>(v, 20);
  const mask = load<u32>(idx);
  const keys = load<usize>(v, 12);
  let i = h & mask;
  while (true) {
    const slot = idx + 8 + (<usize>i << 3);
    const p = load<u32>(slot, 4);
    if (p == 0) return -1;
    if (load<u32>(slot) == h) {
      const k = keyAt(keys, p - 1);
      if (k == x || compare(k, x) == 0) return <i32>(p - 1);
    }
    i = (i + 1) & mask;
  }
}

/**
 * Position of `x` in `v`, or -(where to insert it) - 1: by the index when there is one
 * (an indexed collection appends, so that is its length), else by binary search.
 */
// The hash locate() last computed, so addNew() right after it does not hash again.
let locatedHash: u32 = 0;

function locate(v: usize, x: usize): i32 {
  if (load<usize>(v, 20) != 0) {
    locatedHash = hashValue(x);
    const i = indexFind(v, x, locatedHash);
    return i >= 0 ? i : -(<i32>len(v)) - 1;
  }
  // Interned keys (json.as.ts) are often the very value looked up: try pointers first.
  const keys = load<usize>(v, 12);
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) if (keyAt(keys, i) == x) return <i32>i;
  return search(keys, n, x);
}

/** Position of `x` in `v`, or -1. */
function find(v: usize, x: usize): i32 {
  const i = locate(v, x);
  return i >= 0 ? i : -1;
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

/**
 * Adds the new member `k` (and value `x` for an object) to `v`, which does not hold it,
 * at position `at` from locate(). Unindexed collections insert in order and get an
 * index when they reach INDEX_MIN; indexed ones append and note whether the order
 * still holds.
 */
function addNew(v: usize, k: usize, x: usize, at: u32): void {
  const n = len(v);
  const isObject = typeOf(v) == T_OBJECT;
  const cap = load<u32>(v, 8);
  const grow = n == cap;
  store<usize>(insertSlot(v, 12, n, at, grow), k);
  if (isObject) store<usize>(insertSlot(v, 16, n, at, grow), x);
  if (grow) store<u32>(v, cap < 4 ? 4 : cap * 2, 8);
  store<u32>(v, n + 1, 4);
  const idx = load<usize>(v, 20);
  if (idx == 0) {
    store<u32>(v, n + 1, 24);
    if (n + 1 >= INDEX_MIN) indexBuild(v);
    return;
  }
  // Still in order when everything was and the new member sorts last.
  if (sortedLen(v) == n && (n == 0 || compare(keyAt(load<usize>(v, 12), n - 1), k) < 0))
    store<u32>(v, n + 1, 24);
  const used = load<u32>(idx, 4) + 1;
  const target = used * 2 > load<u32>(idx) ? indexGrow(v, idx) : idx;
  store<u32>(target, used, 4);
  slotPut(target, locatedHash, n);
}

/** A table twice the size holding the same slots: the hashes are in them, none recomputed. */
function indexGrow(v: usize, idx: usize): usize {
  const slots = load<u32>(idx) + 1;
  const cap = slots << 1;
  const grown = alloc(8 + (<usize>cap << 3));
  memory.fill(grown + 8, 0, <usize>cap << 3);
  store<u32>(grown, cap - 1);
  store<u32>(grown, load<u32>(idx, 4), 4);
  for (let i: u32 = 0; i < slots; i++) {
    const slot = idx + 8 + (<usize>i << 3);
    const p = load<u32>(slot, 4);
    if (p != 0) slotPut(grown, load<u32>(slot), p - 1);
  }
  store<usize>(v, grown, 20);
  return grown;
}

function collectionNew(type: u32): usize {
  const v = alloc(COLLECTION_SIZE);
  memory.fill(v, 0, COLLECTION_SIZE);
  store<u32>(v, type);
  return v;
}

export function setNew(): usize {
  return collectionNew(T_SET);
}

export function setAdd(v: usize, x: usize): void {
  const i = locate(v, x);
  if (i < 0) addNew(v, x, 0, <u32>(-i - 1));
}

export function setContains(v: usize, x: usize): bool {
  return find(v, x) >= 0;
}

/** The member of set `v` equal to `x`, or 0. */
function setGet(v: usize, x: usize): usize {
  const i = find(v, x);
  return i >= 0 ? keyAt(load<usize>(v, 12), <u32>i) : 0;
}

export function objectNew(): usize {
  return collectionNew(T_OBJECT);
}

@inline export function keysPtr(v: usize): usize {
  inOrder(v);
  return load<usize>(v, 12);
}

@inline export function valsPtr(v: usize): usize {
  inOrder(v);
  return load<usize>(v, 16);
}

@inline export function objectKey(v: usize, i: u32): usize {
  return load<usize>(keysPtr(v) + (<usize>i << 2));
}

@inline export function objectVal(v: usize, i: u32): usize {
  return load<usize>(valsPtr(v) + (<usize>i << 2));
}

export function objectGet(v: usize, k: usize): usize {
  const i = find(v, k);
  return i >= 0 ? keyAt(load<usize>(v, 16), <u32>i) : 0;
}

// The last small object's keys (in the order they came) and the order that sorts them:
// records in an array repeat their keys, interned to the same values, so the next
// object with the very same keys is laid out without comparing any.
let shapeM: u32 = 0;
let shapeKeys: usize = 0;
let shapePerm: usize = 0;

/** Forgets the last shape: its key values may not outlive one parse. */
export function shapeReset(): void {
  shapeM = 0;
}

/**
 * An object from `m` [key, value] pairs at `pairs` in any order, a later pair winning
 * over an earlier one with the same key (JSON's rule): a small object is sorted once
 * into lists of its exact size instead of growing and shifting them key by key.
 */
export function objectFromPairs(pairs: usize, m: u32): usize {
  const v = objectNew();
  if (m >= INDEX_MIN) {
    for (let j: u32 = 0; j < m; j++) {
      const pair = pairs + (<usize>j << 3);
      objectInsert(v, load<usize>(pair), load<usize>(pair, 4));
    }
    return v;
  }
  if (m == 0) return v;
  let same = m == shapeM;
  for (let j: u32 = 0; same && j < m; j++)
    same = load<usize>(pairs + (<usize>j << 3)) == keyAt(shapeKeys, j);
  let order = shapePerm;
  let n = m;
  if (!same) {
    // Insertion sort of pair numbers by key; an equal key replaces the earlier pair.
    order = alloc(<usize>m << 2);
    n = 0;
    for (let j: u32 = 0; j < m; j++) {
      const k = load<usize>(pairs + (<usize>j << 3));
      let i = n;
      let c: i32 = 1;
      while (i > 0) {
        c = compare(load<usize>(pairs + (<usize>load<u32>(order + (<usize>(i - 1) << 2)) << 3)), k);
        if (c <= 0) break;
        i--;
      }
      if (i > 0 && c == 0) {
        store<u32>(order + (<usize>(i - 1) << 2), j);
        continue;
      }
      if (i < n) memory.copy(order + (<usize>(i + 1) << 2), order + (<usize>i << 2), <usize>(n - i) << 2);
      store<u32>(order + (<usize>i << 2), j);
      n++;
    }
    if (n == m) {
      shapeM = m;
      shapePerm = order;
      shapeKeys = alloc(<usize>m << 2);
      for (let j: u32 = 0; j < m; j++)
        store<usize>(shapeKeys + (<usize>j << 2), load<usize>(pairs + (<usize>j << 3)));
    }
  }
  const keys = alloc(<usize>n << 2);
  const vals = alloc(<usize>n << 2);
  for (let i: u32 = 0; i < n; i++) {
    const pair = pairs + (<usize>load<u32>(order + (<usize>i << 2)) << 3);
    store<usize>(keys + (<usize>i << 2), load<usize>(pair));
    store<usize>(vals + (<usize>i << 2), load<usize>(pair, 4));
  }
  store<u32>(v, n, 4);
  store<u32>(v, n, 8);
  store<usize>(v, keys, 12);
  store<usize>(v, vals, 16);
  store<u32>(v, n, 24);
  return v;
}

export function objectInsert(v: usize, k: usize, x: usize): void {
  const i = locate(v, k);
  if (i >= 0) {
    store<usize>(load<usize>(v, 16) + (<usize>i << 2), x);
    return;
  }
  addNew(v, k, x, <u32>(-i - 1));
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
  store<u32>(c, n, 24);
  if (n >= INDEX_MIN) indexBuild(c);
  return c;
}

/** Replaces the members of object `dst` with those of `src` (same identity, new content). */
export function objectAssign(dst: usize, src: usize): void {
  memory.copy(dst, src, COLLECTION_SIZE);
}

// ---- hashing, consistent with equality under `compare`

@inline function mix(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x7feb352d;
  h ^= h >>> 15;
  h *= 0x846ca68b;
  h ^= h >>> 16;
  return h;
}

@inline function mix64(x: u64): u32 {
  return mix(<u32>x ^ mix(<u32>(x >>> 32)));
}

export const HASH_SEED: u32 = 2166136261;

/** One byte into a string hash (FNV-1a); json.as.ts hashes while it scans. */
@inline export function hashByte(h: u32, b: u32): u32 {
  return (h ^ b) * 16777619;
}

/** The final string hash of `n` bytes hashed into `h`: never 0, which means "not yet". */
@inline export function hashFinish(h: u32, n: u32): u32 {
  h = mix(h ^ n);
  return h == 0 ? 1 : h;
}

export function stringHash(v: usize): u32 {
  let h = load<u32>(v, 12);
  if (h != 0) return h;
  h = HASH_SEED;
  const p = strPtr(v);
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) h = hashByte(h, load<u8>(p + i));
  h = hashFinish(h, n);
  store<u32>(v, h, 12);
  return h;
}

/** Whether the `n` bytes at `a` and at `b` are the same. */
export function bytesEqual(a: usize, b: usize, n: u32): bool {
  return a == b || bytesCompare(a, n, b, n) == 0;
}

// Equal numbers hash alike whatever their representation: an integral float in i64
// range hashes as that integer (1.0 as 1); a big integer, which never fits in i64, as
// its f64 value, which is what compare() holds it equal to.
function numberHash(v: usize): u32 {
  const k = load<u32>(v, 4);
  if (k == K_INT) return mix64(<u64>load<i64>(v, 8));
  const f = toF64(v);
  if (k == K_FLOAT && Math.trunc(f) == f && f >= -9223372036854775808.0 && f < 9223372036854775808.0)
    return mix64(<u64><i64>f);
  return mix64(reinterpret<u64>(f == 0 ? 0.0 : f));
}

export function hashValue(v: usize): u32 {
  if (v == 0) return 0;
  const t = typeOf(v);
  switch (t) {
    case T_NULL:
      return 0x9e3779b9;
    case T_BOOLEAN:
      return boolValue(v) ? 0x85ebca6b : 0xc2b2ae35;
    case T_NUMBER:
      return numberHash(v);
    case T_STRING:
      return stringHash(v);
    case T_ARRAY: {
      let h: u32 = 0x27d4eb2f;
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) h = mix(h * 31 + hashValue(arrayGet(v, i)));
      return h;
    }
    case T_OBJECT: {
      // Order-independent, so hashing never has to sort.
      let h: u32 = 0x165667b1 + len(v);
      const n = len(v);
      const keys = load<usize>(v, 12);
      const vals = load<usize>(v, 16);
      for (let i: u32 = 0; i < n; i++)
        h += mix(hashValue(keyAt(keys, i)) * 31 + hashValue(keyAt(vals, i)));
      return mix(h);
    }
    case T_SET: {
      let h: u32 = 0xd3a2646c + len(v);
      const n = len(v);
      const elems = load<usize>(v, 12);
      for (let i: u32 = 0; i < n; i++) h += hashValue(keyAt(elems, i));
      return mix(h);
    }
  }
  return 0;
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
  if (t == T_SET) return setGet(v, k);
  return 0;
}

import { numberToIndex, numberInt, toF64, K_INT, K_FLOAT } from "./number.as";

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

/** A set's or object's keys in their current order (maybe unsorted); 0 for the rest. */
export function scanKeys(v: usize): usize {
  if (v == 0) return 0;
  const t = typeOf(v);
  return t == T_OBJECT || t == T_SET ? load<usize>(v, 12) : 0;
}

/** The values beside scanKeys(v): an object's values, a set's members. */
export function scanValues(v: usize): usize {
  if (v == 0) return 0;
  const t = typeOf(v);
  if (t == T_OBJECT) return load<usize>(v, 16);
  return t == T_SET ? load<usize>(v, 12) : 0;
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
      const ka = keysPtr(a);
      const kb = keysPtr(b);
      const va = load<usize>(a, 16);
      const vb = load<usize>(b, 16);
      for (let i: u32 = 0; i < n; i++) {
        let c = compare(keyAt(ka, i), keyAt(kb, i));
        if (c != 0) return c;
        c = compare(keyAt(va, i), keyAt(vb, i));
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
