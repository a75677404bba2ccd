// The thread a policy runs in when it has a deadline (deadline.ts): it loads the module,
// then answers one request at a time. It waits for each on the shared count of requests
// and takes it from its port at once, and raises a shared flag when each answer is posted,
// which the waiting thread watches with a time limit. It never returns to its event loop
// after loading, so nothing in it may wait on one: `print` lines are written to standard
// error with a blocking write, or sent back with the answer. A queued request's answer goes
// to the queue's port, with no flag raised: its caller reads it on its event loop.
import { writeSync } from 'node:fs';
import { receiveMessageOnPort, workerData } from 'node:worker_threads';

import { inertLog } from '../../log/inert-log.js';
import {
  CURRENT,
  DONE,
  REQUESTS,
  RUNNING,
  STATE,
  type Reply,
  type Request,
  type WireError,
  type WorkerSetup,
} from './deadline-protocol.js';
import { loadWasm, type PolicyEvaluator } from './runtime.js';

const setup = workerData as WorkerSetup;
const flags = new Int32Array(setup.flags);
const printed: string[] = [];
let entrypoints: readonly string[] = [];

function raise(reply: Reply): void {
  setup.port.postMessage(reply);
  Atomics.store(flags, STATE, DONE);
  Atomics.notify(flags, STATE);
}

let evaluator: PolicyEvaluator | undefined;
try {
  evaluator = await loadWasm(setup.wasm, {
    memoryPages: setup.memoryPages,
    memoryFloorPages: setup.memoryFloorPages,
    now: setup.now === undefined ? undefined : new Date(setup.now),
    strictBuiltinErrors: setup.strictBuiltinErrors,
    print: setup.collectPrint
      ? (line) => printed.push(line)
      : (line) => writeSync(2, `${inertLog(line)}\n`),
    onEvaluate: (entrypoint) => Atomics.store(flags, CURRENT, entrypoints.indexOf(entrypoint)),
  });
  raise({ ok: true, value: evaluator.entrypoints, printed: [] });
} catch (error) {
  raise({ ok: false, error: wire(error), printed: [] });
}
if (evaluator !== undefined) serve(evaluator);

/** Answers requests until the thread is terminated (which ends a wait at once). */
function serve(evaluator: PolicyEvaluator): never {
  for (let taken = 0; ;) {
    if (Atomics.load(flags, REQUESTS) === taken) {
      Atomics.wait(flags, REQUESTS, taken);
      continue;
    }
    // the request is queued on the port before its count is raised
    const message = receiveMessageOnPort(setup.port);
    if (message === undefined) continue;
    taken++;
    const request = message.message as Request;
    const reply = answer(evaluator, request);
    if ('queued' in request && request.queued === true) setup.queuePort.postMessage(reply);
    else raise(reply);
  }
}

function answer(evaluator: PolicyEvaluator, request: Request): Reply {
  Atomics.store(flags, STATE, RUNNING);
  try {
    let value: unknown = null;
    if (request.op === 'setData') {
      evaluator.setData(request.data);
    } else {
      entrypoints = request.entrypoints;
      const first = request.entrypoints[0] as string;
      value =
        request.op === 'evaluate'
          ? evaluator.evaluate(request.input, first)
          : request.op === 'evaluateText'
            ? evaluator.evaluateText(request.input, first)
            : request.op === 'evaluateEachJson'
              ? evaluator.evaluateEachJson(request.input, request.entrypoints)
              : evaluator.evaluateEach(request.input, request.entrypoints);
    }
    return { ok: true, value, printed: printed.splice(0) };
  } catch (error) {
    return { ok: false, error: wire(error), printed: printed.splice(0) };
  }
}

function wire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & Partial<WireError>;
  return { name: e.name, message: e.message, code: e.code, detail: e.detail, location: e.location };
}
