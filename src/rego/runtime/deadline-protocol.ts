// What the thread that waits and the thread that evaluates (deadline.ts, eval-worker.ts)
// say to each other: a request on a message port with a shared count of requests raised
// beside it, an answer back on the port, and a shared flag the evaluating thread raises
// when the answer is there. Both threads wait on the shared slots, never on their event
// loops. Through the thread's event loop, each evaluation cost the caller about 110 µs more,
// 70 µs of it in posting the request (5,003 evaluations of a history with policies of its
// own: 2.1 to 2.4 s in all against 1.6 s), where the evaluations took about 170 µs each.
// A queued request (`queued`) is answered on a port of its own instead, which the caller
// reads on its event loop while it goes on with other work: the thread takes requests in the
// order they were posted, so queued answers arrive in that order.
import type { MessagePort } from 'node:worker_threads';
import type { EvalErrorCode, Location } from '../errors.js';

/** Slots of the shared Int32Array. */
export const STATE = 0;
/** The index of the entrypoint being evaluated, for the deadline's message. */
export const CURRENT = 1;
/** How many requests the waiting thread has posted. */
export const REQUESTS = 2;
/** The shared array's length in bytes. */
export const FLAGS_BYTES = 12;

export const IDLE = 0;
export const RUNNING = 1;
export const DONE = 2;

export interface WorkerSetup {
  wasm: Uint8Array;
  flags: SharedArrayBuffer;
  port: MessagePort;
  /** Where answers to queued requests go. */
  queuePort: MessagePort;
  memoryPages?: number;
  memoryFloorPages?: number;
  /** `time.now_ns` fixed at this many milliseconds since the epoch. */
  now?: number;
  strictBuiltinErrors?: boolean;
  /** Send `print` lines back with each answer instead of writing them to standard error. */
  collectPrint: boolean;
}

export type Request =
  | { op: 'setData'; data: unknown }
  | { op: 'evaluate'; input: unknown; entrypoints: string[] }
  | { op: 'evaluateEach'; input: unknown; entrypoints: string[] }
  | { op: 'evaluateEachJson'; input: string; entrypoints: string[]; queued?: true }
  | { op: 'evaluateText'; input: string | undefined; entrypoints: string[] };

export interface WireError {
  name: string;
  message: string;
  code?: EvalErrorCode;
  detail?: string;
  location?: Location;
}

export type Reply =
  | { ok: true; value: unknown; printed: string[] }
  | { ok: false; error: WireError; printed: string[] };
