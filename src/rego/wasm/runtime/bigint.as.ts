// Arbitrary-precision integers for numbers beyond 64 bits: a sign and a magnitude of
// little-endian u32 limbs. Only what Rego's integer arithmetic needs: compare, add,
// subtract, multiply, divide with remainder, and decimal text in and out.

import { alloc } from "./heap.as";

// A magnitude is [n limbs @0, limbs...]; a signed big integer pairs one with a sign.
@inline export function limbs(m: usize): u32 { return load<u32>(m); }
@inline export function limb(m: usize, i: u32): u32 { return i < load<u32>(m) ? load<u32>(m + 4 + (<usize>i << 2)) : 0; }

export function magNew(n: u32): usize {
  const m = alloc(4 + (<usize>n << 2));
  store<u32>(m, n);
  memory.fill(m + 4, 0, <usize>n << 2);
  return m;
}

function trim(m: usize): usize {
  let n = load<u32>(m);
  while (n > 0 && load<u32>(m + 4 + (<usize>(n - 1) << 2)) == 0) n--;
  store<u32>(m, n);
  return m;
}

export function magFromU64(x: u64): usize {
  const m = magNew(2);
  store<u32>(m + 4, <u32>x);
  store<u32>(m + 8, <u32>(x >> 32));
  return trim(m);
}

export function magCompare(a: usize, b: usize): i32 {
  const an = limbs(a);
  const bn = limbs(b);
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = <i32>an - 1; i >= 0; i--) {
    const x = limb(a, <u32>i);
    const y = limb(b, <u32>i);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

export function magAdd(a: usize, b: usize): usize {
  const n = (limbs(a) > limbs(b) ? limbs(a) : limbs(b)) + 1;
  const r = magNew(n);
  let carry: u64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const s = <u64>limb(a, i) + <u64>limb(b, i) + carry;
    store<u32>(r + 4 + (<usize>i << 2), <u32>s);
    carry = s >> 32;
  }
  return trim(r);
}

/** a - b for a >= b. */
export function magSub(a: usize, b: usize): usize {
  const n = limbs(a);
  const r = magNew(n);
  let borrow: i64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    let d = <i64>limb(a, i) - <i64>limb(b, i) - borrow;
    borrow = 0;
    if (d < 0) {
      d += 0x100000000;
      borrow = 1;
    }
    store<u32>(r + 4 + (<usize>i << 2), <u32>d);
  }
  return trim(r);
}

export function magMul(a: usize, b: usize): usize {
  const an = limbs(a);
  const bn = limbs(b);
  const r = magNew(an + bn);
  for (let i: u32 = 0; i < an; i++) {
    let carry: u64 = 0;
    const x = <u64>limb(a, i);
    for (let j: u32 = 0; j < bn; j++) {
      const at = r + 4 + (<usize>(i + j) << 2);
      const t = x * <u64>limb(b, j) + <u64>load<u32>(at) + carry;
      store<u32>(at, <u32>t);
      carry = t >> 32;
    }
    store<u32>(r + 4 + (<usize>(i + bn) << 2), <u32>carry);
  }
  return trim(r);
}

let remainder: usize = 0;

/** a / b (b non-zero); the remainder is left in `lastRemainder()`. */
export function magDivmod(a: usize, b: usize): usize {
  const n = limbs(a);
  const q = magNew(n);
  let r = magNew(limbs(b) + 1);
  store<u32>(r, 0);
  for (let i = <i32>(n * 32) - 1; i >= 0; i--) {
    // r = r << 1 | bit i of a
    const rn = limbs(r) + 1;
    const s = magNew(rn);
    let carry: u32 = (limb(a, <u32>i >> 5) >> (<u32>i & 31)) & 1;
    for (let k: u32 = 0; k < rn; k++) {
      const v = limb(r, k);
      store<u32>(s + 4 + (<usize>k << 2), (v << 1) | carry);
      carry = v >> 31;
    }
    r = trim(s);
    if (magCompare(r, b) >= 0) {
      r = magSub(r, b);
      const at = q + 4 + (<usize>(<u32>i >> 5) << 2);
      store<u32>(at, load<u32>(at) | (1 << (<u32>i & 31)));
    }
  }
  remainder = r;
  return trim(q);
}

export function lastRemainder(): usize { return remainder; }

/** Divides in place by a small divisor; returns the remainder. */
function divSmall(m: usize, d: u32): u32 {
  let rem: u64 = 0;
  for (let i = <i32>limbs(m) - 1; i >= 0; i--) {
    const at = m + 4 + (<usize>i << 2);
    const cur = (rem << 32) | <u64>load<u32>(at);
    store<u32>(at, <u32>(cur / <u64>d));
    rem = cur % <u64>d;
  }
  trim(m);
  return <u32>rem;
}

/** Magnitude of the decimal digits at p (n bytes, digits only). */
export function magParse(p: usize, n: u32): usize {
  let m = magNew(1);
  store<u32>(m, 0);
  const ten = magFromU64(10);
  for (let i: u32 = 0; i < n; i++) {
    m = magAdd(magMul(m, ten), magFromU64(<u64>(load<u8>(p + i) - 48)));
  }
  return m;
}

/** Writes the decimal digits of `m` (optionally negative) and returns [ptr, len] via globals. */
export function magFormat(m: usize, negative: bool, out: usize): u32 {
  const n = limbs(m);
  const work = magNew(n);
  memory.copy(work + 4, m + 4, <usize>n << 2);
  // At most 10 digits per limb.
  const cap = n * 10 + 2;
  const buf = alloc(<usize>cap);
  let i = cap;
  if (n == 0) store<u8>(buf + --i, 48);
  while (limbs(work) > 0) {
    let chunk = divSmall(work, 1000000000);
    const more = limbs(work) > 0;
    for (let k = 0; k < 9; k++) {
      if (!more && chunk == 0) break;
      store<u8>(buf + --i, <u8>(48 + chunk % 10));
      chunk /= 10;
    }
  }
  if (negative) store<u8>(buf + --i, 45);
  memory.copy(out, buf + i, cap - i);
  return cap - i;
}

export function magToF64(m: usize): f64 {
  let r: f64 = 0;
  for (let i = <i32>limbs(m) - 1; i >= 0; i--) r = r * 4294967296.0 + <f64>limb(m, <u32>i);
  return r;
}

/** True when the magnitude fits in 63 bits (so it is an i64 with either sign). */
export function magFitsI64(m: usize, negative: bool): bool {
  if (limbs(m) > 2) return false;
  const v = (<u64>limb(m, 1) << 32) | <u64>limb(m, 0);
  return negative ? v <= 0x8000000000000000 : v <= 0x7fffffffffffffff;
}

export function magToU64(m: usize): u64 {
  return (<u64>limb(m, 1) << 32) | <u64>limb(m, 0);
}
