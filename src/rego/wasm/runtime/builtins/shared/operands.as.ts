// OPA's operand errors for the module's own builtins: `minus: operand 2 must be set but
// got number`, an `eval_type_error` when errors are strict, undefined otherwise (as OPA
// without strict-builtin-errors). The loader tells type errors from other builtin errors
// by the `<name>: operand N ` form of the message. And the kind tests every family uses.

import { builtinError } from "../../heap.as";
import { T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT, T_SET, typeOf } from "../../value.as";

@inline export function isNum(v: usize): bool { return typeOf(v) == T_NUMBER; }
@inline export function isStr(v: usize): bool { return typeOf(v) == T_STRING; }
@inline export function isSet(v: usize): bool { return typeOf(v) == T_SET; }
@inline export function isObj(v: usize): bool { return typeOf(v) == T_OBJECT; }
@inline export function isArr(v: usize): bool { return typeOf(v) == T_ARRAY; }
@inline export function isColl(v: usize): bool { return isArr(v) || isSet(v); }

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


/** Whether `a` or `b` is not a number, after raising OPA's operand error for the first such. */
export function notNumbers(a: usize, b: usize, first: string, second: string): bool {
  if (!isNum(a)) {
    mismatch(first, a);
    return true;
  }
  if (!isNum(b)) {
    mismatch(second, b);
    return true;
  }
  return false;
}
