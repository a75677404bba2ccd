// Builtins implemented in the module, for the calls policies make per grant in hot
// loops. The emitter finds them by export name: `b_<rego name with dots as _>`.
// On operands of the wrong type a builtin returns mismatch's result, and on a real error
// builtinError's: an abort with OPA's message (`eval_type_error` / `eval_builtin_error`)
// when errors are strict, undefined (0) otherwise, as OPA has it by default.

import { alloc, builtinError } from "./heap.as";
import {
  T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT, T_SET,
  TRUE_VALUE, FALSE_VALUE, NULL_VALUE, typeOf, len, boolean, compare, equal,
  stringNew, stringFromLiteral, strPtr, arrayNew, arrayAppend, arrayGet, elemsPtr,
  setNew, setAdd, setContains, objectNew, objectInsert, objectGet, objectKey, objectVal,
  get, utf8Count,
} from "./value.as";
import {
  numberInt, numberFloat, isInt, isInteger, intValue, toF64, isWhole, isZero, numPlus, numMinus, numMul,
  numDiv, numRem, numAbs, numRound, numCeil, numFloor, numberParse, formatI64, numCompare,
  integerInBase,
} from "./number.as";
import { putUtf8 } from "./json.as";
import { mismatch, memberMismatch, valueName } from "./operands.as";

@external("env", "opa_builtin1")
declare function opa_builtin1(id: i32, ctx: usize, a: usize): usize;

@inline function isNum(v: usize): bool { return typeOf(v) == T_NUMBER; }
@inline function isStr(v: usize): bool { return typeOf(v) == T_STRING; }
@inline function isSet(v: usize): bool { return typeOf(v) == T_SET; }
@inline function isObj(v: usize): bool { return typeOf(v) == T_OBJECT; }
@inline function isArr(v: usize): bool { return typeOf(v) == T_ARRAY; }
@inline function isColl(v: usize): bool { return isArr(v) || isSet(v); }

// ---- comparison

export function b_eq(a: usize, b: usize): usize { return boolean(equal(a, b)); }
export function b_equal(a: usize, b: usize): usize { return boolean(equal(a, b)); }
export function b_neq(a: usize, b: usize): usize { return boolean(!equal(a, b)); }
export function b_lt(a: usize, b: usize): usize { return boolean(compare(a, b) < 0); }
export function b_lte(a: usize, b: usize): usize { return boolean(compare(a, b) <= 0); }
export function b_gt(a: usize, b: usize): usize { return boolean(compare(a, b) > 0); }
export function b_gte(a: usize, b: usize): usize { return boolean(compare(a, b) >= 0); }

// ---- arithmetic and sets

/** Whether `a` or `b` is not a number, after raising OPA's operand error for the first such. */
function notNumbers(a: usize, b: usize, first: string, second: string): bool {
  if (!isNum(a)) {
    mismatch(first, a);
    return true;
  }
  if (!isNum(b)) {
    mismatch(second, b);
    return true;
  }
  return false;
}

export function b_plus(a: usize, b: usize): usize {
  if (notNumbers(a, b, "plus: operand 1 must be number but got ", "plus: operand 2 must be number but got ")) return 0;
  return numPlus(a, b);
}

export function b_minus(a: usize, b: usize): usize {
  if (isNum(a) && isNum(b)) return numMinus(a, b);
  if (isSet(a) && isSet(b)) {
    const r = setNew();
    const n = len(a);
    for (let i: u32 = 0; i < n; i++) {
      const x = load<usize>(elemsPtr(a) + (<usize>i << 2));
      if (!setContains(b, x)) setAdd(r, x);
    }
    return r;
  }
  if (!isNum(a) && !isSet(a)) return mismatch("minus: operand 1 must be one of {number, set} but got ", a);
  if (isNum(b)) return mismatch("minus: operand 2 must be set but got ", b);
  return mismatch("minus: operand 2 must be number but got ", b);
}

export function b_mul(a: usize, b: usize): usize {
  if (notNumbers(a, b, "mul: operand 1 must be number but got ", "mul: operand 2 must be number but got ")) return 0;
  return numMul(a, b);
}

export function b_div(a: usize, b: usize): usize {
  if (notNumbers(a, b, "div: operand 1 must be number but got ", "div: operand 2 must be number but got ")) return 0;
  if (isZero(b)) return builtinError("div: divide by zero");
  return numDiv(a, b);
}

export function b_rem(a: usize, b: usize): usize {
  if (notNumbers(a, b, "rem: operand 1 must be number but got ", "rem: operand 2 must be number but got ")) return 0;
  if (!isWhole(a) || !isWhole(b)) return builtinError("rem: modulo on floating-point number");
  if (isZero(b)) return builtinError("rem: modulo by zero");
  return numRem(a, b);
}

export function b_abs(a: usize): usize { return isNum(a) ? numAbs(a) : mismatch("abs: operand 1 must be number but got ", a); }
export function b_round(a: usize): usize { return isNum(a) ? numRound(a) : mismatch("round: operand 1 must be number but got ", a); }
export function b_ceil(a: usize): usize { return isNum(a) ? numCeil(a) : mismatch("ceil: operand 1 must be number but got ", a); }
export function b_floor(a: usize): usize { return isNum(a) ? numFloor(a) : mismatch("floor: operand 1 must be number but got ", a); }

export function b_and(a: usize, b: usize): usize {
  if (!isSet(a)) return mismatch("and: operand 1 must be set but got ", a);
  if (!isSet(b)) return mismatch("and: operand 2 must be set but got ", b);
  const r = setNew();
  const n = len(a);
  for (let i: u32 = 0; i < n; i++) {
    const x = load<usize>(elemsPtr(a) + (<usize>i << 2));
    if (setContains(b, x)) setAdd(r, x);
  }
  return r;
}

export function b_or(a: usize, b: usize): usize {
  if (!isSet(a)) return mismatch("or: operand 1 must be set but got ", a);
  if (!isSet(b)) return mismatch("or: operand 2 must be set but got ", b);
  const r = setNew();
  addAll(r, a);
  addAll(r, b);
  return r;
}

function addAll(dst: usize, src: usize): void {
  const n = len(src);
  for (let i: u32 = 0; i < n; i++) setAdd(dst, load<usize>(elemsPtr(src) + (<usize>i << 2)));
}

// ---- membership (`x in xs`, `k, v in xs`)

export function b_internal_member_2(x: usize, c: usize): usize {
  const t = typeOf(c);
  if (t == T_SET) return boolean(setContains(c, x));
  if (t == T_ARRAY) {
    const n = len(c);
    for (let i: u32 = 0; i < n; i++) if (equal(arrayGet(c, i), x)) return TRUE_VALUE;
    return FALSE_VALUE;
  }
  if (t == T_OBJECT) {
    const n = len(c);
    for (let i: u32 = 0; i < n; i++) if (equal(objectVal(c, i), x)) return TRUE_VALUE;
    return FALSE_VALUE;
  }
  return FALSE_VALUE;
}

export function b_internal_member_3(k: usize, v: usize, c: usize): usize {
  const t = typeOf(c);
  if (t == T_ARRAY || t == T_OBJECT) {
    const x = get(c, k);
    return boolean(x != 0 && equal(x, v));
  }
  if (t == T_SET) return boolean(equal(k, v) && setContains(c, k));
  return FALSE_VALUE;
}

// ---- aggregates

export function b_count(v: usize): usize {
  const t = typeOf(v);
  if (t == T_STRING) return numberInt(<i64>utf8Count(strPtr(v), len(v)));
  if (t == T_ARRAY || t == T_SET || t == T_OBJECT) return numberInt(<i64>len(v));
  return mismatch("count: operand 1 must be one of {array, object, set, string} but got ", v);
}

function fold(v: usize, product: bool): usize {
  if (!isColl(v)) {
    return mismatch(product ? "product: operand 1 must be one of {set, array} but got " : "sum: operand 1 must be one of {set, array} but got ", v);
  }
  let acc = numberInt(product ? 1 : 0);
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) {
    const x = load<usize>(elemsPtr(v) + (<usize>i << 2));
    if (!isNum(x)) {
      return product
        ? memberMismatch("product: operand 1 must be array of numbers but got array containing ", "product: operand 1 must be set of numbers but got set containing ", v, x)
        : memberMismatch("sum: operand 1 must be array of numbers but got array containing ", "sum: operand 1 must be set of numbers but got set containing ", v, x);
    }
    acc = product ? numMul(acc, x) : numPlus(acc, x);
  }
  return acc;
}

export function b_sum(v: usize): usize { return fold(v, false); }
export function b_product(v: usize): usize { return fold(v, true); }

function extreme(v: usize, wantMax: bool): usize {
  if (!isColl(v)) {
    return mismatch(wantMax ? "max: operand 1 must be one of {set, array} but got " : "min: operand 1 must be one of {set, array} but got ", v);
  }
  const n = len(v);
  if (n == 0) return 0;
  let best = load<usize>(elemsPtr(v));
  for (let i: u32 = 1; i < n; i++) {
    const x = load<usize>(elemsPtr(v) + (<usize>i << 2));
    const c = compare(x, best);
    if (wantMax ? c > 0 : c < 0) best = x;
  }
  return best;
}

export function b_max(v: usize): usize { return extreme(v, true); }
export function b_min(v: usize): usize { return extreme(v, false); }

export function b_sort(v: usize): usize {
  if (!isColl(v)) return mismatch("sort: operand 1 must be one of {set, array} but got ", v);
  const n = len(v);
  const r = arrayNew(n);
  for (let i: u32 = 0; i < n; i++) arrayAppend(r, load<usize>(elemsPtr(v) + (<usize>i << 2)));
  if (isSet(v)) return r; // a set is already in order
  mergeSort(elemsPtr(r), n, alloc(<usize>n << 2));
  return r;
}

function mergeSort(a: usize, n: u32, tmp: usize): void {
  if (n < 2) return;
  const h = n >> 1;
  mergeSort(a, h, tmp);
  mergeSort(a + (<usize>h << 2), n - h, tmp);
  let i: u32 = 0;
  let j: u32 = h;
  let k: u32 = 0;
  while (i < h && j < n) {
    const x = load<usize>(a + (<usize>i << 2));
    const y = load<usize>(a + (<usize>j << 2));
    if (compare(y, x) < 0) {
      store<usize>(tmp + (<usize>(k++) << 2), y);
      j++;
    } else {
      store<usize>(tmp + (<usize>(k++) << 2), x);
      i++;
    }
  }
  while (i < h) store<usize>(tmp + (<usize>(k++) << 2), load<usize>(a + (<usize>(i++) << 2)));
  while (j < n) store<usize>(tmp + (<usize>(k++) << 2), load<usize>(a + (<usize>(j++) << 2)));
  memory.copy(a, tmp, <usize>n << 2);
}

// ---- strings

function bytesEqual(a: usize, b: usize, n: u32): bool {
  for (let i: u32 = 0; i < n; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false;
  return true;
}

/** Byte offset of `needle` in `hay` from byte `from`, or -1. */
function find(hay: usize, hn: u32, needle: usize, nn: u32, from: u32): i32 {
  if (nn == 0) return <i32>from;
  if (nn > hn) return -1;
  for (let i = from; i + nn <= hn; i++) {
    if (load<u8>(hay + i) == load<u8>(needle) && bytesEqual(hay + i, needle, nn)) return <i32>i;
  }
  return -1;
}

export function b_concat(d: usize, v: usize): usize {
  if (!isStr(d)) return mismatch("concat: operand 1 must be string but got ", d);
  if (!isColl(v)) return mismatch("concat: operand 2 must be one of {set, array} but got ", v);
  const n = len(v);
  let total: u32 = n > 0 ? (n - 1) * len(d) : 0;
  for (let i: u32 = 0; i < n; i++) {
    const s = load<usize>(elemsPtr(v) + (<usize>i << 2));
    if (!isStr(s)) {
      return memberMismatch("concat: operand 2 must be array of strings but got array containing ", "concat: operand 2 must be set of strings but got set containing ", v, s);
    }
    total += len(s);
  }
  const buf = alloc(<usize>total);
  let p = buf;
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) {
      memory.copy(p, strPtr(d), len(d));
      p += len(d);
    }
    const s = load<usize>(elemsPtr(v) + (<usize>i << 2));
    memory.copy(p, strPtr(s), len(s));
    p += len(s);
  }
  return stringNew(buf, total);
}

export function b_contains(s: usize, sub: usize): usize {
  if (!isStr(s)) return mismatch("contains: operand 1 must be string but got ", s);
  if (!isStr(sub)) return mismatch("contains: operand 2 must be string but got ", sub);
  return boolean(find(strPtr(s), len(s), strPtr(sub), len(sub), 0) >= 0);
}

export function b_startswith(s: usize, p: usize): usize {
  if (!isStr(s)) return mismatch("startswith: operand 1 must be string but got ", s);
  if (!isStr(p)) return mismatch("startswith: operand 2 must be string but got ", p);
  return boolean(len(p) <= len(s) && bytesEqual(strPtr(s), strPtr(p), len(p)));
}

export function b_endswith(s: usize, p: usize): usize {
  if (!isStr(s)) return mismatch("endswith: operand 1 must be string but got ", s);
  if (!isStr(p)) return mismatch("endswith: operand 2 must be string but got ", p);
  return boolean(len(p) <= len(s) && bytesEqual(strPtr(s) + len(s) - len(p), strPtr(p), len(p)));
}

/**
 * ASCII case mapping here; a string with any other character goes to the host, which maps
 * every code point as Go's unicode.ToLower/ToUpper do (tables the module does not carry).
 */
function mapCase(s: usize, upper: bool, hostId: i32): usize {
  if (!isStr(s)) return mismatch(upper ? "upper: operand 1 must be string but got " : "lower: operand 1 must be string but got ", s);
  const n = len(s);
  const src = strPtr(s);
  for (let i: u32 = 0; i < n; i++) if (load<u8>(src + i) >= 0x80) return opa_builtin1(hostId, 0, s);
  const buf = alloc(<usize>n);
  for (let i: u32 = 0; i < n; i++) {
    let c = load<u8>(src + i);
    if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) c ^= 0x20;
    store<u8>(buf + i, c);
  }
  return stringNew(buf, n);
}

export function bh_lower(s: usize, hostId: i32): usize { return mapCase(s, false, hostId); }
export function bh_upper(s: usize, hostId: i32): usize { return mapCase(s, true, hostId); }

export function b_split(s: usize, d: usize): usize {
  if (!isStr(s)) return mismatch("split: operand 1 must be string but got ", s);
  if (!isStr(d)) return mismatch("split: operand 2 must be string but got ", d);
  const r = arrayNew(0);
  const p = strPtr(s);
  const n = len(s);
  const dn = len(d);
  if (dn == 0) {
    // Go's strings.Split with an empty separator splits after each UTF-8 sequence.
    let i: u32 = 0;
    while (i < n) {
      const w = seqLen(load<u8>(p + i));
      arrayAppend(r, stringNew(p + i, w));
      i += w;
    }
    return r;
  }
  let start: u32 = 0;
  while (true) {
    const at = find(p, n, strPtr(d), dn, start);
    if (at < 0) break;
    arrayAppend(r, stringNew(p + start, <u32>at - start));
    start = <u32>at + dn;
  }
  arrayAppend(r, stringNew(p + start, n - start));
  return r;
}

function seqLen(c: u8): u32 {
  if (c < 0x80) return 1;
  if (c < 0xe0) return 2;
  if (c < 0xf0) return 3;
  return 4;
}

/** The code point at byte `i` of `p`. */
function decodeAt(p: usize, i: u32): u32 {
  const c = <u32>load<u8>(p + i);
  if (c < 0x80) return c;
  if (c < 0xe0) return ((c & 0x1f) << 6) | (load<u8>(p + i + 1) & 0x3f);
  if (c < 0xf0) return ((c & 0x0f) << 12) | ((<u32>load<u8>(p + i + 1) & 0x3f) << 6) | (load<u8>(p + i + 2) & 0x3f);
  return ((c & 0x07) << 18) | ((<u32>load<u8>(p + i + 1) & 0x3f) << 12) | ((<u32>load<u8>(p + i + 2) & 0x3f) << 6) | (load<u8>(p + i + 3) & 0x3f);
}

function inCutset(cp: u32, cut: usize): bool {
  const p = strPtr(cut);
  const n = len(cut);
  let i: u32 = 0;
  while (i < n) {
    if (decodeAt(p, i) == cp) return true;
    i += seqLen(load<u8>(p + i));
  }
  return false;
}

/** Byte position after the leading code points in the cutset. */
function trimStart(p: usize, n: u32, cut: usize): u32 {
  let i: u32 = 0;
  while (i < n && inCutset(decodeAt(p, i), cut)) i += seqLen(load<u8>(p + i));
  return i;
}

/** Byte position where the trailing code points in the cutset begin. */
function trimEnd(p: usize, start: u32, n: u32, cut: usize): u32 {
  let e = n;
  while (e > start) {
    let b = e - 1;
    while (b > start && (load<u8>(p + b) & 0xc0) == 0x80) b--;
    if (!inCutset(decodeAt(p, b), cut)) break;
    e = b;
  }
  return e;
}

export function b_trim(s: usize, cut: usize): usize {
  if (!isStr(s)) return mismatch("trim: operand 1 must be string but got ", s);
  if (!isStr(cut)) return mismatch("trim: operand 2 must be string but got ", cut);
  const p = strPtr(s);
  const a = trimStart(p, len(s), cut);
  const e = trimEnd(p, a, len(s), cut);
  return stringNew(p + a, e - a);
}

export function b_trim_left(s: usize, cut: usize): usize {
  if (!isStr(s)) return mismatch("trim_left: operand 1 must be string but got ", s);
  if (!isStr(cut)) return mismatch("trim_left: operand 2 must be string but got ", cut);
  const a = trimStart(strPtr(s), len(s), cut);
  return stringNew(strPtr(s) + a, len(s) - a);
}

export function b_trim_right(s: usize, cut: usize): usize {
  if (!isStr(s)) return mismatch("trim_right: operand 1 must be string but got ", s);
  if (!isStr(cut)) return mismatch("trim_right: operand 2 must be string but got ", cut);
  return stringNew(strPtr(s), trimEnd(strPtr(s), 0, len(s), cut));
}

export function b_trim_prefix(s: usize, pre: usize): usize {
  if (!isStr(s)) return mismatch("trim_prefix: operand 1 must be string but got ", s);
  if (!isStr(pre)) return mismatch("trim_prefix: operand 2 must be string but got ", pre);
  if (len(pre) <= len(s) && bytesEqual(strPtr(s), strPtr(pre), len(pre))) {
    return stringNew(strPtr(s) + len(pre), len(s) - len(pre));
  }
  return s;
}

export function b_trim_suffix(s: usize, suf: usize): usize {
  if (!isStr(s)) return mismatch("trim_suffix: operand 1 must be string but got ", s);
  if (!isStr(suf)) return mismatch("trim_suffix: operand 2 must be string but got ", suf);
  if (len(suf) <= len(s) && bytesEqual(strPtr(s) + len(s) - len(suf), strPtr(suf), len(suf))) {
    return stringNew(strPtr(s), len(s) - len(suf));
  }
  return s;
}

function isSpace(cp: u32): bool {
  return cp == 32 || (cp >= 9 && cp <= 13) || cp == 0x85 || cp == 0xa0 || cp == 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

export function b_trim_space(s: usize): usize {
  if (!isStr(s)) return mismatch("trim_space: operand 1 must be string but got ", s);
  const p = strPtr(s);
  const n = len(s);
  let a: u32 = 0;
  while (a < n && isSpace(decodeAt(p, a))) a += seqLen(load<u8>(p + a));
  let e = n;
  while (e > a) {
    let b = e - 1;
    while (b > a && (load<u8>(p + b) & 0xc0) == 0x80) b--;
    if (!isSpace(decodeAt(p, b))) break;
    e = b;
  }
  return stringNew(p + a, e - a);
}

export function b_replace(s: usize, old: usize, nw: usize): usize {
  if (!isStr(s)) return mismatch("replace: operand 1 must be string but got ", s);
  if (!isStr(old)) return mismatch("replace: operand 2 must be string but got ", old);
  if (!isStr(nw)) return mismatch("replace: operand 3 must be string but got ", nw);
  const p = strPtr(s);
  const n = len(s);
  const on = len(old);
  if (on == 0) return insertEverywhere(s, nw);
  let count: u32 = 0;
  let at = find(p, n, strPtr(old), on, 0);
  while (at >= 0) {
    count++;
    at = find(p, n, strPtr(old), on, <u32>at + on);
  }
  if (count == 0) return s;
  const total = n - count * on + count * len(nw);
  const buf = alloc(<usize>total);
  let q = buf;
  let start: u32 = 0;
  at = find(p, n, strPtr(old), on, 0);
  while (at >= 0) {
    memory.copy(q, p + start, <u32>at - start);
    q += <u32>at - start;
    memory.copy(q, strPtr(nw), len(nw));
    q += len(nw);
    start = <u32>at + on;
    at = find(p, n, strPtr(old), on, start);
  }
  memory.copy(q, p + start, n - start);
  return stringNew(buf, total);
}

/**
 * Go's strings.Replacer with an empty old string: the new string before every character
 * and at the end ("ab" -> "XaXbX"). Go steps bytes; this steps code points, so a
 * multi-byte character is never split into invalid UTF-8.
 */
function insertEverywhere(s: usize, nw: usize): usize {
  const p = strPtr(s);
  const n = len(s);
  const w = len(nw);
  const count = utf8Count(p, n);
  const total = n + (count + 1) * w;
  const buf = alloc(<usize>total);
  let q = buf;
  let i: u32 = 0;
  while (true) {
    memory.copy(q, strPtr(nw), w);
    q += w;
    if (i >= n) break;
    const k = seqLen(load<u8>(p + i));
    memory.copy(q, p + i, k);
    q += k;
    i += k;
  }
  return stringNew(buf, total);
}

export function b_indexof(s: usize, sub: usize): usize {
  if (!isStr(s)) return mismatch("indexof: operand 1 must be string but got ", s);
  if (!isStr(sub)) return mismatch("indexof: operand 2 must be string but got ", sub);
  if (len(sub) == 0) return builtinError("indexof: empty search character");
  const at = find(strPtr(s), len(s), strPtr(sub), len(sub), 0);
  if (at < 0) return numberInt(-1);
  return numberInt(<i64>utf8Count(strPtr(s), <u32>at));
}

/** Byte offset of code point number `cp` (clamped to the end). */
function byteOfCodePoint(p: usize, n: u32, cp: u32): u32 {
  let i: u32 = 0;
  let c: u32 = 0;
  while (i < n && c < cp) {
    i += seqLen(load<u8>(p + i));
    c++;
  }
  return i < n ? i : n;
}

export function b_substring(s: usize, start: usize, length: usize): usize {
  if (!isStr(s)) return mismatch("substring: operand 1 must be string but got ", s);
  if (!isNum(start)) return mismatch("substring: operand 2 must be number but got ", start);
  if (!isWhole(start)) return builtinError("substring: operand 2 must be integer number but got floating-point number");
  if (!isNum(length)) return mismatch("substring: operand 3 must be number but got ", length);
  if (!isWhole(length)) return builtinError("substring: operand 3 must be integer number but got floating-point number");
  const st = <i64>toF64(start);
  const ln = <i64>toF64(length);
  if (st < 0) return builtinError("substring: negative offset");
  const p = strPtr(s);
  const n = len(s);
  const count = <i64>utf8Count(p, n);
  if (st >= count) return stringNew(p, 0);
  const a = byteOfCodePoint(p, n, <u32>st);
  if (ln < 0 || st + ln >= count) return stringNew(p + a, n - a);
  const e = byteOfCodePoint(p, n, <u32>(st + ln));
  return stringNew(p + a, e - a);
}

export function b_format_int(v: usize, base: usize): usize {
  if (notNumbers(v, base, "format_int: operand 1 must be number but got ", "format_int: operand 2 must be number but got ")) return 0;
  const b = isInt(base) ? intValue(base) : 0;
  if (b != 2 && b != 8 && b != 10 && b != 16) return builtinError("format_int: operand 2 must be one of {2, 8, 10, 16}");
  if (isInteger(v) && !isInt(v)) return integerInBase(v, <u32>b);
  // OPA truncates toward zero.
  let x: i64 = isInt(v) ? intValue(v) : <i64>Math.trunc(toF64(v));
  const neg = x < 0;
  let u: u64 = neg ? <u64>(0 - x) : <u64>x;
  const buf = alloc(66);
  let i: u32 = 66;
  const digits = "0123456789abcdef";
  do {
    store<u8>(buf + --i, <u8>digits.charCodeAt(<i32>(u % <u64>b)));
    u /= <u64>b;
  } while (u > 0);
  if (neg) store<u8>(buf + --i, 45);
  return stringNew(buf + i, 66 - i);
}

function digitsFrom(p: usize, n: u32, i: u32): u32 {
  while (i < n && load<u8>(p + i) >= 48 && load<u8>(p + i) <= 57) i++;
  return i;
}

/** JSON's number grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? */
function jsonNumber(p: usize, n: u32): bool {
  let i: u32 = 0;
  if (i < n && load<u8>(p) == 45) i++;
  if (i >= n) return false;
  if (load<u8>(p + i) == 48) i++;
  else {
    const j = digitsFrom(p, n, i);
    if (j == i) return false;
    i = j;
  }
  if (i < n && load<u8>(p + i) == 46) {
    const j = digitsFrom(p, n, i + 1);
    if (j == i + 1) return false;
    i = j;
  }
  if (i < n && (load<u8>(p + i) | 0x20) == 101) {
    i++;
    if (i < n && (load<u8>(p + i) == 43 || load<u8>(p + i) == 45)) i++;
    const j = digitsFrom(p, n, i);
    if (j == i) return false;
    i = j;
  }
  return i == n;
}

function wordIs(p: usize, n: u32, word: string): bool {
  if (n != <u32>word.length) return false;
  for (let i: u32 = 0; i < n; i++) {
    if ((load<u8>(p + i) | 0x20) != <u8>word.charCodeAt(<i32>i)) return false;
  }
  return true;
}

function isNonFinite(p: usize, n: u32): bool {
  if (n > 0 && (load<u8>(p) == 43 || load<u8>(p) == 45)) {
    p++;
    n--;
  }
  return wordIs(p, n, "nan") || wordIs(p, n, "inf") || wordIs(p, n, "infinity");
}

export function b_to_number(v: usize): usize {
  const t = typeOf(v);
  if (t == T_NULL) return numberInt(0);
  if (t == T_BOOLEAN) return numberInt(load<u32>(v, 4) != 0 ? 1 : 0);
  if (t == T_NUMBER) return v;
  if (t == T_STRING) {
    const r = numberParse(strPtr(v), len(v));
    if (r != 0) {
      // A number keeps its text for output only when that text is JSON ("+1", "1.",
      // ".5" are numbers to Go, not to JSON).
      return isInteger(r) || jsonNumber(strPtr(v), len(v)) ? r : numberFloat(toF64(r));
    }
    // Go's ParseFloat reads these; OPA then refuses them as operands.
    if (isNonFinite(strPtr(v), len(v))) return builtinError("to_number: operand 1 must be a finite number, not NaN or infinity");
    return builtinError("to_number: strconv.ParseFloat: invalid syntax");
  }
  return mismatch("to_number: operand 1 must be one of {null, boolean, number, string} but got ", v);
}

// ---- objects

export function b_object_get(o: usize, key: usize, dflt: usize): usize {
  if (!isObj(o)) return mismatch("object.get: operand 1 must be object but got ", o);
  if (isArr(key)) {
    let node = o;
    const n = len(key);
    for (let i: u32 = 0; i < n; i++) {
      const t = typeOf(node);
      if (t != T_OBJECT && t != T_ARRAY && t != T_SET) return dflt;
      node = get(node, arrayGet(key, i));
      if (node == 0) return dflt;
    }
    return node;
  }
  const r = objectGet(o, key);
  return r != 0 ? r : dflt;
}

export function b_object_keys(o: usize): usize {
  if (!isObj(o)) return mismatch("object.keys: operand 1 must be object but got ", o);
  const r = setNew();
  const n = len(o);
  // Keys are already in order: appending keeps the set sorted.
  for (let i: u32 = 0; i < n; i++) setAdd(r, objectKey(o, i));
  return r;
}

function unionObjects(a: usize, b: usize): usize {
  const r = objectNew();
  const an = len(a);
  for (let i: u32 = 0; i < an; i++) objectInsert(r, objectKey(a, i), objectVal(a, i));
  const bn = len(b);
  for (let i: u32 = 0; i < bn; i++) {
    const k = objectKey(b, i);
    const bv = objectVal(b, i);
    const av = objectGet(r, k);
    if (av != 0 && isObj(av) && isObj(bv)) objectInsert(r, k, unionObjects(av, bv));
    else objectInsert(r, k, bv);
  }
  return r;
}

export function b_object_union(a: usize, b: usize): usize {
  if (!isObj(a)) return mismatch("object.union: operand 1 must be object but got ", a);
  if (!isObj(b)) return mismatch("object.union: operand 2 must be object but got ", b);
  return unionObjects(a, b);
}

export function b_object_remove(o: usize, keys: usize): usize {
  if (!isObj(o)) return mismatch("object.remove: operand 1 must be object but got ", o);
  const t = typeOf(keys);
  if (t != T_ARRAY && t != T_SET && t != T_OBJECT) {
    return mismatch("object.remove: operand 2 must be one of {object, set, array} but got ", keys);
  }
  const drop = setNew();
  const n = len(keys);
  for (let i: u32 = 0; i < n; i++) {
    setAdd(drop, t == T_OBJECT ? objectKey(keys, i) : load<usize>(elemsPtr(keys) + (<usize>i << 2)));
  }
  const r = objectNew();
  const m = len(o);
  for (let i: u32 = 0; i < m; i++) {
    const k = objectKey(o, i);
    if (!setContains(drop, k)) objectInsert(r, k, objectVal(o, i));
  }
  return r;
}

export function b_union(sets: usize): usize {
  if (!isSet(sets)) return mismatch("union: operand 1 must be set but got ", sets);
  const r = setNew();
  const n = len(sets);
  for (let i: u32 = 0; i < n; i++) {
    const s = load<usize>(elemsPtr(sets) + (<usize>i << 2));
    if (!isSet(s)) return builtinError("union: operand 1 must be set of sets but got set containing ", valueName(s));
    addAll(r, s);
  }
  return r;
}

export function b_intersection(sets: usize): usize {
  if (!isSet(sets)) return mismatch("intersection: operand 1 must be set but got ", sets);
  const n = len(sets);
  if (n == 0) return setNew();
  for (let i: u32 = 0; i < n; i++) {
    const s = load<usize>(elemsPtr(sets) + (<usize>i << 2));
    if (!isSet(s)) return builtinError("intersection: operand 1 must be set of sets but got set containing ", valueName(s));
  }
  let r = load<usize>(elemsPtr(sets));
  for (let i: u32 = 1; i < n; i++) {
    const s = load<usize>(elemsPtr(sets) + (<usize>i << 2));
    r = b_and(r, s);
  }
  return r;
}

// ---- arrays

export function b_array_concat(a: usize, b: usize): usize {
  if (!isArr(a)) return mismatch("array.concat: operand 1 must be array but got ", a);
  if (!isArr(b)) return mismatch("array.concat: operand 2 must be array but got ", b);
  const r = arrayNew(len(a) + len(b));
  for (let i: u32 = 0; i < len(a); i++) arrayAppend(r, arrayGet(a, i));
  for (let i: u32 = 0; i < len(b); i++) arrayAppend(r, arrayGet(b, i));
  return r;
}

export function b_array_slice(a: usize, start: usize, stop: usize): usize {
  if (!isArr(a)) return mismatch("array.slice: operand 1 must be array but got ", a);
  if (!isNum(start)) return mismatch("array.slice: operand 2 must be number but got ", start);
  if (!isWhole(start)) return builtinError("array.slice: operand 2 must be integer number but got floating-point number");
  if (!isNum(stop)) return mismatch("array.slice: operand 3 must be number but got ", stop);
  if (!isWhole(stop)) return builtinError("array.slice: operand 3 must be integer number but got floating-point number");
  const n = <i64>len(a);
  let s = <i64>Math.floor(toF64(start));
  let e = <i64>Math.floor(toF64(stop));
  if (s < 0) s = 0;
  if (e > n) e = n;
  const r = arrayNew(0);
  for (let i = s; i < e; i++) arrayAppend(r, arrayGet(a, <u32>i));
  return r;
}

// ---- types

export function b_is_array(v: usize): usize { return boolean(typeOf(v) == T_ARRAY); }
export function b_is_boolean(v: usize): usize { return boolean(typeOf(v) == T_BOOLEAN); }
export function b_is_null(v: usize): usize { return boolean(typeOf(v) == T_NULL); }
export function b_is_number(v: usize): usize { return boolean(typeOf(v) == T_NUMBER); }
export function b_is_object(v: usize): usize { return boolean(typeOf(v) == T_OBJECT); }
export function b_is_set(v: usize): usize { return boolean(typeOf(v) == T_SET); }
export function b_is_string(v: usize): usize { return boolean(typeOf(v) == T_STRING); }

export function b_type_name(v: usize): usize {
  switch (typeOf(v)) {
    case T_NULL: return stringFromLiteral("null");
    case T_BOOLEAN: return stringFromLiteral("boolean");
    case T_NUMBER: return stringFromLiteral("number");
    case T_STRING: return stringFromLiteral("string");
    case T_ARRAY: return stringFromLiteral("array");
    case T_OBJECT: return stringFromLiteral("object");
    case T_SET: return stringFromLiteral("set");
  }
  return 0;
}

// ---- numbers.range

export function b_numbers_range(a: usize, b: usize): usize {
  if (!isNum(a)) return mismatch("numbers.range: operand 1 must be integer but got ", a);
  if (!isNum(b)) return mismatch("numbers.range: operand 2 must be integer but got ", b);
  if (!isInt(a)) return builtinError("numbers.range: operand 1 must be integer number but got floating-point number");
  if (!isInt(b)) return builtinError("numbers.range: operand 2 must be integer number but got floating-point number");
  const x = intValue(a);
  const y = intValue(b);
  const r = arrayNew(0);
  if (x <= y) for (let i = x; i <= y; i++) arrayAppend(r, numberInt(i));
  else for (let i = x; i >= y; i--) arrayAppend(r, numberInt(i));
  return r;
}

