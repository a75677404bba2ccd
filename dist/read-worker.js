import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  readOnce
} from "./chunks/chunk-U7235R66.js";
import "./chunks/chunk-5RCIL5KO.js";

// src/model/read-worker.ts
import { workerData } from "node:worker_threads";
var setup = workerData;
var flags = new Int32Array(setup.flags);
var scratch = Buffer.allocUnsafe(setup.limit + 1);
function readOne(path) {
  try {
    return readOnce(path, scratch);
  } catch (error) {
    return { size: 0, error: wire(error) };
  }
}
function wire(error) {
  const e = error;
  return { message: e.message ?? String(error), ...e.code === void 0 ? {} : { code: e.code } };
}
var sent = 0;
var start = 0;
while (start < setup.paths.length) {
  while (sent - Atomics.load(flags, 1) >= setup.ahead) Atomics.wait(flags, 1, sent - setup.ahead);
  const results = [];
  let characters = 0;
  while (start + results.length < setup.paths.length && results.length < setup.batch && characters < setup.batchBytes) {
    const result = readOne(setup.paths[start + results.length]);
    characters += result.text?.length ?? 0;
    results.push(result);
  }
  setup.port.postMessage({ start, results });
  start += results.length;
  sent += 1;
  Atomics.store(flags, 0, sent);
  Atomics.notify(flags, 0);
}
