// Errors a builtin raises. The host table prefixes the builtin's name, so a message reads
// as OPA's does: `strings.split_n: operand 3 must be integer number but got ...`.

import type { BuiltinErrorCode } from '../../errors.js';

// OPA's codes: a wrong operand kind is a type error, anything else a builtin error.

export class BuiltinError extends Error {
  constructor(
    readonly code: BuiltinErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BuiltinError';
  }
}

export function typeError(message: string): BuiltinError {
  return new BuiltinError('eval_type_error', message);
}

export function builtinError(message: string): BuiltinError {
  return new BuiltinError('eval_builtin_error', message);
}
