// Type tests and type names.

import { T_NULL, T_BOOLEAN, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT, T_SET, typeOf, boolean, stringFromLiteral } from "../../value.as";

export function b_is_array(v: usize): usize { return boolean(typeOf(v) == T_ARRAY); }
export function b_is_boolean(v: usize): usize { return boolean(typeOf(v) == T_BOOLEAN); }
export function b_is_null(v: usize): usize { return boolean(typeOf(v) == T_NULL); }
export function b_is_number(v: usize): usize { return boolean(typeOf(v) == T_NUMBER); }
export function b_is_object(v: usize): usize { return boolean(typeOf(v) == T_OBJECT); }
export function b_is_set(v: usize): usize { return boolean(typeOf(v) == T_SET); }
export function b_is_string(v: usize): usize { return boolean(typeOf(v) == T_STRING); }

export function b_type_name(v: usize): usize {
  switch (typeOf(v)) {
    case T_NULL: return stringFromLiteral("null");
    case T_BOOLEAN: return stringFromLiteral("boolean");
    case T_NUMBER: return stringFromLiteral("number");
    case T_STRING: return stringFromLiteral("string");
    case T_ARRAY: return stringFromLiteral("array");
    case T_OBJECT: return stringFromLiteral("object");
    case T_SET: return stringFromLiteral("set");
  }
  return 0;
}
