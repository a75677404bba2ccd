// OPA's operand errors for the module's own builtins: `minus: operand 2 must be set but
// got number`, an `eval_type_error` when errors are strict, undefined otherwise (as OPA
// without strict-builtin-errors). The loader tells type errors from other builtin errors
// by the `<name>: operand N ` form of the message.

import { builtinError } from "./heap.as";
import { T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT, typeOf } from "./value.as";

/** OPA's name for the kind of a value (ast.ValueName). */
export function valueName(v: usize): string {
  switch (typeOf(v)) {
    case T_NULL: return "null";
    case T_BOOLEAN: return "boolean";
    case T_NUMBER: return "number";
    case T_STRING: return "string";
    case T_ARRAY: return "array";
    case T_OBJECT: return "object";
  }
  return "set";
}

/** `msg` is OPA's text up to "but got "; the value's kind completes it. */
export function mismatch(msg: string, got: usize): usize {
  return builtinError(msg, valueName(got));
}

/**
 * A composite operand holding a member of the wrong kind; OPA names the composite's kind
 * twice ("must be array of numbers but got array containing string"), so the caller gives
 * the text for each kind.
 */
export function memberMismatch(ifArray: string, ifSet: string, composite: usize, member: usize): usize {
  return builtinError(typeOf(composite) == T_ARRAY ? ifArray : ifSet, valueName(member));
}
