// glob.match (gobwas/glob syntax: * ** ? [a-z] [!a-z] {a,b} \x)

import { mismatch, valueName } from "../shared/operands.as";
import { alloc, builtinError, heapPtrGet, heapPtrSet } from "../../heap.as";
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

// The pattern is compiled to a Thompson automaton and run over the subject with a set of
// live states, so a match costs O(pattern x subject) whatever the pattern: no backtracking,
// no pattern that runs for seconds. Node kinds:
const K_MATCH: i32 = 0; // the pattern is done
const K_LIT: i32 = 1; // arg: the code point
const K_ANY: i32 = 2; // ?: one code point that is not a delimiter
const K_STAR: i32 = 3; // *: loops over code points that are not delimiters
const K_SUPER: i32 = 4; // **: loops over any code point
const K_CLASS: i32 = 5; // [..]: arg the first item's offset, arg2 the `]`'s offset
const K_NCLASS: i32 = 6; // [!..]
const K_SPLIT: i32 = 7; // goes on to arg and to next, consuming nothing
const K_FAIL: i32 = 8; // an unclosed class: never matches

// Four i32 per node: kind, arg, arg2, next.
let nodes: usize = 0;
let nodeCount: i32 = 0;
let pat: usize = 0;
// Groups nest by recursion; past this depth the pattern is refused rather than run out
// of stack.
const MAX_NESTING: i32 = 1000;
let nesting: i32 = 0;
let tooDeep = false;

function node(kind: i32, arg: i32, arg2: i32, next: i32): i32 {
  const at = nodes + (<usize>nodeCount << 4);
  store<i32>(at, kind);
  store<i32>(at, arg, 4);
  store<i32>(at, arg2, 8);
  store<i32>(at, next, 12);
  return nodeCount++;
}

@inline function kindOf(n: i32): i32 { return load<i32>(nodes + (<usize>n << 4)); }
@inline function argOf(n: i32): i32 { return load<i32>(nodes + (<usize>n << 4), 4); }
@inline function arg2Of(n: i32): i32 { return load<i32>(nodes + (<usize>n << 4), 8); }
@inline function nextOf(n: i32): i32 { return load<i32>(nodes + (<usize>n << 4), 12); }

/** Offset just past the item starting at `i` (a literal, escape, class, brace group or star). */
function itemEnd(i: u32, end: u32): i32 {
  const c = load<u8>(pat + i);
  if (c == 42) return i + 1 < end && load<u8>(pat + i + 1) == 42 ? <i32>i + 2 : <i32>i + 1;
  if (c == 123) {
    const close = closeBrace(pat, end, i);
    return close < 0 ? -1 : close + 1;
  }
  if (c == 92 && i + 1 < end) return <i32>(i + 1 + width(load<u8>(pat + i + 1)));
  return <i32>(i + width(c));
}

/**
 * The automaton for pattern bytes [start, end) followed by node `k`: its entry node, or
 * -1 for an unclosed brace. Items are found left to right, then built right to left, each
 * onto the one after it.
 */
function compile(start: u32, end: u32, k: i32): i32 {
  const starts = alloc(<usize>(end - start + 1) << 2);
  let n: u32 = 0;
  for (let i = start; i < end; ) {
    const e = itemEnd(i, end);
    if (e < 0) return -1;
    store<u32>(starts + (<usize>n << 2), i);
    n++;
    // A class runs to its `]`: skip it whole so a `{` or `*` inside is not an item.
    if (load<u8>(pat + i) == 91) {
      const close = classEnd(i, end);
      i = close < 0 ? end : <u32>close + 1;
    } else {
      i = <u32>e;
    }
  }
  let next = k;
  for (let j = <i32>n - 1; j >= 0; j--) {
    const i = load<u32>(starts + (<usize>j << 2));
    const c = load<u8>(pat + i);
    if (c == 42) {
      next = node(i + 1 < end && load<u8>(pat + i + 1) == 42 ? K_SUPER : K_STAR, 0, 0, next);
    } else if (c == 63) {
      next = node(K_ANY, 0, 0, next);
    } else if (c == 91) {
      const close = classEnd(i, end);
      if (close < 0) {
        next = node(K_FAIL, 0, 0, next);
      } else {
        const negate = i + 1 < end && load<u8>(pat + i + 1) == 33;
        next = node(negate ? K_NCLASS : K_CLASS, <i32>i + (negate ? 2 : 1), close, next);
      }
    } else if (c == 123) {
      next = alternatives(i, <u32>closeBrace(pat, end, i), next);
      if (next < 0) return -1;
    } else {
      const lit = c == 92 && i + 1 < end ? i + 1 : i;
      next = node(K_LIT, <i32>decode(pat, lit), 0, next);
    }
  }
  return next;
}

/** The alternatives of the group `{...}` at [open, close], each followed by `k`. */
function alternatives(open: u32, close: u32, k: i32): i32 {
  if (nesting >= MAX_NESTING) {
    tooDeep = true;
    return -1;
  }
  nesting++;
  const entry = alternativesIn(open, close, k);
  nesting--;
  return entry;
}

function alternativesIn(open: u32, close: u32, k: i32): i32 {
  let entry = -1;
  let start = open + 1;
  let depth = 0;
  for (let i = open + 1; i <= close; i++) {
    const d = load<u8>(pat + i);
    if (d == 92) { i++; continue; }
    if (d == 123) depth++;
    else if (d == 125 && depth > 0) depth--;
    else if ((d == 44 && depth == 0) || i == close) {
      const alt = compile(start, i, k);
      if (alt < 0) return -1;
      entry = entry < 0 ? alt : node(K_SPLIT, alt, 0, entry);
      start = i + 1;
    }
  }
  return entry;
}

/** Offset of the `]` closing the class at `open`, or -1. */
function classEnd(open: u32, end: u32): i32 {
  let i = open + 1;
  if (i < end && load<u8>(pat + i) == 33) i++;
  while (i < end && load<u8>(pat + i) != 93) i += width(load<u8>(pat + i));
  return i < end ? <i32>i : -1;
}

function inClass(from: u32, close: u32, cp: u32): bool {
  let i = from;
  while (i < close) {
    const lo = decode(pat, i);
    i += width(load<u8>(pat + i));
    let hi = lo;
    if (i + 1 < close && load<u8>(pat + i) == 45) {
      hi = decode(pat, i + 1);
      i += 1 + width(load<u8>(pat + i + 1));
    }
    if (cp >= lo && cp <= hi) return true;
  }
  return false;
}

// The live-state sets: node lists, and the step at which each node last joined one.
let marks: usize = 0;
let stack: usize = 0;
let step: i32 = 0;

/** Adds node `n` and every node it reaches without consuming, to the list at `list`. */
function addState(list: usize, count: i32, n: i32): i32 {
  store<i32>(stack, n);
  let sp: usize = 1;
  let c: usize = <usize>count;
  while (sp > 0) {
    sp--;
    const m = load<i32>(stack + (sp << 2));
    const mark = marks + (<usize>m << 2);
    if (load<i32>(mark) == step) continue;
    store<i32>(mark, step);
    const kind = kindOf(m);
    if (kind == K_SPLIT) {
      store<i32>(stack + (sp << 2), nextOf(m));
      store<i32>(stack + ((sp + 1) << 2), argOf(m));
      sp += 2;
      continue;
    }
    store<i32>(list + (c << 2), m);
    c++;
    // A star may match nothing: what follows it is live too.
    if (kind == K_STAR || kind == K_SUPER) {
      store<i32>(stack + (sp << 2), nextOf(m));
      sp++;
    }
  }
  return <i32>c;
}

/** Whether the subject matches; the automaton's memory is given back before returning. */
function globMatch(p: usize, pn: u32, s: usize, sn: u32): bool {
  const mark = heapPtrGet();
  const result = run(p, pn, s, sn);
  heapPtrSet(mark);
  return result;
}

function run(p: usize, pn: u32, s: usize, sn: u32): bool {
  pat = p;
  nodeCount = 0;
  nodes = alloc((<usize>pn + 2) << 4);
  nesting = 0;
  const entry = compile(0, pn, node(K_MATCH, 0, 0, 0));
  if (entry < 0) return false;
  marks = alloc(<usize>nodeCount << 2);
  memory.fill(marks, 0xff, <usize>nodeCount << 2);
  // Each node enters the stack at most once per step, pushing at most two more.
  stack = alloc(<usize>(nodeCount * 2 + 2) << 2);
  let cur = alloc(<usize>nodeCount << 2);
  let nxt = alloc(<usize>nodeCount << 2);
  step = 0;
  let count = addState(cur, 0, entry);
  for (let si: u32 = 0; si < sn && count > 0; ) {
    const cp = decode(s, si);
    si += width(load<u8>(s + si));
    const delim = isDelim(cp);
    step++;
    let n = 0;
    for (let j = 0; j < count; j++) {
      const m = load<i32>(cur + (<usize>j << 2));
      const kind = kindOf(m);
      let ok = false;
      let to = nextOf(m);
      if (kind == K_LIT) ok = <u32>argOf(m) == cp;
      else if (kind == K_ANY) ok = !delim;
      else if (kind == K_STAR) { ok = !delim; to = m; }
      else if (kind == K_SUPER) { ok = true; to = m; }
      else if (kind == K_CLASS || kind == K_NCLASS) {
        // As in gobwas/glob, a class may match a delimiter.
        ok = inClass(<u32>argOf(m), <u32>arg2Of(m), cp) == (kind == K_CLASS);
      }
      if (ok) n = addState(nxt, n, to);
    }
    const t = cur;
    cur = nxt;
    nxt = t;
    count = n;
  }
  for (let j = 0; j < count; j++) {
    if (kindOf(load<i32>(cur + (<usize>j << 2))) == K_MATCH) return true;
  }
  return false;
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
  tooDeep = false;
  const matched = globMatch(strPtr(pattern), len(pattern), strPtr(subject), len(subject));
  if (tooDeep) return builtinError("glob.match: the pattern nests {...} groups more than 1000 deep");
  return boolean(matched);
}
