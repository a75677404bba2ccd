import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  CURRENT,
  DONE,
  REQUESTS,
  RUNNING,
  STATE,
  loadWasm
} from "./chunks/chunk-LELANMXH.js";
import {
  inertLog
} from "./chunks/chunk-4QSYMYVU.js";
import "./chunks/chunk-4RBVORL2.js";
import "./chunks/chunk-5RCIL5KO.js";

// src/rego/runtime/eval-worker.ts
import { writeSync } from "node:fs";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
var setup = workerData;
var flags = new Int32Array(setup.flags);
var printed = [];
var entrypoints = [];
function raise(reply) {
  setup.port.postMessage(reply);
  Atomics.store(flags, STATE, DONE);
  Atomics.notify(flags, STATE);
}
var evaluator;
try {
  evaluator = await loadWasm(setup.wasm, {
    memoryPages: setup.memoryPages,
    memoryFloorPages: setup.memoryFloorPages,
    now: setup.now === void 0 ? void 0 : new Date(setup.now),
    strictBuiltinErrors: setup.strictBuiltinErrors,
    print: setup.collectPrint ? (line) => printed.push(line) : (line) => writeSync(2, `${inertLog(line)}
`),
    onEvaluate: (entrypoint) => Atomics.store(flags, CURRENT, entrypoints.indexOf(entrypoint))
  });
  raise({ ok: true, value: evaluator.entrypoints, printed: [] });
} catch (error) {
  raise({ ok: false, error: wire(error), printed: [] });
}
if (evaluator !== void 0) serve(evaluator);
function serve(evaluator2) {
  for (let taken = 0; ; ) {
    if (Atomics.load(flags, REQUESTS) === taken) {
      Atomics.wait(flags, REQUESTS, taken);
      continue;
    }
    const message = receiveMessageOnPort(setup.port);
    if (message === void 0) continue;
    taken++;
    const request = message.message;
    const reply = answer(evaluator2, request);
    if ("queued" in request && request.queued === true) setup.queuePort.postMessage(reply);
    else raise(reply);
  }
}
function answer(evaluator2, request) {
  Atomics.store(flags, STATE, RUNNING);
  try {
    let value = null;
    if (request.op === "setData") {
      evaluator2.setData(request.data);
    } else {
      entrypoints = request.entrypoints;
      const first = request.entrypoints[0];
      value = request.op === "evaluate" ? evaluator2.evaluate(request.input, first) : request.op === "evaluateText" ? evaluator2.evaluateText(request.input, first) : request.op === "evaluateEachJson" ? evaluator2.evaluateEachJson(request.input, request.entrypoints) : evaluator2.evaluateEach(request.input, request.entrypoints);
    }
    return { ok: true, value, printed: printed.splice(0) };
  } catch (error) {
    return { ok: false, error: wire(error), printed: printed.splice(0) };
  }
}
function wire(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const e = error;
  return { name: e.name, message: e.message, code: e.code, detail: e.detail, location: e.location };
}
