// Type tests and type names.
import { any, bool, builtin, str } from '../shared/decl.js';
import type { BuiltinSpec } from '../shared/spec.js';

const test = (name: string): BuiltinSpec => builtin(name, [any], bool);

export const types: BuiltinSpec[] = [
  test('is_number'),
  test('is_string'),
  test('is_boolean'),
  test('is_array'),
  test('is_set'),
  test('is_object'),
  test('is_null'),
  builtin('type_name', [any], str),
];
