// Set intersection and union: the `&` and `|` operators and their n-ary forms.

import { mismatch, valueName, isSet } from "../shared/operands.as";
import { builtinError } from "../../heap.as";
import { len, elemsPtr, setNew, setAdd, setContains } from "../../value.as";

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
