// The thread a policy runs in when it has a deadline (deadline.ts): it loads the module,
// answers one request at a time on its port, and raises a shared flag when each answer is
// posted, which the waiting thread watches with a time limit.
import { workerData } from 'node:worker_threads';

import {
  CURRENT,
  DONE,
  RUNNING,
  STATE,
  type Reply,
  type Request,
  type WireError,
  type WorkerSetup,
} from './deadline-protocol.js';
import { loadWasm } from './runtime.js';

const setup = workerData as WorkerSetup;
const flags = new Int32Array(setup.flags);
const printed: string[] = [];
let entrypoints: readonly string[] = [];

function raise(reply: Reply): void {
  setup.port.postMessage(reply);
  Atomics.store(flags, STATE, DONE);
  Atomics.notify(flags, STATE);
}

try {
  const evaluator = await loadWasm(setup.wasm, {
    memoryPages: setup.memoryPages,
    memoryFloorPages: setup.memoryFloorPages,
    now: setup.now === undefined ? undefined : new Date(setup.now),
    strictBuiltinErrors: setup.strictBuiltinErrors,
    // Lines go back with the answer when the caller wants them; otherwise to standard error.
    print: setup.collectPrint ? (line) => printed.push(line) : undefined,
    onEvaluate: (entrypoint) => Atomics.store(flags, CURRENT, entrypoints.indexOf(entrypoint)),
  });
  setup.port.on('message', (request: Request) => {
    Atomics.store(flags, STATE, RUNNING);
    let reply: Reply;
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

function wire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & Partial<WireError>;
  return { name: e.name, message: e.message, code: e.code, detail: e.detail, location: e.location };
}
