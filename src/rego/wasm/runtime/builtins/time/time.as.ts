// time.parse_rfc3339_ns, time.date, time.add_date and time.format on nanoseconds since the
// Unix epoch.

import { hostCall1 } from "../../host-call.as";
import { mismatch } from "../shared/operands.as";
import { digits } from "../shared/text.as";
import { alloc, builtinError } from "../../heap.as";
import { numberInt, isInt, intValue } from "../../number.as";
import { T_NUMBER, T_STRING, T_ARRAY, typeOf, len, strPtr, arrayNew, arrayAppend, arrayGet, stringNew } from "../../value.as";


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

// An instant read in UTC by readInstant: its date in civilY/M/D, then these.
let instantSeconds: i64 = 0; // seconds into its day
let instantNanos: i64 = 0; // nanoseconds into its second

function readInstant(ns: i64): void {
  const secs = floorDiv(ns, NS);
  instantNanos = ns - secs * NS;
  const day = floorDiv(secs, 86400);
  instantSeconds = secs - day * 86400;
  civilFromDays(day);
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
  if (read == TIME_ZONED) return hostCall1(hostId, v);
  readInstant(operandNs);
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
  readInstant(intValue(v));
  const tod = instantSeconds;
  const sub = instantNanos;
  // Go's AddDate: add to the fields, then normalise month overflow into years and
  // day overflow into the following months.
  let m = civilM - 1 + intValue(months);
  let y = civilY + intValue(years) + floorDiv(m, 12);
  m = m - floorDiv(m, 12) * 12 + 1;
  const newDay = daysFromCivil(y, m, 1) + civilD - 1 + intValue(days);
  const newSecs = newDay * 86400 + tod;
  return nanosOrRangeError(newSecs, sub, "time.add_date: time outside of valid range");
}

/** Writes `v` as `width` decimal digits at `p` (v >= 0, fewer than 10^width). */
function putDigits(p: usize, v: i64, width: u32): void {
  for (let i = <i32>width - 1; i >= 0; i--) {
    store<u8>(p + <usize>i, <u8>(48 + v % 10));
    v /= 10;
  }
}

/**
 * time.format of a bare instant: RFC 3339 in UTC with the fraction's trailing zeros cut, as
 * OPA's default layout (RFC3339Nano) writes it. A policy formats once per grant (53,506 calls
 * over 100,000 grants), and each call to the host dumped and parsed its operand and answer;
 * an instant with a zone or a layout, or one that is not an int64, goes to the host.
 */
export function bh_time_format(v: usize, hostId: i32): usize {
  if (typeOf(v) != T_NUMBER || !isInt(v)) return hostCall1(hostId, v);
  readInstant(intValue(v));
  const tod = instantSeconds;
  const frac = instantNanos;
  // int64 nanoseconds reach from 1677 to 2262: always a four-digit year
  if (civilY < 0 || civilY > 9999) return hostCall1(hostId, v);
  // "2006-01-02T15:04:05" "." nine digits "Z"
  const buf = alloc(30);
  putDigits(buf, civilY, 4);
  store<u8>(buf + 4, 45);
  putDigits(buf + 5, civilM, 2);
  store<u8>(buf + 7, 45);
  putDigits(buf + 8, civilD, 2);
  store<u8>(buf + 10, 84);
  putDigits(buf + 11, tod / 3600, 2);
  store<u8>(buf + 13, 58);
  putDigits(buf + 14, (tod / 60) % 60, 2);
  store<u8>(buf + 16, 58);
  putDigits(buf + 17, tod % 60, 2);
  let n: u32 = 19;
  if (frac != 0) {
    store<u8>(buf + 19, 46);
    putDigits(buf + 20, frac, 9);
    n = 29;
    while (load<u8>(buf + n - 1) == 48) n--;
  }
  store<u8>(buf + n, 90);
  return stringNew(buf, n + 1);
}
