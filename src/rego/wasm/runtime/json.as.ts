// JSON text to values and back, and the Rego-syntax dump (sets as `{...}`).

import { alloc, allocZeroed, realloc } from "./heap.as";
import {
  T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT, T_SET,
  NULL_VALUE, TRUE_VALUE, FALSE_VALUE, typeOf, len, strPtr, boolValue,
  stringNew, arrayNew, arrayAppend, arrayGet, objectNew, objectInsert, objectKey, objectVal,
  objectFromPairs, shapeReset,
  elemsPtr, stringHash, bytesEqual, HASH_SEED, hashByte, hashFinish,
} from "./value.as";
import { numberParse, numberFormat, numberFormatCap, numberText } from "./number.as";

// ---- parse

let src: usize = 0;
let end: usize = 0;
let failed = false;

// Equal strings of one document share one value: keys repeat in every object of an
// array and values repeat across records, and compare() settles two identical pointers
// at once. The table lives for one parse ([mask, used, slots...]). Long strings (free
// text) rarely repeat and would cost a hash each, so they stay apart.
const INTERN_MAX: u32 = 48;
let interned: usize = 0;

// The policy's string constants, `[count, value...]`: the emitter supplies the list.
@external("policy", "static_strings")
declare function policy_static_strings(): usize;

// Seeding the table costs a hash and an insert per constant of the policy (hundreds),
// which a host builtin's small result paid on every call: 53,506 calls of time.format
// over 100,000 grants spent more in seeding than in evaluating. A document this small
// has too few strings to repeat, so it is parsed with no table (interning only ever
// saves time: compare() falls back to the bytes).
const INTERN_DOCUMENT_MIN: usize = 4096;

function internReset(): void {
  const cap: u32 = 1024;
  interned = allocZeroed(8 + (<usize>cap << 2));
  store<u32>(interned, cap - 1);
  // Seeded with the policy's constants, so an input key such as "catalogId" is the very
  // value the policy looks up with.
  const list = policy_static_strings();
  const n = load<u32>(list);
  for (let i: u32 = 0; i < n; i++) intern(load<usize>(list + 4 + (<usize>i << 2)));
}

/** An interned string value holding `s`'s text; `s` itself when it is the first. */
function intern(s: usize): usize {
  if (len(s) > INTERN_MAX || interned == 0) return s;
  return internBytes(strPtr(s), len(s), stringHash(s), s);
}

/**
 * The interned string of the `n` bytes at `p` (hash `h`); when there is none yet,
 * `fresh`, or a new value over those bytes if `fresh` is 0 (so a repeated key costs no
 * allocation).
 */
function internBytes(p: usize, n: u32, h: u32, fresh: usize): usize {
  if (interned == 0) {
    if (fresh != 0) return fresh;
    const s = stringNew(p, n);
    store<u32>(s, h, 12);
    return s;
  }
  let mask = load<u32>(interned);
  let i = h & mask;
  while (true) {
    const t = load<usize>(interned + 8 + (<usize>i << 2));
    if (t == 0) break;
    if (load<u32>(t, 12) == h && len(t) == n && bytesEqual(strPtr(t), p, n)) return t;
    i = (i + 1) & mask;
  }
  let s = fresh;
  if (s == 0) {
    s = stringNew(p, n);
    store<u32>(s, h, 12);
  }
  const used = load<u32>(interned, 4) + 1;
  if (used * 2 > mask) {
    internGrow();
    mask = load<u32>(interned);
    i = h & mask;
    while (load<usize>(interned + 8 + (<usize>i << 2)) != 0) i = (i + 1) & mask;
  }
  store<usize>(interned + 8 + (<usize>i << 2), s);
  store<u32>(interned, used, 4);
  return s;
}

function internGrow(): void {
  const old = interned;
  const oldCap = load<u32>(old) + 1;
  const cap = oldCap << 1;
  interned = allocZeroed(8 + (<usize>cap << 2));
  store<u32>(interned, cap - 1);
  store<u32>(interned, load<u32>(old, 4), 4);
  for (let j: u32 = 0; j < oldCap; j++) {
    const t = load<usize>(old + 8 + (<usize>j << 2));
    if (t == 0) continue;
    let i = load<u32>(t, 12) & (cap - 1);
    while (load<usize>(interned + 8 + (<usize>i << 2)) != 0) i = (i + 1) & (cap - 1);
    store<usize>(interned + 8 + (<usize>i << 2), t);
  }
}

function skipWs(): void {
  while (src < end) {
    const c = load<u8>(src);
    if (c != 32 && c != 9 && c != 10 && c != 13) break;
    src++;
  }
}

function literal(word: string): bool {
  const n = <usize>word.length;
  if (src + n > end) return false;
  for (let i: usize = 0; i < n; i++) {
    if (load<u8>(src + i) != <u8>word.charCodeAt(<i32>i)) return false;
  }
  src += n;
  return true;
}

function hex(c: u32): i32 {
  if (c >= 48 && c <= 57) return <i32>c - 48;
  if (c >= 97 && c <= 102) return <i32>c - 87;
  if (c >= 65 && c <= 70) return <i32>c - 55;
  return -1;
}

function hex4(): i32 {
  if (src + 4 > end) return -1;
  let r: i32 = 0;
  for (let i = 0; i < 4; i++) {
    const h = hex(load<u8>(src++));
    if (h < 0) return -1;
    r = (r << 4) | h;
  }
  return r;
}

export function putUtf8(dst: usize, cp: u32): usize {
  if (cp < 0x80) {
    store<u8>(dst++, <u8>cp);
  } else if (cp < 0x800) {
    store<u8>(dst++, <u8>(0xc0 | (cp >> 6)));
    store<u8>(dst++, <u8>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    store<u8>(dst++, <u8>(0xe0 | (cp >> 12)));
    store<u8>(dst++, <u8>(0x80 | ((cp >> 6) & 0x3f)));
    store<u8>(dst++, <u8>(0x80 | (cp & 0x3f)));
  } else {
    store<u8>(dst++, <u8>(0xf0 | (cp >> 18)));
    store<u8>(dst++, <u8>(0x80 | ((cp >> 12) & 0x3f)));
    store<u8>(dst++, <u8>(0x80 | ((cp >> 6) & 0x3f)));
    store<u8>(dst++, <u8>(0x80 | (cp & 0x3f)));
  }
  return dst;
}

function parseString(): usize {
  src++; // opening quote
  const start = src;
  let escaped = false;
  // Hashed while scanned: the hash is only right when there is no escape.
  let h = HASH_SEED;
  while (src < end) {
    const c = load<u8>(src);
    if (c == 34) break;
    if (c == 92) {
      escaped = true;
      src += 2;
      continue;
    }
    if (c < 0x20) return 0;
    h = hashByte(h, c);
    src++;
  }
  if (src >= end) return 0;
  const rawEnd = src;
  src++; // closing quote
  if (!escaped) {
    const n = <u32>(rawEnd - start);
    if (n > INTERN_MAX) return stringNew(start, n);
    return internBytes(start, n, hashFinish(h, n), 0);
  }
  // Escapes never make the text longer, so the raw length bounds the decoded one.
  const buf = alloc(rawEnd - start);
  let out = buf;
  let p = start;
  const saved = src;
  while (p < rawEnd) {
    const c = load<u8>(p++);
    if (c != 92) {
      store<u8>(out++, c);
      continue;
    }
    const e = load<u8>(p++);
    switch (e) {
      case 34: store<u8>(out++, 34); break;
      case 92: store<u8>(out++, 92); break;
      case 47: store<u8>(out++, 47); break;
      case 98: store<u8>(out++, 8); break;
      case 102: store<u8>(out++, 12); break;
      case 110: store<u8>(out++, 10); break;
      case 114: store<u8>(out++, 13); break;
      case 116: store<u8>(out++, 9); break;
      case 117: {
        src = p;
        let cp = hex4();
        if (cp < 0) return 0;
        if (cp >= 0xd800 && cp < 0xdc00 && src + 6 <= end && load<u8>(src) == 92 && load<u8>(src + 1) == 117) {
          src += 2;
          const lo = hex4();
          if (lo >= 0xdc00 && lo < 0xe000) cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          else src -= 6;
        }
        p = src;
        out = putUtf8(out, <u32>cp);
        break;
      }
      default:
        return 0;
    }
  }
  src = saved;
  return intern(stringNew(buf, <u32>(out - buf)));
}

function parseNumber(): usize {
  const start = src;
  while (src < end) {
    const c = load<u8>(src);
    if ((c >= 48 && c <= 57) || c == 45 || c == 43 || c == 46 || c == 101 || c == 69) src++;
    else break;
  }
  return numberParse(start, <u32>(src - start));
}

// At most this many arrays and objects open at once, as Go's encoding/json reads OPA's input.
const MAX_NESTING: i32 = 10000;

/** A value inside `depth` open arrays and objects. */
function parseValue(depth: i32): usize {
  skipWs();
  if (src >= end) return 0;
  const c = load<u8>(src);
  if ((c == 123 || c == 91) && depth >= MAX_NESTING) return 0;
  if (c == 123) {
    src++;
    skipWs();
    if (src < end && load<u8>(src) == 125) {
      src++;
      return objectNew();
    }
    // The members gather on the pair stack (nested objects above them) and become an
    // object at the closing brace.
    const base = pairTop;
    while (true) {
      skipWs();
      if (src >= end || load<u8>(src) != 34) return 0;
      const k = parseString();
      if (k == 0) return 0;
      skipWs();
      if (src >= end || load<u8>(src) != 58) return 0;
      src++;
      const v = parseValue(depth + 1);
      if (v == 0) return 0;
      pushPair(k, v);
      skipWs();
      if (src >= end) return 0;
      const d = load<u8>(src++);
      if (d == 125) {
        const obj = objectFromPairs(pairStack + (<usize>base << 3), pairTop - base);
        pairTop = base;
        return obj;
      }
      if (d != 44) return 0;
    }
  }
  if (c == 91) {
    src++;
    const arr = arrayNew(0);
    skipWs();
    if (src < end && load<u8>(src) == 93) {
      src++;
      return arr;
    }
    while (true) {
      const v = parseValue(depth + 1);
      if (v == 0) return 0;
      arrayAppend(arr, v);
      skipWs();
      if (src >= end) return 0;
      const d = load<u8>(src++);
      if (d == 93) return arr;
      if (d != 44) return 0;
    }
  }
  if (c == 34) return parseString();
  if (c == 116) return literal("true") ? TRUE_VALUE : 0;
  if (c == 102) return literal("false") ? FALSE_VALUE : 0;
  if (c == 110) return literal("null") ? NULL_VALUE : 0;
  return parseNumber();
}

let pairStack: usize = 0;
let pairCap: u32 = 0;
let pairTop: u32 = 0;

function pushPair(k: usize, v: usize): void {
  if (pairTop == pairCap) {
    const cap = pairCap < 64 ? 64 : pairCap << 1;
    const grown = alloc(<usize>cap << 3);
    if (pairTop > 0) memory.copy(grown, pairStack, <usize>pairTop << 3);
    pairStack = grown;
    pairCap = cap;
  }
  const pair = pairStack + (<usize>pairTop << 3);
  store<usize>(pair, k);
  store<usize>(pair, v, 4);
  pairTop++;
}

/** The value of the JSON text at `p` (n bytes), or 0 when it is not valid JSON. */
export function jsonParse(p: usize, n: usize): usize {
  src = p;
  end = p + n;
  failed = false;
  // The stack lives on the heap, which the SDK resets between evaluations.
  pairStack = 0;
  pairCap = 0;
  pairTop = 0;
  shapeReset();
  if (n >= INTERN_DOCUMENT_MIN) internReset();
  else interned = 0;
  const v = parseValue(0);
  if (v == 0) return 0;
  skipWs();
  return src == end ? v : 0;
}

// ---- dump

let out: usize = 0;
let outLen: usize = 0;
let outCap: usize = 0;

function reserve(n: usize): void {
  if (outLen + n <= outCap) return;
  let cap = outCap * 2;
  if (cap < outLen + n) cap = outLen + n + 64;
  out = realloc(out, outCap, cap);
  outCap = cap;
}

function putByte(b: u8): void {
  reserve(1);
  store<u8>(out + outLen++, b);
}

function putBytes(p: usize, n: usize): void {
  reserve(n);
  memory.copy(out + outLen, p, n);
  outLen += n;
}

function putLiteral(s: string): void {
  reserve(<usize>s.length);
  for (let i = 0; i < s.length; i++) store<u8>(out + outLen++, <u8>s.charCodeAt(i));
}

const HEX = "0123456789abcdef";

function putString(v: usize): void {
  const p = strPtr(v);
  const n = len(v);
  putByte(34);
  let runStart: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c >= 0x20 && c != 34 && c != 92) continue;
    putBytes(p + runStart, i - runStart);
    runStart = i + 1;
    putByte(92);
    if (c == 34 || c == 92) putByte(c);
    else if (c == 10) putByte(110);
    else if (c == 9) putByte(116);
    else if (c == 13) putByte(114);
    else if (c == 8) putByte(98);
    else if (c == 12) putByte(102);
    else {
      putLiteral("u00");
      putByte(<u8>HEX.charCodeAt(c >> 4));
      putByte(<u8>HEX.charCodeAt(c & 15));
    }
  }
  putBytes(p + runStart, n - runStart);
  putByte(34);
}

function putNumber(v: usize): void {
  const text = numberText(v);
  if (text != 0) {
    putBytes(text, load<u32>(v, 20));
    return;
  }
  reserve(numberFormatCap(v));
  outLen += numberFormat(v, out + outLen);
}

function separator(spaced: bool): void {
  putByte(44);
  if (spaced) putByte(32);
}

function putValue(v: usize, rego: bool, spaced: bool = false): void {
  switch (typeOf(v)) {
    case T_NULL:
      putLiteral("null");
      return;
    case T_BOOLEAN:
      putLiteral(boolValue(v) ? "true" : "false");
      return;
    case T_NUMBER:
      putNumber(v);
      return;
    case T_STRING:
      putString(v);
      return;
    case T_ARRAY: {
      putByte(91);
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i > 0) separator(spaced);
        putValue(arrayGet(v, i), rego, spaced);
      }
      putByte(93);
      return;
    }
    case T_SET: {
      const n = len(v);
      if (rego && n == 0) {
        putLiteral("set()");
        return;
      }
      putByte(rego ? 123 : 91);
      const e = elemsPtr(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i > 0) separator(spaced);
        putValue(load<usize>(e + (<usize>i << 2)), rego, spaced);
      }
      putByte(rego ? 125 : 93);
      return;
    }
    case T_OBJECT: {
      putByte(123);
      const n = len(v);
      for (let i: u32 = 0; i < n; i++) {
        if (i > 0) separator(spaced);
        const k = objectKey(v, i);
        if (typeOf(k) == T_STRING || rego) {
          putValue(k, rego, spaced);
        } else {
          // JSON keys are strings: a non-string key is written as its JSON text.
          const saveOut = out;
          const saveLen = outLen;
          const saveCap = outCap;
          out = 0;
          outLen = 0;
          outCap = 0;
          putValue(k, false);
          const text = stringNew(out, <u32>outLen);
          out = saveOut;
          outLen = saveLen;
          outCap = saveCap;
          putString(text);
        }
        putByte(58);
        if (spaced) putByte(32);
        putValue(objectVal(v, i), rego, spaced);
      }
      putByte(125);
      return;
    }
  }
}

/** The NUL-terminated text of `v`: JSON, or Rego syntax when `rego` is set. */
export function dump(v: usize, rego: bool): usize {
  out = 0;
  outLen = 0;
  outCap = 0;
  reserve(64);
  putValue(v, rego);
  putByte(0);
  const r = out;
  out = 0;
  return r;
}

/** The JSON text of `v` as a string value (used by builtins that serialise). */
export function dumpToString(v: usize): usize {
  const p = dump(v, false);
  return stringNew(p, <u32>(outLen - 1));
}

/**
 * `v` in Rego syntax as OPA prints a value (`{"a": {1, 2}}`, `set()`), as a string value:
 * what sprintf's %v makes of a composite operand.
 */
export function regoText(v: usize): usize {
  out = 0;
  outLen = 0;
  outCap = 0;
  reserve(64);
  putValue(v, true, true);
  const text = stringNew(out, <u32>outLen);
  out = 0;
  return text;
}
