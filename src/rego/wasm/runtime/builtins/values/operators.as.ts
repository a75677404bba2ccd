// Rego's operators: comparison, arithmetic and membership (`x in xs`, `k, v in xs`).

import { mismatch, isNum, isSet, notNumbers } from "../shared/operands.as";
import { builtinError } from "../../heap.as";
import { isWhole, isZero, numPlus, numMinus, numMul, numDiv, numRem } from "../../number.as";
import { T_ARRAY, T_OBJECT, T_SET, TRUE_VALUE, FALSE_VALUE, typeOf, len, boolean, compare, equal, arrayGet, elemsPtr, setNew, setAdd, setContains, objectVal, get } from "../../value.as";

export function b_eq(a: usize, b: usize): usize { return boolean(equal(a, b)); }
export function b_equal(a: usize, b: usize): usize { return boolean(equal(a, b)); }
export function b_neq(a: usize, b: usize): usize { return boolean(!equal(a, b)); }
export function b_lt(a: usize, b: usize): usize { return boolean(compare(a, b) < 0); }
export function b_lte(a: usize, b: usize): usize { return boolean(compare(a, b) <= 0); }
export function b_gt(a: usize, b: usize): usize { return boolean(compare(a, b) > 0); }
export function b_gte(a: usize, b: usize): usize { return boolean(compare(a, b) >= 0); }

export function b_plus(a: usize, b: usize): usize {
  if (notNumbers(a, b, "plus: operand 1 must be number but got ", "plus: operand 2 must be number but got ")) return 0;
  return numPlus(a, b);
}

export function b_minus(a: usize, b: usize): usize {
  if (isNum(a) && isNum(b)) return numMinus(a, b);
  if (isSet(a) && isSet(b)) {
    const r = setNew();
    const n = len(a);
    for (let i: u32 = 0; i < n; i++) {
      const x = load<usize>(elemsPtr(a) + (<usize>i << 2));
      if (!setContains(b, x)) setAdd(r, x);
    }
    return r;
  }
  if (!isNum(a) && !isSet(a)) return mismatch("minus: operand 1 must be one of {number, set} but got ", a);
  if (isNum(b)) return mismatch("minus: operand 2 must be set but got ", b);
  return mismatch("minus: operand 2 must be number but got ", b);
}

export function b_mul(a: usize, b: usize): usize {
  if (notNumbers(a, b, "mul: operand 1 must be number but got ", "mul: operand 2 must be number but got ")) return 0;
  return numMul(a, b);
}

export function b_div(a: usize, b: usize): usize {
  if (notNumbers(a, b, "div: operand 1 must be number but got ", "div: operand 2 must be number but got ")) return 0;
  if (isZero(b)) return builtinError("div: divide by zero");
  return numDiv(a, b);
}

export function b_rem(a: usize, b: usize): usize {
  if (notNumbers(a, b, "rem: operand 1 must be number but got ", "rem: operand 2 must be number but got ")) return 0;
  if (!isWhole(a) || !isWhole(b)) return builtinError("rem: modulo on floating-point number");
  if (isZero(b)) return builtinError("rem: modulo by zero");
  return numRem(a, b);
}

// ---- membership (`x in xs`, `k, v in xs`)

export function b_internal_member_2(x: usize, c: usize): usize {
  const t = typeOf(c);
  if (t == T_SET) return boolean(setContains(c, x));
  if (t == T_ARRAY) {
    const n = len(c);
    for (let i: u32 = 0; i < n; i++) if (equal(arrayGet(c, i), x)) return TRUE_VALUE;
    return FALSE_VALUE;
  }
  if (t == T_OBJECT) {
    const n = len(c);
    for (let i: u32 = 0; i < n; i++) if (equal(objectVal(c, i), x)) return TRUE_VALUE;
    return FALSE_VALUE;
  }
  return FALSE_VALUE;
}

export function b_internal_member_3(k: usize, v: usize, c: usize): usize {
  const t = typeOf(c);
  if (t == T_ARRAY || t == T_OBJECT) {
    const x = get(c, k);
    return boolean(x != 0 && equal(x, v));
  }
  if (t == T_SET) return boolean(equal(k, v) && setContains(c, k));
  return FALSE_VALUE;
}
