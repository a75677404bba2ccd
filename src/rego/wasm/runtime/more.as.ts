// Natives that need their own parsers: glob.match, RFC 3339 time, CIDR containment.

import { alloc, builtinError, builtinErrorQuoting } from "./heap.as";
import { mismatch, valueName } from "./operands.as";

@external("env", "opa_builtin1")
declare function opa_builtin1(id: i32, ctx: usize, a: usize): usize;
import {
  T_ARRAY, T_NULL, T_NUMBER, T_STRING, typeOf, len, strPtr, arrayGet, arrayNew, arrayAppend,
  boolean, FALSE_VALUE, stringNew, utf8Count,
} from "./value.as";
import { numberInt, isInt, intValue } from "./number.as";

// ---- glob.match (gobwas/glob syntax: * ** ? [a-z] [!a-z] {a,b} \x)

let delims: usize = 0; // the delimiters array, or 0 for none

function isDelim(cp: u32): bool {
  if (delims == 0) return false;
  const n = len(delims);
  for (let i: u32 = 0; i < n; i++) {
    const d = arrayGet(delims, i);
    if (len(d) > 0 && decode(strPtr(d), 0) == cp) return true;
  }
  return false;
}

function width(c: u8): u32 {
  return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

function decode(p: usize, i: u32): u32 {
  const c = <u32>load<u8>(p + i);
  if (c < 0x80) return c;
  if (c < 0xe0) return ((c & 0x1f) << 6) | (load<u8>(p + i + 1) & 0x3f);
  if (c < 0xf0) return ((c & 0x0f) << 12) | ((<u32>load<u8>(p + i + 1) & 0x3f) << 6) | (load<u8>(p + i + 2) & 0x3f);
  return ((c & 0x07) << 18) | ((<u32>load<u8>(p + i + 1) & 0x3f) << 12) | ((<u32>load<u8>(p + i + 2) & 0x3f) << 6) | (load<u8>(p + i + 3) & 0x3f);
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closeBrace(p: usize, n: u32, open: u32): i32 {
  let depth = 0;
  for (let i = open; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 92) { i++; continue; }
    if (c == 123) depth++;
    else if (c == 125 && --depth == 0) return <i32>i;
  }
  return -1;
}

// Pattern and subject are byte ranges; `rest` chains what follows an alternative.
function globMatch(p: usize, pi: u32, pn: u32, restP: usize, restN: u32, s: usize, si: u32, sn: u32): bool {
  while (true) {
    if (pi >= pn) {
      if (restP != 0) return globMatch(restP, 0, restN, 0, 0, s, si, sn);
      return si == sn;
    }
    const c = load<u8>(p + pi);
    if (c == 42) {
      const superStar = pi + 1 < pn && load<u8>(p + pi + 1) == 42;
      const next = pi + (superStar ? 2 : 1);
      let k = si;
      while (true) {
        if (globMatch(p, next, pn, restP, restN, s, k, sn)) return true;
        if (k >= sn) return false;
        if (!superStar && isDelim(decode(s, k))) return false;
        k += width(load<u8>(s + k));
      }
    }
    if (c == 123) {
      const close = closeBrace(p, pn, pi);
      if (close < 0) return false;
      // The tail after `}` is matched after each alternative, then `rest`.
      const tail = p + <u32>close + 1;
      const tailN = pn - <u32>close - 1;
      const tailP = tailN > 0 || restP != 0 ? joinTail(tail, tailN, restP, restN) : 0;
      const tailLen = tailN + (restP != 0 ? restN : 0);
      let start = pi + 1;
      let depth = 0;
      for (let i = pi + 1; i <= <u32>close; i++) {
        const d = load<u8>(p + i);
        if (d == 92) { i++; continue; }
        if (d == 123) depth++;
        else if (d == 125 && depth > 0) depth--;
        else if ((d == 44 && depth == 0) || i == <u32>close) {
          if (globMatch(p + start, 0, i - start, tailP, tailLen, s, si, sn)) return true;
          start = i + 1;
        }
      }
      return false;
    }
    if (si >= sn) return false;
    const sc = decode(s, si);
    if (c == 63) {
      if (isDelim(sc)) return false;
      pi++;
      si += width(load<u8>(s + si));
      continue;
    }
    if (c == 91) {
      let i = pi + 1;
      let negate = false;
      if (i < pn && load<u8>(p + i) == 33) { negate = true; i++; }
      let hit = false;
      while (i < pn && load<u8>(p + i) != 93) {
        const lo = decode(p, i);
        i += width(load<u8>(p + i));
        let hi = lo;
        if (i + 1 < pn && load<u8>(p + i) == 45 && load<u8>(p + i + 1) != 93) {
          hi = decode(p, i + 1);
          i += 1 + width(load<u8>(p + i + 1));
        }
        if (sc >= lo && sc <= hi) hit = true;
      }
      if (i >= pn) return false;
      if (hit == negate) return false;
      pi = i + 1;
      si += width(load<u8>(s + si));
      continue;
    }
    let lit = pi;
    if (c == 92 && pi + 1 < pn) lit = pi + 1;
    if (decode(p, lit) != sc) return false;
    pi = lit + width(load<u8>(p + lit));
    si += width(load<u8>(s + si));
  }
}

function joinTail(a: usize, an: u32, b: usize, bn: u32): usize {
  const buf = alloc(<usize>(an + bn) + 1);
  memory.copy(buf, a, an);
  if (b != 0) memory.copy(buf + an, b, bn);
  return buf;
}

const DOT = memory.data<u8>([46]);

export function b_glob_match(pattern: usize, delimiters: usize, subject: usize): usize {
  if (typeOf(pattern) != T_STRING) return mismatch("glob.match: operand 1 must be string but got ", pattern);
  const t = typeOf(delimiters);
  if (t != T_NULL && t != T_ARRAY) return mismatch("glob.match: operand 2 must be one of {array, null} but got ", delimiters);
  if (t == T_ARRAY) {
    for (let i: u32 = 0; i < len(delimiters); i++) {
      const d = arrayGet(delimiters, i);
      if (typeOf(d) != T_STRING) return builtinError("glob.match: operand 2 must be array of strings but got array containing ", valueName(d));
      if (utf8Count(strPtr(d), len(d)) != 1) return builtinError("glob.match: operand 2 must be array of runes but got array containing string");
    }
  }
  if (typeOf(subject) != T_STRING) return mismatch("glob.match: operand 3 must be string but got ", subject);
  if (t == T_NULL) {
    delims = 0;
  } else if (t == T_ARRAY) {
    if (len(delimiters) == 0) {
      delims = arrayNew(1);
      arrayAppend(delims, stringNew(DOT, 1));
    } else {
      delims = delimiters;
    }
  } else {
    return 0;
  }
  return boolean(globMatch(strPtr(pattern), 0, len(pattern), 0, 0, strPtr(subject), 0, len(subject)));
}

// ---- time

const NS: i64 = 1000000000;

function daysFromCivil(y: i64, m: i64, d: i64): i64 {
  y -= m <= 2 ? 1 : 0;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

let civilY: i64 = 0;
let civilM: i64 = 0;
let civilD: i64 = 0;

function civilFromDays(z: i64): void {
  z += 719468;
  const era = (z >= 0 ? z : z - 146096) / 146097;
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  civilD = doy - (153 * mp + 2) / 5 + 1;
  civilM = mp < 10 ? mp + 3 : mp - 9;
  civilY = yoe + era * 400 + (civilM <= 2 ? 1 : 0);
}

function floorDiv(a: i64, b: i64): i64 {
  const q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

function digits(p: usize, at: u32, n: u32): i64 {
  let r: i64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + at + i);
    if (c < 48 || c > 57) return -1;
    r = r * 10 + <i64>(c - 48);
  }
  return r;
}

function badTime(): usize {
  return builtinError("time.parse_rfc3339_ns: cannot parse the time: it is not RFC 3339 (like 2006-01-02T15:04:05Z07:00)");
}

export function b_time_parse_rfc3339_ns(v: usize): usize {
  if (typeOf(v) != T_STRING) return mismatch("time.parse_rfc3339_ns: operand 1 must be string but got ", v);
  const p = strPtr(v);
  const n = len(v);
  if (n < 20) return badTime();
  const y = digits(p, 0, 4);
  const mo = digits(p, 5, 2);
  const d = digits(p, 8, 2);
  const h = digits(p, 11, 2);
  const mi = digits(p, 14, 2);
  const se = digits(p, 17, 2);
  const t = load<u8>(p + 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60 ||
    load<u8>(p + 4) != 45 || load<u8>(p + 7) != 45 || (t != 84 && t != 116) || load<u8>(p + 13) != 58 || load<u8>(p + 16) != 58) {
    return badTime();
  }
  let i: u32 = 19;
  let frac: i64 = 0;
  if (i < n && load<u8>(p + i) == 46) {
    i++;
    let scale: i64 = 100000000;
    const start = i;
    while (i < n && load<u8>(p + i) >= 48 && load<u8>(p + i) <= 57) {
      frac += <i64>(load<u8>(p + i) - 48) * scale;
      scale /= 10;
      i++;
    }
    if (i == start) return badTime();
  }
  let offset: i64 = 0;
  if (i >= n) return badTime();
  const z = load<u8>(p + i);
  if (z == 90 || z == 122) {
    i++;
  } else if (z == 43 || z == 45) {
    if (i + 6 > n || load<u8>(p + i + 3) != 58) return badTime();
    const oh = digits(p, i + 1, 2);
    const om = digits(p, i + 4, 2);
    if (oh < 0 || om < 0) return badTime();
    offset = (oh * 3600 + om * 60) * (z == 45 ? -1 : 1);
    i += 6;
  } else {
    return badTime();
  }
  if (i != n) return badTime();
  const secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset;
  return nanosOrRangeError(secs, frac, "time.parse_rfc3339_ns: time outside of valid range");
}

// Whole seconds of the int64 nanosecond range: the range itself runs from
// -9223372037 s + 145224192 ns to 9223372036 s + 854775807 ns.
const MAX_SECS: i64 = 9223372036;

/** secs * NS + frac (0 <= frac < NS) as a number, or the error when it leaves int64. */
function nanosOrRangeError(secs: i64, frac: i64, message: string): usize {
  if (secs > MAX_SECS || secs < -MAX_SECS - 1) return builtinError(message);
  if (secs == MAX_SECS && frac > 854775807) return builtinError(message);
  if (secs == -MAX_SECS - 1 && frac < 145224192) return builtinError(message);
  // For negative seconds one second is borrowed, so the product itself never overflows.
  return numberInt(secs >= 0 ? secs * NS + frac : (secs + 1) * NS + (frac - NS));
}

// How time.date's operand was read: the instant is in `operandNs` when TIME_OK.
const TIME_OK: i32 = 0;
const TIME_FAILED: i32 = 1; // the error is raised (strict) or the call is undefined
const TIME_ZONED: i32 = 2; // a zone other than UTC: the host reads it with the tz database

let operandNs: i64 = 0;

/** OPA's time operand: nanoseconds, or [ns, zone] (a third member, a layout, is not read). */
function dateOperand(v: usize): i32 {
  let x = v;
  const t = typeOf(v);
  if (t == T_ARRAY && len(v) > 0) {
    x = arrayGet(v, 0);
    if (typeOf(x) != T_NUMBER) {
      mismatch("time.date: operand 1 must be number but got ", x);
      return TIME_FAILED;
    }
    if (len(v) > 1) {
      const tz = arrayGet(v, 1);
      if (typeOf(tz) != T_STRING) {
        mismatch("time.date: operand 1 must be string but got ", tz);
        return TIME_FAILED;
      }
      const tp = strPtr(tz);
      const tn = len(tz);
      const utc = tn == 0 || (tn == 3 && load<u8>(tp) == 85 && load<u8>(tp + 1) == 84 && load<u8>(tp + 2) == 67);
      if (!utc) return TIME_ZONED;
    }
  } else if (t != T_NUMBER) {
    mismatch("time.date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got ", v);
    return TIME_FAILED;
  }
  // Past int64 (or not whole) is OPA's "timestamp too big".
  if (!isInt(x)) {
    builtinError("time.date: timestamp too big");
    return TIME_FAILED;
  }
  operandNs = intValue(x);
  return TIME_OK;
}

export function bh_time_date(v: usize, hostId: i32): usize {
  const read = dateOperand(v);
  if (read == TIME_FAILED) return 0;
  if (read == TIME_ZONED) return opa_builtin1(hostId, 0, v);
  civilFromDays(floorDiv(floorDiv(operandNs, NS), 86400));
  const r = arrayNew(3);
  arrayAppend(r, numberInt(civilY));
  arrayAppend(r, numberInt(civilM));
  arrayAppend(r, numberInt(civilD));
  return r;
}

export function b_time_add_date(v: usize, years: usize, months: usize, days: usize): usize {
  if (typeOf(v) != T_NUMBER) return mismatch("time.add_date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got ", v);
  if (!isInt(v)) return builtinError("time.add_date: timestamp too big");
  if (typeOf(years) != T_NUMBER) return mismatch("time.add_date: operand 2 must be number but got ", years);
  if (!isInt(years)) return builtinError("time.add_date: operand 2 must be integer number but got floating-point number");
  if (typeOf(months) != T_NUMBER) return mismatch("time.add_date: operand 3 must be number but got ", months);
  if (!isInt(months)) return builtinError("time.add_date: operand 3 must be integer number but got floating-point number");
  if (typeOf(days) != T_NUMBER) return mismatch("time.add_date: operand 4 must be number but got ", days);
  if (!isInt(days)) return builtinError("time.add_date: operand 4 must be integer number but got floating-point number");
  const ns = intValue(v);
  const secs = floorDiv(ns, NS);
  const sub = ns - secs * NS;
  const day = floorDiv(secs, 86400);
  const tod = secs - day * 86400;
  civilFromDays(day);
  // Go's AddDate: add to the fields, then normalise month overflow into years and
  // day overflow into the following months.
  let m = civilM - 1 + intValue(months);
  let y = civilY + intValue(years) + floorDiv(m, 12);
  m = m - floorDiv(m, 12) * 12 + 1;
  const newDay = daysFromCivil(y, m, 1) + civilD - 1 + intValue(days);
  const newSecs = newDay * 86400 + tod;
  return nanosOrRangeError(newSecs, sub, "time.add_date: time outside of valid range");
}

// ---- net.cidr_contains

// Parsed addresses: 16 bytes, a family (4 or 6) and a prefix length.
let ipFamily: u32 = 0;
let ipPrefix: i32 = 0;

function parseIPv4(p: usize, n: u32, out: usize): bool {
  let part: u32 = 0;
  let val: i32 = -1;
  for (let i: u32 = 0; i <= n; i++) {
    const c = i < n ? load<u8>(p + i) : 46;
    if (c == 46) {
      if (val < 0 || val > 255 || part > 3) return false;
      store<u8>(out + part++, <u8>val);
      val = -1;
    } else if (c >= 48 && c <= 57) {
      val = (val < 0 ? 0 : val * 10) + <i32>(c - 48);
      if (val > 255) return false;
    } else {
      return false;
    }
  }
  return part == 4;
}

function hexVal(c: u8): i32 {
  if (c >= 48 && c <= 57) return <i32>c - 48;
  if (c >= 97 && c <= 102) return <i32>c - 87;
  if (c >= 65 && c <= 70) return <i32>c - 55;
  return -1;
}

function parseIPv6(p: usize, n: u32, out: usize): bool {
  memory.fill(out, 0, 16);
  const groups = alloc(16);
  let count: i32 = 0;
  let gap: i32 = -1;
  let i: u32 = 0;
  if (n >= 2 && load<u8>(p) == 58 && load<u8>(p + 1) == 58) {
    gap = 0;
    i = 2;
  }
  while (i < n) {
    if (count >= 8) return false;
    let v: i32 = 0;
    let d: u32 = 0;
    const start = i;
    while (i < n && hexVal(load<u8>(p + i)) >= 0 && d < 4) {
      v = (v << 4) | hexVal(load<u8>(p + i));
      i++;
      d++;
    }
    if (i < n && load<u8>(p + i) == 46) {
      // an embedded IPv4 tail
      if (count > 6 || !parseIPv4(p + start, n - start, groups + (<usize>count << 1))) return false;
      const a = load<u8>(groups + (<usize>count << 1));
      const b = load<u8>(groups + (<usize>count << 1) + 1);
      const c = load<u8>(groups + (<usize>count << 1) + 2);
      const e = load<u8>(groups + (<usize>count << 1) + 3);
      store<u16>(groups + (<usize>count << 1), (<u16>a << 8) | b);
      store<u16>(groups + (<usize>(count + 1) << 1), (<u16>c << 8) | e);
      count += 2;
      i = n;
      break;
    }
    if (d == 0) return false;
    store<u16>(groups + (<usize>count << 1), <u16>v);
    count++;
    if (i == n) break;
    if (load<u8>(p + i) != 58) return false;
    i++;
    if (i < n && load<u8>(p + i) == 58) {
      if (gap >= 0) return false;
      gap = count;
      i++;
    } else if (i == n) {
      return false;
    }
  }
  if (gap < 0 && count != 8) return false;
  if (gap >= 0 && count > 7) return false;
  const fill = 8 - count;
  let o: i32 = 0;
  for (let g: i32 = 0; g < count; g++) {
    if (g == gap) o += fill;
    const v = load<u16>(groups + (<usize>g << 1));
    store<u8>(out + (<usize>o << 1), <u8>(v >> 8));
    store<u8>(out + (<usize>o << 1) + 1, <u8>(v & 0xff));
    o++;
  }
  return true;
}

/** Parses "addr" or "addr/prefix" into `out`; sets ipFamily and ipPrefix. */
function parseAddr(v: usize, out: usize): bool {
  const p = strPtr(v);
  const n = len(v);
  let slash: i32 = -1;
  let colon = false;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 47) slash = <i32>i;
    if (c == 58) colon = true;
  }
  const an = slash >= 0 ? <u32>slash : n;
  memory.fill(out, 0, 16);
  if (colon) {
    if (!parseIPv6(p, an, out)) return false;
    ipFamily = 6;
  } else {
    if (!parseIPv4(p, an, out)) return false;
    ipFamily = 4;
  }
  const max: i32 = ipFamily == 4 ? 32 : 128;
  ipPrefix = max;
  if (slash >= 0) {
    const pl = digits(p, an + 1, n - an - 1);
    if (n - an - 1 == 0 || pl < 0 || pl > <i64>max) return false;
    ipPrefix = <i32>pl;
  }
  return true;
}

function prefixEqual(a: usize, b: usize, bits: i32): bool {
  for (let i: i32 = 0; i < bits; i++) {
    const byte = i >> 3;
    const mask = <u8>((<u32>0x80) >> <u32>(i & 7));
    if ((load<u8>(a + byte) & mask) != (load<u8>(b + byte) & mask)) return false;
  }
  return true;
}

export function b_net_cidr_contains(cidr: usize, x: usize): usize {
  // OPA numbers both operands 1 here.
  if (typeOf(cidr) != T_STRING) return mismatch("net.cidr_contains: operand 1 must be string but got ", cidr);
  if (typeOf(x) != T_STRING) return mismatch("net.cidr_contains: operand 1 must be string but got ", x);
  const a = alloc(16);
  const b = alloc(16);
  if (!parseAddr(cidr, a)) return builtinErrorQuoting("net.cidr_contains: invalid CIDR address: ", strPtr(cidr), len(cidr));
  const fa = ipFamily;
  const pa = ipPrefix;
  if (!parseAddr(x, b)) {
    return builtinErrorQuoting("net.cidr_contains: not a valid textual representation of an IP address or CIDR: ", strPtr(x), len(x));
  }
  if (fa != ipFamily) return FALSE_VALUE;
  return boolean(ipPrefix >= pa && prefixEqual(a, b, pa));
}
