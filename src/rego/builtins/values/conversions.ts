// Conversions between value kinds; the `cast_*` family is OPA's deprecated form.
import {
  any,
  anyArray,
  anyObject,
  anySet,
  bool,
  builtin,
  nul,
  num,
  oneOf,
  str,
} from '../shared/decl.js';
import { typeError } from '../shared/errors.js';
import { isObject, kindOf } from '../shared/operands.js';
import { toSet } from '../shared/order.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

function cast(wanted: string, test: (v: Json) => boolean, convert: (v: Json) => Json = (v) => v) {
  return (value: Json): Json => {
    if (!test(value)) throw typeError(`operand 1 must be ${wanted} but got ${kindOf(value)}`);
    return convert(value);
  };
}

export const conversions: BuiltinSpec[] = [
  builtin('to_number', [oneOf(nul, bool, num, str)], num),
  builtin('cast_array', [any], anyArray, { host: cast('one of {array, set}', Array.isArray) }),
  builtin('cast_set', [any], anySet, {
    host: cast('one of {array, set}', Array.isArray, (v) => toSet(v as Json[])),
  }),
  builtin('cast_string', [any], str, { host: cast('string', (v) => typeof v === 'string') }),
  builtin('cast_boolean', [any], bool, { host: cast('boolean', (v) => typeof v === 'boolean') }),
  builtin('cast_null', [any], nul, { host: cast('null', (v) => v === null) }),
  builtin('cast_object', [any], anyObject, { host: cast('object', isObject) }),
];
