// Errors raised while evaluating a compiled policy, with OPA's evaluation error codes.
import { HostBuiltinError } from '../builtins/index.js';
import type { EvalErrorCode, Location } from '../errors.js';

export type { EvalErrorCode };

/** A located evaluation error: `file:row:col: code: message` when the module knows where. */
export class RegoEvalError extends Error {
  constructor(
    readonly code: EvalErrorCode,
    readonly detail: string,
    readonly location?: Location,
  ) {
    const where = location ? `${location.file}:${location.row}:${location.col}: ` : '';
    super(`${where}${code}: ${detail}`);
    this.name = 'RegoEvalError';
  }
}

// The module aborts with OPA's Wasm messages, followed by the rule's path. OPA's evaluator
// names the rule ("rule data.a.q produced conflicting values"); before 1.x it said
// "complete rules must not produce multiple outputs". Conformance cases from both check
// the text, and both read well, so the message says both.
const conflicts: [RegExp, (path: string | undefined) => string][] = [
  [
    /var assignment conflict(?:: (\S+))?/,
    (path) =>
      path
        ? `rule ${path} produced conflicting values: complete rules must not produce multiple outputs`
        : 'complete rules must not produce multiple outputs',
  ],
  [/object insert conflict/, () => 'object keys must be unique'],
  [
    /functions must not produce multiple outputs for same inputs(?:: (\S+))?/,
    (path) =>
      path
        ? `function ${path} produced conflicting values for the same inputs: functions must not produce multiple outputs for same inputs`
        : 'functions must not produce multiple outputs for same inputs',
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
  const location: Location | undefined = located
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
    const found = pattern.exec(message);
    if (found) return new RegoEvalError('eval_conflict_error', opaText(found[1]), location);
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
