// The string functions policies call per grant; lower and upper fall back to the host
// beyond ASCII.

import { hostCall1 } from "../../host-call.as";
import { mismatch, memberMismatch, isNum, isStr, isColl, notNumbers } from "../shared/operands.as";
import { alloc, builtinError } from "../../heap.as";
import { numberInt, isInt, isInteger, intValue, toF64, isWhole, integerInBase } from "../../number.as";
import { len, boolean, stringNew, strPtr, arrayNew, arrayAppend, elemsPtr, utf8Count } from "../../value.as";


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
  for (let i: u32 = 0; i < n; i++) if (load<u8>(src + i) >= 0x80) return hostCall1(hostId, s);
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
