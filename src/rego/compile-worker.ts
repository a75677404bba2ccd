// The thread with a deeper stack that compiles a policy nested past the calling thread's
// (deep-stack.ts): the same pipeline, its answer posted back, then the caller woken.
import { workerData } from 'node:worker_threads';

import { compileOnThisStack, type CompileResult } from './compiler.js';
import { isStackOverflow, NestedTooDeep, nestedTooDeep, type DeepCompile } from './deep-stack.js';

const task = workerData as DeepCompile;

function compile(): CompileResult {
  try {
    return compileOnThisStack(task.sources, task.options);
  } catch (error) {
    if (error instanceof NestedTooDeep) return nestedTooDeep(error.location);
    if (isStackOverflow(error)) return nestedTooDeep(undefined);
    throw error;
  }
}

try {
  task.port.postMessage(compile());
} finally {
  const done = new Int32Array(task.done);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
