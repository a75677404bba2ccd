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
for (let start = 0; start < setup.paths.length; start += setup.batch) {
  const results = setup.paths.slice(start, start + setup.batch).map(readOne);
  setup.port.postMessage({ start, results });
  Atomics.add(flags, 0, 1);
  Atomics.notify(flags, 0);
}
