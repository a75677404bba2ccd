// Numbers. Integers that fit 64 bits are exact i64s, larger integers are exact big
// integers (bigint.as.ts), everything else is an f64. A number read from JSON or from
// the policy keeps its source text, so decimals an f64 cannot hold pass through
// evaluation unchanged.

import { alloc } from "./heap.as";
import { T_NUMBER, stringNew } from "./value.as";
import { dtoa_buffered } from "util/number";
import { strtod } from "util/string";
import {
  magFromU64, magCompare, magAdd, magSub, magMul, magDivmod, lastRemainder, magParse,
  magFormat, magToF64, magFitsI64, magToU64, limbs,
} from "./bigint.as";

export const K_INT: u32 = 0;
export const K_FLOAT: u32 = 1;
export const K_BIG: u32 = 2;

// number [type, kind @4, i64|f64 @8, source text ptr @16, source text length @20];
// a big integer holds its magnitude pointer @8 and its sign (1 = negative) @12.

export function numberInt(x: i64): usize {
  const v = alloc(24);
  store<u32>(v, T_NUMBER);
  store<u32>(v, K_INT, 4);
  store<i64>(v, x, 8);
  store<usize>(v, 0, 16);
  store<u32>(v, 0, 20);
  return v;
}

export function numberFloat(x: f64): usize {
  // An integral result is an integer, as OPA prints 1.5 + 2.5 as 4.
  if (Math.trunc(x) == x && Math.abs(x) < 9.0e18) return numberInt(<i64>x);
  const v = alloc(24);
  store<u32>(v, T_NUMBER);
  store<u32>(v, K_FLOAT, 4);
  store<f64>(v, x, 8);
  store<usize>(v, 0, 16);
  store<u32>(v, 0, 20);
  return v;
}

@inline export function isInt(v: usize): bool {
  return load<u32>(v, 4) == K_INT;
}

@inline export function intValue(v: usize): i64 {
  return load<i64>(v, 8);
}

@inline function isBig(v: usize): bool {
  return load<u32>(v, 4) == K_BIG;
}

/** An integer of any size (not an f64). */
@inline export function isInteger(v: usize): bool {
  return load<u32>(v, 4) != K_FLOAT;
}

function numberBig(mag: usize, negative: bool): usize {
  if (magFitsI64(mag, negative)) {
    const u = magToU64(mag);
    return numberInt(negative ? <i64>(0 - u) : <i64>u);
  }
  const v = alloc(24);
  store<u32>(v, T_NUMBER);
  store<u32>(v, K_BIG, 4);
  store<usize>(v, mag, 8);
  store<u32>(v, negative ? 1 : 0, 12);
  store<usize>(v, 0, 16);
  store<u32>(v, 0, 20);
  return v;
}

function magOf(v: usize): usize {
  if (isBig(v)) return load<usize>(v, 8);
  const x = intValue(v);
  return magFromU64(x < 0 ? <u64>(0 - x) : <u64>x);
}

function negOf(v: usize): bool {
  return isBig(v) ? load<u32>(v, 12) != 0 : intValue(v) < 0;
}

/** a + b for integers, with signs: the magnitudes are added or subtracted. */
function bigAdd(ma: usize, na: bool, mb: usize, nb: bool): usize {
  if (na == nb) return numberBig(magAdd(ma, mb), na);
  const c = magCompare(ma, mb);
  if (c == 0) return numberInt(0);
  return c > 0 ? numberBig(magSub(ma, mb), na) : numberBig(magSub(mb, ma), nb);
}

export function toF64(v: usize): f64 {
  const k = load<u32>(v, 4);
  if (k == K_INT) return <f64>load<i64>(v, 8);
  if (k == K_BIG) {
    const f = magToF64(load<usize>(v, 8));
    return load<u32>(v, 12) != 0 ? -f : f;
  }
  return load<f64>(v, 8);
}

/** True when the number is a whole number (whatever its representation). */
export function isWhole(v: usize): bool {
  if (isInteger(v)) return true;
  const x = load<f64>(v, 8);
  return isFinite(x) && Math.trunc(x) == x;
}

/** The number as an array index, or -1 when it is not a whole number in range. */
export function numberToIndex(v: usize): i32 {
  if (isBig(v)) return -1;
  if (isInt(v)) {
    const x = intValue(v);
    return x >= 0 && x <= 0x7fffffff ? <i32>x : -1;
  }
  const f = load<f64>(v, 8);
  if (Math.trunc(f) == f && f >= 0 && f <= 2147483647.0) return <i32>f;
  return -1;
}

/** Parses a JSON number's text; 0 when it is not one. */
export function numberParse(p: usize, n: u32): usize {
  if (n == 0) return 0;
  let i: u32 = 0;
  let neg = false;
  if (load<u8>(p) == 45) {
    neg = true;
    i = 1;
  }
  let acc: u64 = 0;
  let integral = true;
  let overflow = false;
  let digits: u32 = 0;
  for (; i < n; i++) {
    const c = load<u8>(p + i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (integral && !overflow) {
        const next = acc * 10 + <u64>(c - 48);
        if (acc > 0x1999999999999999 || next < acc) overflow = true;
        else acc = next;
      }
    } else if (c == 46 || c == 101 || c == 69 || c == 43 || c == 45) {
      integral = false;
    } else {
      return 0;
    }
  }
  if (digits == 0) return 0;
  if (integral && !overflow) {
    if (!neg && acc <= <u64>i64.MAX_VALUE) return numberInt(<i64>acc);
    if (neg && acc <= (<u64>i64.MAX_VALUE) + 1) return numberInt(<i64>(0 - acc));
  }
  if (integral) {
    const start: u32 = neg ? 1 : 0;
    const big = numberBig(magParse(p + start, n - start), neg);
    store<usize>(big, p, 16);
    store<u32>(big, n, 20);
    return big;
  }
  const v = alloc(24);
  store<u32>(v, T_NUMBER);
  store<u32>(v, K_FLOAT, 4);
  store<f64>(v, parseFloatBytes(p, n), 8);
  store<usize>(v, p, 16);
  store<u32>(v, n, 20);
  return v;
}

// strtod reads an AssemblyScript string; this lays one out in our own heap (the UTF-16
// code units and the byte length just before them) instead of allocating a managed one.
function parseFloatBytes(p: usize, n: u32): f64 {
  const s = alloc(20 + (<usize>n << 1)) + 20;
  store<u32>(s - 4, n << 1);
  for (let i: u32 = 0; i < n; i++) store<u16>(s + (<usize>i << 1), load<u8>(p + i));
  return strtod(changetype<string>(s));
}

export function numCompare(a: usize, b: usize): i32 {
  if (isInt(a) && isInt(b)) {
    const x = intValue(a);
    const y = intValue(b);
    return x == y ? 0 : x < y ? -1 : 1;
  }
  if (isInteger(a) && isInteger(b)) {
    const na = negOf(a);
    const nb = negOf(b);
    if (na != nb) return na ? -1 : 1;
    const c = magCompare(magOf(a), magOf(b));
    return na ? -c : c;
  }
  let c: i32;
  if (isInt(a)) c = intFloatCompare(intValue(a), toF64(b));
  else if (isInt(b)) c = -intFloatCompare(intValue(b), toF64(a));
  else {
    const x = toF64(a);
    const y = toF64(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  // Rounding to f64 keeps order, so only a tie can be wrong: two different decimals
  // can share an f64 (0.1234567890123456789 and ...788, 1e-400 and 0, 1e400 and 1e399
  // as infinity). The texts settle it when there are any.
  if (c == 0 && (hasText(a) || hasText(b))) {
    const exact = decCompare(a, b);
    if (exact != 2) return exact;
  }
  return c;
}

// An integer against a float, exactly: converting the integer to f64 would round values
// past 2^53 onto their float neighbours and call them equal.
function intFloatCompare(x: i64, f: f64): i32 {
  if (f >= 9223372036854775808.0) return -1;
  if (f < -9223372036854775808.0) return 1;
  const whole = Math.trunc(f);
  const t = <i64>whole;
  if (x != t) return x < t ? -1 : 1;
  const frac = f - whole;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/** Room numberFormat needs for `v`. */
export function numberFormatCap(v: usize): u32 {
  return isBig(v) ? limbs(load<usize>(v, 8)) * 10 + 4 : 64;
}

/** Writes the number's text at `dst` (numberFormatCap bytes); returns the byte count. */
export function numberFormat(v: usize, dst: usize): u32 {
  const textLen = load<u32>(v, 20);
  if (textLen != 0) {
    memory.copy(dst, load<usize>(v, 16), textLen);
    return textLen;
  }
  if (isInt(v)) return formatI64(intValue(v), dst);
  if (isBig(v)) return magFormat(load<usize>(v, 8), load<u32>(v, 12) != 0, dst);
  const x = load<f64>(v, 8);
  if (!isFinite(x)) {
    // JSON has no NaN or infinity; OPA never produces them from valid arithmetic.
    store<u8>(dst, 48);
    return 1;
  }
  const tmp = alloc(64);
  const n = dtoa_buffered(tmp, x);
  for (let i: u32 = 0; i < n; i++) store<u8>(dst + i, <u8>load<u16>(tmp + (<usize>i << 1)));
  return n;
}

/** The source text when the number has one (big integers, decimals from JSON). */
export function numberText(v: usize): usize {
  return load<usize>(v, 16);
}

export function formatI64(x: i64, dst: usize): u32 {
  let u: u64 = x < 0 ? <u64>(0 - x) : <u64>x;
  let n: u32 = 0;
  if (x < 0) store<u8>(dst + n++, 45);
  let digits: u32 = 1;
  for (let t = u; t >= 10; t /= 10) digits++;
  for (let i: i32 = <i32>digits - 1; i >= 0; i--) {
    store<u8>(dst + n + <u32>i, <u8>(48 + <u32>(u % 10)));
    u /= 10;
  }
  return n + digits;
}

// ---- exact decimal arithmetic
//
// OPA adds and multiplies decimals exactly (0.1 + 0.2 is 0.3). A decimal here is a big
// integer mantissa and a power of ten, read from the number's text (its source text,
// or the shortest text of a computed f64). Results too long to be worth exactness fall
// back to f64.

let decMag: usize = 0;
let decNeg = false;
let decExp: i32 = 0;

const MAX_DEC_DIGITS: u32 = 40;

// Significant digits of decMag (no leading zeros): read by decCompare.
let decDigits: u32 = 0;

/**
 * Reads `v` as a decimal into decMag/decNeg/decExp; false when it will not fit. Arithmetic
 * asks for a `limited` one (few digits, small exponent); comparison takes any length.
 */
function decOf(v: usize, limited: bool = true): bool {
  if (isInteger(v)) {
    decMag = magOf(v);
    decNeg = negOf(v);
    decExp = 0;
    if (!limited) {
      const tmp = alloc(<usize>numberFormatCap(v));
      const n = magFormat(decMag, false, tmp);
      decDigits = n == 1 && load<u8>(tmp) == 48 ? 0 : n;
    }
    return true;
  }
  let p = load<usize>(v, 16);
  let n = load<u32>(v, 20);
  if (n == 0) {
    const x = load<f64>(v, 8);
    if (!isFinite(x)) return false;
    p = alloc(64);
    const tmp = alloc(64);
    n = dtoa_buffered(tmp, x);
    for (let i: u32 = 0; i < n; i++) store<u8>(p + i, <u8>load<u16>(tmp + (<usize>i << 1)));
  }
  let i: u32 = 0;
  decNeg = false;
  if (i < n && load<u8>(p) == 45) {
    decNeg = true;
    i++;
  }
  const digits = alloc(<usize>n);
  let dn: u32 = 0;
  let frac: i32 = 0;
  let inFrac = false;
  for (; i < n; i++) {
    const c = load<u8>(p + i);
    if (c >= 48 && c <= 57) {
      if (dn > 0 || c != 48) store<u8>(digits + dn++, c);
      if (inFrac) frac++;
    } else if (c == 46) {
      inFrac = true;
    } else {
      break;
    }
  }
  let e: i32 = 0;
  if (i < n && (load<u8>(p + i) == 101 || load<u8>(p + i) == 69)) {
    i++;
    let eneg = false;
    if (i < n && (load<u8>(p + i) == 43 || load<u8>(p + i) == 45)) {
      eneg = load<u8>(p + i) == 45;
      i++;
    }
    while (i < n) {
      e = e * 10 + <i32>(load<u8>(p + i) - 48);
      if (e > (limited ? 400 : 100000000)) return false;
      i++;
    }
    if (eneg) e = -e;
  }
  if (limited && dn > MAX_DEC_DIGITS) return false;
  decMag = magParse(digits, dn);
  decExp = e - frac;
  decDigits = dn;
  return !limited || (decExp > -60 && decExp < 60);
}

/**
 * The exact order of two numbers by the decimals they denote, for when their f64s
 * cannot tell (more digits than an f64 holds, exponents beyond its range); 2 when one
 * of them has no decimal form (a computed infinity).
 */
function decCompare(a: usize, b: usize): i32 {
  if (!decOf(a, false)) return 2;
  const ma = decMag;
  const ea = decExp;
  const da = decDigits;
  const na = decNeg && da != 0;
  if (!decOf(b, false)) return 2;
  const mb = decMag;
  const eb = decExp;
  const db = decDigits;
  const nb = decNeg && db != 0;
  if (na != nb) return na ? -1 : 1;
  if (da == 0 || db == 0) {
    if (da == db) return 0;
    // One is zero: the other's sign decides (nb == na here).
    const c: i32 = da == 0 ? -1 : 1;
    return na ? -c : c;
  }
  // A value of d significant digits and exponent e lies in [10^(d+e-1), 10^(d+e)).
  const oa = <i64>da + <i64>ea;
  const ob = <i64>db + <i64>eb;
  let c: i32;
  if (oa != ob) c = oa < ob ? -1 : 1;
  // Same order of magnitude: the exponents differ by less than the digits, so aligning
  // them multiplies by a bounded power of ten.
  else if (ea >= eb) c = magCompare(magMul(ma, pow10(ea - eb)), mb);
  else c = magCompare(ma, magMul(mb, pow10(eb - ea)));
  return na ? -c : c;
}

/** True when `v` was read from text (JSON or the policy) that an f64 may not hold exactly. */
@inline function hasText(v: usize): bool {
  return load<u32>(v, 20) != 0;
}

function pow10(k: i32): usize {
  let m = magFromU64(1);
  const ten = magFromU64(10);
  for (let i = 0; i < k; i++) m = magMul(m, ten);
  return m;
}

/** The number for mantissa `mag` (sign `neg`) times 10^exp. */
function fromDecimal(mag: usize, neg: bool, exp: i32): usize {
  if (limbs(mag) == 0) return numberInt(0);
  while (exp < 0) {
    const q = magDivmod(mag, magFromU64(10));
    if (limbs(lastRemainder()) != 0) break;
    mag = q;
    exp++;
  }
  if (exp >= 0) return numberBig(magMul(mag, pow10(exp)), neg);
  const digitsCap = limbs(mag) * 10 + 4;
  const digits = alloc(<usize>digitsCap);
  const dn = magFormat(mag, false, digits);
  const point = <i32>dn + exp; // digits before the decimal point
  const textCap = <usize>(dn + <u32>(-exp) + 4);
  const text = alloc(textCap);
  let t: u32 = 0;
  if (neg) store<u8>(text + t++, 45);
  if (point <= 0) {
    store<u8>(text + t++, 48);
    store<u8>(text + t++, 46);
    for (let i = point; i < 0; i++) store<u8>(text + t++, 48);
    memory.copy(text + t, digits, dn);
    t += dn;
  } else {
    memory.copy(text + t, digits, <usize>point);
    t += <u32>point;
    store<u8>(text + t++, 46);
    memory.copy(text + t, digits + <usize>point, dn - <u32>point);
    t += dn - <u32>point;
  }
  const v = alloc(24);
  store<u32>(v, T_NUMBER);
  store<u32>(v, K_FLOAT, 4);
  store<f64>(v, parseFloatBytes(text, t), 8);
  store<usize>(v, text, 16);
  store<u32>(v, t, 20);
  return v;
}

function decAdd(a: usize, b: usize, negateB: bool): usize {
  if (!decOf(a)) return 0;
  let ma = decMag;
  const na = decNeg;
  const ea = decExp;
  if (!decOf(b)) return 0;
  let mb = decMag;
  const nb = decNeg != negateB;
  const eb = decExp;
  const e = ea < eb ? ea : eb;
  if (ea > e) ma = magMul(ma, pow10(ea - e));
  if (eb > e) mb = magMul(mb, pow10(eb - e));
  if (na == nb) return fromDecimal(magAdd(ma, mb), na, e);
  const c = magCompare(ma, mb);
  if (c == 0) return numberInt(0);
  return c > 0 ? fromDecimal(magSub(ma, mb), na, e) : fromDecimal(magSub(mb, ma), nb, e);
}

function decMul(a: usize, b: usize): usize {
  if (!decOf(a)) return 0;
  const ma = decMag;
  const na = decNeg;
  const ea = decExp;
  if (!decOf(b)) return 0;
  return fromDecimal(magMul(ma, decMag), na != decNeg, ea + decExp);
}

// ---- arithmetic

export function numPlus(a: usize, b: usize): usize {
  if (isInt(a) && isInt(b)) {
    const x = intValue(a);
    const y = intValue(b);
    const r = x + y;
    if (((r ^ x) & (r ^ y)) >= 0) return numberInt(r);
  }
  if (isInteger(a) && isInteger(b)) return bigAdd(magOf(a), negOf(a), magOf(b), negOf(b));
  const d = decAdd(a, b, false);
  return d != 0 ? d : numberFloat(toF64(a) + toF64(b));
}

export function numMinus(a: usize, b: usize): usize {
  if (isInt(a) && isInt(b)) {
    const x = intValue(a);
    const y = intValue(b);
    const r = x - y;
    if (((x ^ y) & (x ^ r)) >= 0) return numberInt(r);
  }
  if (isInteger(a) && isInteger(b)) return bigAdd(magOf(a), negOf(a), magOf(b), !negOf(b));
  const d = decAdd(a, b, true);
  return d != 0 ? d : numberFloat(toF64(a) - toF64(b));
}

export function numMul(a: usize, b: usize): usize {
  if (isInt(a) && isInt(b)) {
    const x = intValue(a);
    const y = intValue(b);
    const small: i64 = 0xb504f333; // below sqrt(2^63): the product cannot overflow
    if (x > -small && x < small && y > -small && y < small) return numberInt(x * y);
  }
  if (isInteger(a) && isInteger(b)) return numberBig(magMul(magOf(a), magOf(b)), negOf(a) != negOf(b));
  const d = decMul(a, b);
  return d != 0 ? d : numberFloat(toF64(a) * toF64(b));
}

export function isZero(v: usize): bool {
  if (isBig(v)) return false; // big integers are never normalised to zero
  return isInt(v) ? intValue(v) == 0 : load<f64>(v, 8) == 0;
}

/** a / b; the caller has ruled out b == 0. */
export function numDiv(a: usize, b: usize): usize {
  if (isInt(a) && isInt(b)) {
    const x = intValue(a);
    const y = intValue(b);
    if (!(x == i64.MIN_VALUE && y == -1) && x % y == 0) return numberInt(x / y);
  }
  if (isInteger(a) && isInteger(b) && (isBig(a) || isBig(b))) {
    const q = magDivmod(magOf(a), magOf(b));
    if (limbs(lastRemainder()) == 0) return numberBig(q, negOf(a) != negOf(b));
  }
  return numberFloat(toF64(a) / toF64(b));
}

/** a % b for whole numbers; the caller has ruled out b == 0 and fractions. */
export function numRem(a: usize, b: usize): usize {
  if (isInt(a) && isInt(b)) {
    const y = intValue(b);
    if (y == -1) return numberInt(0);
    return numberInt(intValue(a) % y);
  }
  if (isInteger(a) && isInteger(b)) {
    // Truncated division: the remainder takes the dividend's sign, as Go's big.Int.Rem.
    magDivmod(magOf(a), magOf(b));
    const r = lastRemainder();
    return limbs(r) == 0 ? numberInt(0) : numberBig(r, negOf(a));
  }
  const x = toF64(a);
  const y = toF64(b);
  return numberFloat(x - Math.trunc(x / y) * y);
}

export function numNeg(a: usize): usize {
  if (isInt(a) && intValue(a) != i64.MIN_VALUE) return numberInt(-intValue(a));
  if (isInteger(a)) return numberBig(magOf(a), !negOf(a));
  return numberFloat(-toF64(a));
}

export function numAbs(a: usize): usize {
  if (isInteger(a)) return negOf(a) ? numNeg(a) : a;
  return numberFloat(Math.abs(toF64(a)));
}

export function numRound(a: usize): usize {
  if (isInteger(a)) return a;
  const x = toF64(a);
  // Halves round away from zero, as OPA rounds.
  const r = x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5);
  return numberFloat(r);
}

export function numCeil(a: usize): usize {
  return isInteger(a) ? a : numberFloat(Math.ceil(toF64(a)));
}

export function numFloor(a: usize): usize {
  return isInteger(a) ? a : numberFloat(Math.floor(toF64(a)));
}

/**
 * The digits of integer `v` in base `b` (2 to 16), as a string value; big integers are
 * divided out exactly rather than clamped to 64 bits.
 */
export function integerInBase(v: usize, b: u32): usize {
  const neg = negOf(v);
  let m = magOf(v);
  const divisor = magFromU64(<u64>b);
  // 32 bits per limb take at most 32 digits in base 2; one more for the sign.
  const cap = (limbs(m) + 1) * 32 + 1;
  const buf = alloc(<usize>cap);
  let i = cap;
  const digits = "0123456789abcdef";
  do {
    m = magDivmod(m, divisor);
    const r = lastRemainder();
    const d = limbs(r) == 0 ? 0 : load<u32>(r, 4);
    store<u8>(buf + --i, <u8>digits.charCodeAt(<i32>d));
  } while (limbs(m) > 0);
  if (neg) store<u8>(buf + --i, 45);
  return stringNew(buf + i, cap - i);
}
