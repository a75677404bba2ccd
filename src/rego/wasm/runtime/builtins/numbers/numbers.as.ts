// Rounding and absolute values, and numbers.range.

import { mismatch, isNum } from "../shared/operands.as";
import { builtinError } from "../../heap.as";
import { numberInt, isInt, intValue, numAbs, numRound, numCeil, numFloor } from "../../number.as";
import { arrayNew, arrayAppend } from "../../value.as";

export function b_abs(a: usize): usize { return isNum(a) ? numAbs(a) : mismatch("abs: operand 1 must be number but got ", a); }
export function b_round(a: usize): usize { return isNum(a) ? numRound(a) : mismatch("round: operand 1 must be number but got ", a); }
export function b_ceil(a: usize): usize { return isNum(a) ? numCeil(a) : mismatch("ceil: operand 1 must be number but got ", a); }
export function b_floor(a: usize): usize { return isNum(a) ? numFloor(a) : mismatch("floor: operand 1 must be number but got ", a); }

// ---- numbers.range

export function b_numbers_range(a: usize, b: usize): usize {
  if (!isNum(a)) return mismatch("numbers.range: operand 1 must be integer but got ", a);
  if (!isNum(b)) return mismatch("numbers.range: operand 2 must be integer but got ", b);
  if (!isInt(a)) return builtinError("numbers.range: operand 1 must be integer number but got floating-point number");
  if (!isInt(b)) return builtinError("numbers.range: operand 2 must be integer number but got floating-point number");
  const x = intValue(a);
  const y = intValue(b);
  const r = arrayNew(0);
  if (x <= y) for (let i = x; i <= y; i++) arrayAppend(r, numberInt(i));
  else for (let i = x; i >= y; i--) arrayAppend(r, numberInt(i));
  return r;
}
