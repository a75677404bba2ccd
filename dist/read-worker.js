import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);

// src/model/read-worker.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { workerData } from "node:worker_threads";
var setup = workerData;
var flags = new Int32Array(setup.flags);
var scratch = Buffer.allocUnsafe(setup.limit + 1);
function readOne(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return { size: 0, error: wire(error) };
  }
  try {
    let length = 0;
    for (; ; ) {
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0 || (length += read) === scratch.length) break;
    }
    return length < scratch.length ? { text: scratch.toString("utf8", 0, length), size: length } : { size: fstatSync(fd).size };
  } catch (error) {
    return { size: 0, error: wire(error) };
  } finally {
    closeSync(fd);
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
    if ("text" in result) characters += result.text.length;
    results.push(result);
  }
  setup.port.postMessage({ start, results });
  start += results.length;
  sent += 1;
  Atomics.store(flags, 0, sent);
  Atomics.notify(flags, 0);
}
