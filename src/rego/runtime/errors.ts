// Errors raised while evaluating a compiled policy, with OPA's evaluation error codes.
import { HostBuiltinError } from '../builtins/index.js';

export type EvalErrorCode =
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_memory_error'
  | 'eval_internal_error';

/** A located evaluation error: `file:row:col: code: message` when the module knows where. */
export class RegoEvalError extends Error {
  constructor(
    readonly code: EvalErrorCode | string,
    readonly detail: string,
    readonly location?: { file: string; row: number; col: number },
  ) {
    const where = location ? `${location.file}:${location.row}:${location.col}: ` : '';
    super(`${where}${code}: ${detail}`);
    this.name = 'RegoEvalError';
  }
}

// The module aborts with OPA's Wasm messages; OPA's evaluator reports the same failures
// with these texts, which users and the conformance cases know.
const conflicts: [RegExp, string][] = [
  [/var assignment conflict/, 'complete rules must not produce multiple outputs'],
  [/object insert conflict/, 'object keys must be unique'],
  [
    /functions must not produce multiple outputs for same inputs/,
    'functions must not produce multiple outputs for same inputs',
  ],
];

/** Turns whatever escaped the module or the SDK into a RegoEvalError. */
export function toEvalError(error: unknown, memoryExhausted: boolean): RegoEvalError {
  if (error instanceof RegoEvalError) return error;
  if (error instanceof HostBuiltinError) return new RegoEvalError(error.code, error.message);
  if (typeof error === 'string') return fromAbort(error, memoryExhausted);
  if (error instanceof RangeError && /Maximum call stack/.test(error.message)) {
    return new RegoEvalError(
      'eval_internal_error',
      'the policy recursed too deeply; check for unbounded recursion through functions or rules',
    );
  }
  if (memoryExhausted) return memoryError();
  if (error instanceof Error && error.name === 'RuntimeError') {
    return new RegoEvalError('eval_internal_error', `the policy module trapped: ${error.message}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RegoEvalError('eval_internal_error', message);
}

export function memoryError(): RegoEvalError {
  return new RegoEvalError(
    'eval_memory_error',
    'the policy ran out of its memory limit; raise the limit (memoryPages) or make the policy build smaller values',
  );
}

/** `opa_abort` text: optionally `file:row:col: ` then OPA's message. */
function fromAbort(text: string, memoryExhausted: boolean): RegoEvalError {
  const located = /^(.*?):(\d+):(\d+): (.*)$/s.exec(text);
  const location = located
    ? { file: located[1] as string, row: Number(located[2]), col: Number(located[3]) }
    : undefined;
  const message = located ? (located[4] as string) : text;
  if (message === '') {
    return new RegoEvalError(
      'eval_internal_error',
      'the policy module aborted without a message',
      location,
    );
  }
  for (const [pattern, opaText] of conflicts) {
    if (pattern.test(message)) return new RegoEvalError('eval_conflict_error', opaText, location);
  }
  if (memoryExhausted || /out of memory|malloc/i.test(message)) return memoryError();
  // A native builtin's operand check reads as OPA's operand errors do, all type errors.
  if (/^[\w.]+: operand \d+ /.test(message)) {
    return new RegoEvalError('eval_type_error', message, location);
  }
  if (/entrypoint/.test(message))
    return new RegoEvalError('eval_internal_error', message, location);
  return new RegoEvalError('eval_builtin_error', message, location);
}
