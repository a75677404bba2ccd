import { describe, expect, it } from 'vitest';

import { HostBuiltinError } from '../../../src/rego/builtins/index.js';
import { toEvalError } from '../../../src/rego/runtime/errors.js';

// The SDK rethrows the module's opa_abort text as a plain string.
describe('evaluation errors', () => {
  it.each([
    [
      'p.rego:3:1: var assignment conflict',
      'eval_conflict_error',
      'p.rego:3:1: eval_conflict_error: complete rules must not produce multiple outputs',
    ],
    [
      'p.rego:4:2: object insert conflict',
      'eval_conflict_error',
      'p.rego:4:2: eval_conflict_error: object keys must be unique',
    ],
    [
      'f.rego:9:1: functions must not produce multiple outputs for same inputs',
      'eval_conflict_error',
      'f.rego:9:1: eval_conflict_error: functions must not produce multiple outputs for same inputs',
    ],
    [
      'internal: illegal entrypoint id',
      'eval_internal_error',
      'eval_internal_error: internal: illegal entrypoint id',
    ],
    ['', 'eval_internal_error', 'eval_internal_error: the policy module aborted without a message'],
    [
      'p.rego:5:2: object.remove: operand 2 must be one of {object, set, array} but got null',
      'eval_type_error',
      'p.rego:5:2: eval_type_error: object.remove: operand 2 must be one of {object, set, array} but got null',
    ],
    [
      'p.rego:3:6: strings.replace_n: operand 1 non-string key found in pattern object',
      'eval_type_error',
      'p.rego:3:6: eval_type_error: strings.replace_n: operand 1 non-string key found in pattern object',
    ],
    [
      'p.rego:1:1: div: divide by zero',
      'eval_builtin_error',
      'p.rego:1:1: eval_builtin_error: div: divide by zero',
    ],
  ])('maps abort %j to %s', (abort, code, message) => {
    const error = toEvalError(abort, false);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps the code of a strict builtin error', () => {
    const error = toEvalError(
      new HostBuiltinError('eval_type_error', 'bits.lsh', 'operand 1 must be integer number'),
      false,
    );
    expect(error.code).toBe('eval_type_error');
    expect(error.message).toBe('eval_type_error: bits.lsh: operand 1 must be integer number');
  });

  it('reports exhausted memory and runaway recursion in words a user can act on', () => {
    expect(toEvalError(new Error('trap'), true).code).toBe('eval_memory_error');
    expect(toEvalError(new RangeError('Maximum call stack size exceeded'), false).message).toMatch(
      /recursed too deeply/,
    );
  });
});
