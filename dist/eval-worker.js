import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  CURRENT,
  DONE,
  RUNNING,
  STATE,
  loadWasm
} from "./chunks/chunk-KUBBR5RQ.js";
import "./chunks/chunk-5RCIL5KO.js";

// src/rego/runtime/eval-worker.ts
import { workerData } from "node:worker_threads";
var setup = workerData;
var flags = new Int32Array(setup.flags);
var printed = [];
var entrypoints = [];
function raise(reply) {
  setup.port.postMessage(reply);
  Atomics.store(flags, STATE, DONE);
  Atomics.notify(flags, STATE);
}
try {
  const evaluator = await loadWasm(setup.wasm, {
    memoryPages: setup.memoryPages,
    memoryFloorPages: setup.memoryFloorPages,
    now: setup.now === void 0 ? void 0 : new Date(setup.now),
    strictBuiltinErrors: setup.strictBuiltinErrors,
    // Lines go back with the answer when the caller wants them; otherwise to standard error.
    print: setup.collectPrint ? (line) => printed.push(line) : void 0,
    onEvaluate: (entrypoint) => Atomics.store(flags, CURRENT, entrypoints.indexOf(entrypoint))
  });
  setup.port.on("message", (request) => {
    Atomics.store(flags, STATE, RUNNING);
    let reply;
    try {
      let value = null;
      if (request.op === "setData") {
        evaluator.setData(request.data);
      } else {
        entrypoints = request.entrypoints;
        const first = request.entrypoints[0];
        value = request.op === "evaluate" ? evaluator.evaluate(request.input, first) : request.op === "evaluateText" ? evaluator.evaluateText(request.input, first) : request.op === "evaluateEachJson" ? evaluator.evaluateEachJson(request.input, request.entrypoints) : evaluator.evaluateEach(request.input, request.entrypoints);
      }
      reply = { ok: true, value, printed: printed.splice(0) };
    } catch (error) {
      reply = { ok: false, error: wire(error), printed: printed.splice(0) };
    }
    raise(reply);
  });
  raise({ ok: true, value: evaluator.entrypoints, printed: [] });
} catch (error) {
  raise({ ok: false, error: wire(error), printed: [] });
}
function wire(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const e = error;
  return { name: e.name, message: e.message, code: e.code, detail: e.detail, location: e.location };
}
