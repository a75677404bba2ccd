// Comparison, assignment, membership and arithmetic: the builtins behind Rego's operators.
// The Wasm module implements all of them; they are listed for their declarations.
import { any, bool, builtin, num, oneOf, anySet } from '../shared/decl.js';
import type { BuiltinSpec } from '../shared/spec.js';

const compare = (name: string, infix: string): BuiltinSpec =>
  builtin(name, [any, any], bool, { infix });
const arithmetic = (name: string, infix: string): BuiltinSpec =>
  builtin(name, [num, num], num, { infix });
const numberOrSet = oneOf(num, anySet);

export const operators: BuiltinSpec[] = [
  compare('equal', '=='),
  compare('neq', '!='),
  compare('gt', '>'),
  compare('gte', '>='),
  compare('lt', '<'),
  compare('lte', '<='),
  builtin('eq', [any, any], bool, { infix: '=' }),
  builtin('assign', [any, any], bool, { infix: ':=' }),
  builtin('internal.member_2', [any, any], bool, { infix: 'in' }),
  builtin('internal.member_3', [any, any, any], bool, { infix: 'in' }),
  arithmetic('plus', '+'),
  builtin('minus', [numberOrSet, numberOrSet], numberOrSet, { infix: '-' }),
  arithmetic('mul', '*'),
  arithmetic('div', '/'),
  arithmetic('rem', '%'),
];
