// glob.match (gobwas/glob syntax: * ** ? [a-z] [!a-z] {a,b} \x)

import { mismatch, valueName } from "../shared/operands.as";
import { alloc, builtinError } from "../../heap.as";
import { T_NULL, T_STRING, T_ARRAY, typeOf, len, boolean, stringNew, strPtr, arrayNew, arrayAppend, arrayGet, utf8Count } from "../../value.as";

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
