// net.cidr_contains

import { mismatch } from "../shared/operands.as";
import { digits } from "../shared/text.as";
import { alloc, builtinErrorQuoting } from "../../heap.as";
import { T_STRING, FALSE_VALUE, typeOf, len, boolean, strPtr } from "../../value.as";

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
