import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  NestedTooDeep,
  compileOnThisStack,
  isStackOverflow,
  nestedTooDeep
} from "./chunks/chunk-4QSYMYVU.js";
import "./chunks/chunk-5RCIL5KO.js";

// src/rego/compile-worker.ts
import { workerData } from "node:worker_threads";
var task = workerData;
function compile() {
  try {
    return compileOnThisStack(task.sources, task.options);
  } catch (error) {
    if (error instanceof NestedTooDeep) return nestedTooDeep(error.location);
    if (isStackOverflow(error)) return nestedTooDeep(void 0);
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
