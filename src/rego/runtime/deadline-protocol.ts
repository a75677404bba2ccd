// What the thread that waits and the thread that evaluates (deadline.ts, eval-worker.ts)
// say to each other: a request on a message port, an answer back on it, and a shared flag
// the evaluating thread raises when the answer is there.
import type { MessagePort } from 'node:worker_threads';
import type { EvalErrorCode, Location } from '../errors.js';

/** Slots of the shared Int32Array. */
export const STATE = 0;
/** The index of the entrypoint being evaluated, for the deadline's message. */
export const CURRENT = 1;

export const IDLE = 0;
export const RUNNING = 1;
export const DONE = 2;

export interface WorkerSetup {
  wasm: Uint8Array;
  flags: SharedArrayBuffer;
  port: MessagePort;
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
  | { op: 'evaluateEachJson'; input: string; entrypoints: string[] }
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
