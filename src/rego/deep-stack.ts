// A policy that nests deeper than this thread's stack allows is compiled on a thread with a
// deeper one. The planner lays out what comes after an expression as a continuation of it,
// as OPA's does on Go's growing stacks, so a rule body of a few hundred expressions, or a
// literal of a thousand computed values, nests that deep: Node's default stack of about
// 1 MB ran out at 250 expressions in one body. The compile is sent, whole, to a thread with
// a stack of DEEP_STACK_MB, and this thread waits for its answer, so callers stay
// synchronous. What still does not fit there is a compile error at the rule that nests too
// deep, saying how to split it.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

import type { CompileOptions, CompileResult, RegoSource } from './compiler.js';
import type { Location } from './errors.js';
import { startWorker } from '../threads/start-worker.js';

/**
 * The deeper thread's stack, in MiB (the main thread has about 1): enough for a body of
 * about 62,000 comparisons (past about 12,000 the module's function already has more locals
 * than WebAssembly engines take: a compile error of its own, see emit.ts).
 */
export const DEEP_STACK_MB = 256;

/** How long this thread waits for the deeper one before it fails the compile. */
const WAIT_MS = 120_000;

/** What the deeper thread is given. */
export interface DeepCompile {
  sources: RegoSource[];
  options: CompileOptions;
  /** Slot 0 becomes 1 when the answer has been posted on `port`. */
  done: SharedArrayBuffer;
  port: MessagePort;
}

/** A stack overflow in planning, where the planner was when it happened. */
export class NestedTooDeep extends Error {
  constructor(readonly location: Location | undefined) {
    super('nested too deep');
  }
}

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** The compile error for a policy that nests past even the deeper stack. */
export function nestedTooDeep(location: Location | undefined): CompileResult {
  return {
    ok: false,
    errors: [
      {
        code: 'rego_compile_error',
        message:
          'this rule nests too deeply to compile (a body of tens of thousands of expressions, or a literal of as many computed values): split it into rules of a few hundred expressions each',
        ...(location ?? { file: '', row: 0, col: 0 }),
      },
    ],
  };
}

export function compileOnDeepStack(
  sources: RegoSource[],
  options: CompileOptions,
  stackMb = DEEP_STACK_MB,
): CompileResult {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const task: DeepCompile = {
    sources,
    options,
    done: done.buffer as SharedArrayBuffer,
    port: port2,
  };
  const worker = startWorker('compile-worker', new URL('./compile-worker.ts', import.meta.url), {
    workerData: task,
    transferList: [port2],
    resourceLimits: { stackSizeMb: stackMb },
  });
  // an error in the thread is an answer not given: this thread is waiting and cannot hear it
  worker.on('error', () => {});
  try {
    Atomics.wait(done, 0, 0, WAIT_MS);
    const answer = receiveMessageOnPort(port1)?.message as CompileResult | undefined;
    if (answer !== undefined) return answer;
    throw new Error(
      `compiling the policies on a thread with a deeper stack gave no answer within ${WAIT_MS / 1000} s`,
    );
  } finally {
    port1.close();
    void worker.terminate();
  }
}
