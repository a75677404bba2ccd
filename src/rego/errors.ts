// The errors of the Rego toolchain, their codes and their one Location type. Codes are
// OPA's, so messages and conformance expectations read the same as OPA's.
import type { Location } from './syntax/ast.js';

export type { Location };

/** What OPA's compiler reports: a module that does not parse, or one that does not compile. */
export type RegoErrorCode =
  | 'rego_parse_error'
  | 'rego_compile_error'
  | 'rego_type_error'
  | 'rego_unsafe_var_error'
  | 'rego_unsafe_expr_error'
  | 'rego_recursion_error';

/** What OPA's evaluator reports; a builtin raises only a type or a builtin error. */
export type EvalErrorCode =
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_memory_error'
  | 'eval_cancel_error'
  | 'eval_internal_error';

export type BuiltinErrorCode = Extract<EvalErrorCode, 'eval_type_error' | 'eval_builtin_error'>;

/**
 * A located problem in Rego source, collected rather than thrown, as OPA's compiler does.
 * It is its own Location (`file`, `row`, `col`), so it prints as `file:row:col`.
 */
export interface RegoError extends Location {
  code: RegoErrorCode;
  message: string;
}

/** `file:row:col: code: message`, the form every compile error is printed in. */
export function formatRegoError(error: RegoError): string {
  return `${error.file}:${error.row}:${error.col}: ${error.code}: ${error.message}`;
}

/** Thrown where a caller needs one exception for a list of compile errors. */
export class RegoCompileError extends Error {
  constructor(readonly errors: RegoError[]) {
    super(errors.map(formatRegoError).join('\n'));
    this.name = 'RegoCompileError';
  }
}
