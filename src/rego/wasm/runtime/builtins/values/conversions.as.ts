// to_number, on the module's own values.

import { mismatch } from "../shared/operands.as";
import { builtinError } from "../../heap.as";
import { numberInt, numberFloat, isInteger, toF64, numberParse } from "../../number.as";
import { T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, typeOf, len, boolean, strPtr } from "../../value.as";

function digitsFrom(p: usize, n: u32, i: u32): u32 {
  while (i < n && load<u8>(p + i) >= 48 && load<u8>(p + i) <= 57) i++;
  return i;
}

/** JSON's number grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)? */
function jsonNumber(p: usize, n: u32): bool {
  let i: u32 = 0;
  if (i < n && load<u8>(p) == 45) i++;
  if (i >= n) return false;
  if (load<u8>(p + i) == 48) i++;
  else {
    const j = digitsFrom(p, n, i);
    if (j == i) return false;
    i = j;
  }
  if (i < n && load<u8>(p + i) == 46) {
    const j = digitsFrom(p, n, i + 1);
    if (j == i + 1) return false;
    i = j;
  }
  if (i < n && (load<u8>(p + i) | 0x20) == 101) {
    i++;
    if (i < n && (load<u8>(p + i) == 43 || load<u8>(p + i) == 45)) i++;
    const j = digitsFrom(p, n, i);
    if (j == i) return false;
    i = j;
  }
  return i == n;
}

function wordIs(p: usize, n: u32, word: string): bool {
  if (n != <u32>word.length) return false;
  for (let i: u32 = 0; i < n; i++) {
    if ((load<u8>(p + i) | 0x20) != <u8>word.charCodeAt(<i32>i)) return false;
  }
  return true;
}

function isNonFinite(p: usize, n: u32): bool {
  if (n > 0 && (load<u8>(p) == 43 || load<u8>(p) == 45)) {
    p++;
    n--;
  }
  return wordIs(p, n, "nan") || wordIs(p, n, "inf") || wordIs(p, n, "infinity");
}

export function b_to_number(v: usize): usize {
  const t = typeOf(v);
  if (t == T_NULL) return numberInt(0);
  if (t == T_BOOLEAN) return numberInt(load<u32>(v, 4) != 0 ? 1 : 0);
  if (t == T_NUMBER) return v;
  if (t == T_STRING) {
    const r = numberParse(strPtr(v), len(v));
    if (r != 0) {
      // A number keeps its text for output only when that text is JSON ("+1", "1.",
      // ".5" are numbers to Go, not to JSON).
      return isInteger(r) || jsonNumber(strPtr(v), len(v)) ? r : numberFloat(toF64(r));
    }
    // Go's ParseFloat reads these; OPA then refuses them as operands.
    if (isNonFinite(strPtr(v), len(v))) return builtinError("to_number: operand 1 must be a finite number, not NaN or infinity");
    return builtinError("to_number: strconv.ParseFloat: invalid syntax");
  }
  return mismatch("to_number: operand 1 must be one of {null, boolean, number, string} but got ", v);
}
