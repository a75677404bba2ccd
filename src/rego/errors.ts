/**
 * A located problem in Rego source, collected rather than thrown, as OPA's compiler does.
 * `code` uses OPA's error codes (`rego_parse_error`, `rego_unsafe_var_error`,
 * `rego_type_error`, `rego_recursion_error`, `rego_compile_error`) so messages and
 * conformance expectations read the same as OPA's.
 */
export interface RegoError {
  code: string;
  message: string;
  file: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
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
