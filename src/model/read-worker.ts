// The thread that reads a working tree's files ahead of the thread that parses them
// (read-ahead.ts): each file opened without following a symbolic link and read into one
// buffer, as diskFile reads it, and the results sent back in batches, in the order given.
import { workerData } from 'node:worker_threads';

import type { ReadAheadSetup, ReadResult } from './read-ahead.js';
import { readOnce } from './read-file.js';

const setup = workerData as ReadAheadSetup;
const flags = new Int32Array(setup.flags);
const scratch = Buffer.allocUnsafe(setup.limit + 1);

function readOne(path: string): ReadResult {
  try {
    return readOnce(path, scratch);
  } catch (error) {
    return { size: 0, error: wire(error) };
  }
}

function wire(error: unknown): { message: string; code?: string } {
  const e = error as NodeJS.ErrnoException;
  return { message: e.message ?? String(error), ...(e.code === undefined ? {} : { code: e.code }) };
}

// A batch ends at `batch` files or `batchBytes` characters; no more than `ahead` batches wait
// unread by the parsing thread, so the text held stays bounded however large the tree.
let sent = 0;
let start = 0;
while (start < setup.paths.length) {
  while (sent - Atomics.load(flags, 1) >= setup.ahead) Atomics.wait(flags, 1, sent - setup.ahead);
  const results: ReadResult[] = [];
  let characters = 0;
  while (
    start + results.length < setup.paths.length &&
    results.length < setup.batch &&
    characters < setup.batchBytes
  ) {
    const result = readOne(setup.paths[start + results.length] as string);
    characters += result.text?.length ?? 0;
    results.push(result);
  }
  setup.port.postMessage({ start, results });
  start += results.length;
  sent += 1;
  Atomics.store(flags, 0, sent);
  Atomics.notify(flags, 0);
}
