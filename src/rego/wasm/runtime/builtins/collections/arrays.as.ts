// Array functions.

import { mismatch, isNum, isArr } from "../shared/operands.as";
import { builtinError } from "../../heap.as";
import { toF64, isWhole } from "../../number.as";
import { len, arrayNew, arrayAppend, arrayGet } from "../../value.as";

export function b_array_concat(a: usize, b: usize): usize {
  if (!isArr(a)) return mismatch("array.concat: operand 1 must be array but got ", a);
  if (!isArr(b)) return mismatch("array.concat: operand 2 must be array but got ", b);
  const r = arrayNew(len(a) + len(b));
  for (let i: u32 = 0; i < len(a); i++) arrayAppend(r, arrayGet(a, i));
  for (let i: u32 = 0; i < len(b); i++) arrayAppend(r, arrayGet(b, i));
  return r;
}

export function b_array_slice(a: usize, start: usize, stop: usize): usize {
  if (!isArr(a)) return mismatch("array.slice: operand 1 must be array but got ", a);
  if (!isNum(start)) return mismatch("array.slice: operand 2 must be number but got ", start);
  if (!isWhole(start)) return builtinError("array.slice: operand 2 must be integer number but got floating-point number");
  if (!isNum(stop)) return mismatch("array.slice: operand 3 must be number but got ", stop);
  if (!isWhole(stop)) return builtinError("array.slice: operand 3 must be integer number but got floating-point number");
  const n = <i64>len(a);
  let s = <i64>Math.floor(toF64(start));
  let e = <i64>Math.floor(toF64(stop));
  if (s < 0) s = 0;
  if (e > n) e = n;
  const r = arrayNew(0);
  for (let i = s; i < e; i++) arrayAppend(r, arrayGet(a, <u32>i));
  return r;
}
