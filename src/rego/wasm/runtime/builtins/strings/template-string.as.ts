// internal.template_string: what a template string `$"a {x} b"` is lowered to. Its
// operand lists the parts: text and literal scalars as themselves, and each other
// expression as the set of its values, so an undefined one is empty. Strings are written
// as they are, any other value as OPA prints it (`[1, "a"]`, `{"k": set()}`, `4.20`), and
// an undefined expression as `<undefined>`. Native, because a set would reach the host
// as an array.

import { alloc, builtinAbort } from "../../heap.as";
import { T_ARRAY, T_SET, T_STRING, typeOf, len, strPtr, arrayGet, elemsPtr, stringNew } from "../../value.as";
import { regoText } from "../../json.as";
import { mismatch } from "../shared/operands.as";

const UNDEFINED = "<undefined>";

/** The text a part stands for, as a string value. */
function partText(part: usize): usize {
  if (typeOf(part) == T_STRING) return part;
  if (typeOf(part) != T_SET) return regoText(part);
  const n = len(part);
  if (n == 0) return 0;
  if (n > 1) builtinAbort("internal.template_string: template-strings must not produce multiple outputs");
  const value = load<usize>(elemsPtr(part));
  return typeOf(value) == T_STRING ? value : regoText(value);
}

export function b_internal_template_string(parts: usize): usize {
  if (typeOf(parts) != T_ARRAY) return mismatch("internal.template_string: operand 1 must be array but got ", parts);
  const n = len(parts);
  const texts = alloc(<usize>n << 2);
  let total: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const text = partText(arrayGet(parts, i));
    store<usize>(texts + (<usize>i << 2), text);
    total += text == 0 ? <u32>UNDEFINED.length : len(text);
  }
  const out = alloc(<usize>total);
  let at = out;
  for (let i: u32 = 0; i < n; i++) {
    const text = load<usize>(texts + (<usize>i << 2));
    if (text == 0) {
      for (let j = 0; j < UNDEFINED.length; j++) store<u8>(at + j, <u8>UNDEFINED.charCodeAt(j));
      at += UNDEFINED.length;
    } else {
      memory.copy(at, strPtr(text), len(text));
      at += len(text);
    }
  }
  return stringNew(out, total);
}
