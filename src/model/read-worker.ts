// The thread that reads a working tree's files ahead of the thread that parses them
// (read-ahead.ts): each file opened without following a symbolic link and read into one
// buffer, as diskFile reads it, and the results sent back in batches, in the order given.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

import type { ReadAheadSetup, ReadResult } from './read-ahead.js';

const setup = workerData as ReadAheadSetup;
const flags = new Int32Array(setup.flags);
const scratch = Buffer.allocUnsafe(setup.limit + 1);

function readOne(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return { size: 0, error: wire(error) };
  }
  try {
    let length = 0;
    for (;;) {
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0 || (length += read) === scratch.length) break;
    }
    // over the limit: measured only, and read by the parsing thread if it is read at all
    return length < scratch.length
      ? { text: scratch.toString('utf8', 0, length), size: length }
      : { size: fstatSync(fd).size };
  } catch (error) {
    return { size: 0, error: wire(error) };
  } finally {
    closeSync(fd);
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
    if ('text' in result) characters += result.text.length;
    results.push(result);
  }
  setup.port.postMessage({ start, results });
  start += results.length;
  sent += 1;
  Atomics.store(flags, 0, sent);
  Atomics.notify(flags, 0);
}
