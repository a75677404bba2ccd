// A deadline for evaluation. Wasm runs synchronously: nothing in the thread that started
// an evaluation can stop it, and a policy can loop for hours (a comprehension over
// `numbers.range(1, 1e9)`, a pattern that backtracks). So a policy with a deadline runs in
// a worker thread, and the caller waits for each answer with `Atomics.wait` and a time
// limit; past it, the worker is terminated (V8 stops the running Wasm at once) and the
// evaluation fails with an error naming its entrypoint. Waiting blocks the caller's
// thread, which keeps the evaluator's interface synchronous for every caller; the
// evaluation itself had blocked it anyway. A caller with other work can queue evaluations
// instead (`queueEachJson`): it goes on while the thread evaluates, and each queued
// evaluation has the same deadline, counted from when the one before it was answered.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

import { startWorker } from '../../threads/start-worker.js';
import {
  CURRENT,
  DONE,
  FLAGS_BYTES,
  IDLE,
  REQUESTS,
  STATE,
  type Reply,
  type Request,
  type WireError,
  type WorkerSetup,
} from './deadline-protocol.js';
import { RegoEvalError } from './errors.js';
import type { EvalErrorCode } from '../errors.js';
import type { LoadOptions, PolicyEvaluator, ResultSet } from './runtime.js';

/** Thirty seconds: the default library over 100,000 grants takes under two. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The longest deadline a timer can keep (about 24.8 days): none, in effect. */
export const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** The evaluation stopped at its deadline (OPA's code for a cancelled query). */
export const DEADLINE_CODE: EvalErrorCode = 'eval_cancel_error';

export async function loadWithDeadline(
  wasm: Uint8Array,
  options: LoadOptions & { timeoutMs: number },
): Promise<PolicyEvaluator> {
  const timeoutMs = options.timeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(
      `the evaluation deadline must be a positive number of milliseconds, not ${timeoutMs}`,
    );
  }
  const flags = new Int32Array(new SharedArrayBuffer(FLAGS_BYTES));
  const { port1: port, port2 } = new MessageChannel();
  const { port1: queue, port2: queuePort } = new MessageChannel();
  const setup: WorkerSetup = {
    wasm,
    flags: flags.buffer as SharedArrayBuffer,
    port: port2,
    queuePort,
    memoryPages: options.memoryPages,
    memoryFloorPages: options.memoryFloorPages,
    now: options.now?.getTime(),
    strictBuiltinErrors: options.strictBuiltinErrors,
    collectPrint: options.print !== undefined,
  };
  // eval-worker.js in the bundle; eval-worker.ts beside this file from source
  const worker = startWorker('eval-worker', new URL('./eval-worker.ts', import.meta.url), {
    workerData: setup,
    transferList: [port2, queuePort],
  });
  // A waiting CLI or Action exits when its work is done, whatever the worker does.
  worker.unref();
  let stopped: RegoEvalError | undefined;

  // The first answer is the module's entrypoints, or why it did not load.
  const ready = await new Promise<Reply>((resolve, reject) => {
    port.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the evaluation thread exited (${code})`)));
  });
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  // An error the thread cannot report (it is terminated, or crashed) surfaces as its exit.
  worker.on('error', () => {});
  if (!ready.ok) throw revive(ready.error);
  const entrypoints = ready.value as string[];

  // Queued evaluations not answered yet, oldest first; the thread answers them in turn.
  const queued: { what: readonly string[]; settle: (reply: Reply | Error) => void }[] = [];
  let lastQueued: Promise<unknown> = Promise.resolve();
  let clock: ReturnType<typeof setTimeout> | undefined;
  const giveUp = (error: RegoEvalError) => {
    stopped ??= error;
    for (const one of queued.splice(0)) one.settle(stopped);
    watch();
  };
  // The oldest queued evaluation has the deadline from when it became the oldest. The port
  // keeps the process alive while answers are awaited, and only then.
  const watch = () => {
    clearTimeout(clock);
    const oldest = queued[0];
    if (oldest === undefined) {
      queue.unref();
      return;
    }
    queue.ref();
    clock = setTimeout(() => {
      // A caller busy past the deadline runs due timers before it reads the messages that
      // came meanwhile: an answer already sent ends the wait, and the next one's starts now.
      const sent = receiveMessageOnPort(queue);
      if (sent !== undefined) {
        answered(sent.message as Reply);
        return;
      }
      void worker.terminate();
      const { what } = oldest;
      giveUp(deadlineError(what[Atomics.load(flags, CURRENT)] ?? what.join(', '), timeoutMs));
    }, timeoutMs);
    clock.unref();
  };
  const answered = (reply: Reply) => {
    queued.shift()?.settle(reply);
    watch();
  };
  queue.on('message', answered);
  queue.unref();
  worker.once('exit', () =>
    giveUp(new RegoEvalError('eval_internal_error', 'the evaluation thread stopped')),
  );

  // the thread takes a request from its port once the count says one is there
  const post = (request: Request) => {
    port.postMessage(request);
    Atomics.add(flags, REQUESTS, 1);
    Atomics.notify(flags, REQUESTS);
  };
  // what the thread printed is printed here, and a failure raised here, as in this thread
  const valueOf = (reply: Reply): unknown => {
    for (const line of reply.printed) options.print?.(line);
    if (!reply.ok) throw revive(reply.error);
    return reply.value;
  };

  const ask = (request: Request, what: readonly string[]): unknown => {
    if (stopped) throw stopped;
    if (queued.length > 0)
      throw new RegoEvalError(
        'eval_internal_error',
        'an evaluation was asked for while queued ones are still under way',
      );
    Atomics.store(flags, STATE, IDLE);
    post(request);
    const deadline = Date.now() + timeoutMs;
    // The thread sets RUNNING when it takes the request and DONE when it has answered.
    for (let state = IDLE; state !== DONE; state = Atomics.load(flags, STATE)) {
      const left = deadline - Date.now();
      if (left <= 0) {
        void worker.terminate();
        stopped = deadlineError(what[Atomics.load(flags, CURRENT)] ?? what.join(', '), timeoutMs);
        throw stopped;
      }
      Atomics.wait(flags, STATE, state, left);
    }
    return valueOf(receive(port));
  };

  return {
    entrypoints,
    setData(data) {
      ask({ op: 'setData', data }, ['the data']);
    },
    evaluate(input, entrypoint) {
      return ask({ op: 'evaluate', input, entrypoints: [entrypoint] }, [entrypoint]) as ResultSet;
    },
    evaluateEach(input, names) {
      // Serialised here, as the thread's own evaluateEach would serialise it (runtime.ts),
      // and sent as one string: the object graph of a whole repository's input was cloned
      // into the thread field by field and stringified there (100,000 grants with a policy
      // file of the repository's own: `check --base` evaluated in 1.2 s before, 0.87 s so).
      if (input && !(input instanceof ArrayBuffer) && names.length >= 2) {
        const json = JSON.stringify(input);
        return ask(
          { op: 'evaluateEachJson', input: json, entrypoints: [...names] },
          names,
        ) as ResultSet[];
      }
      return ask({ op: 'evaluateEach', input, entrypoints: [...names] }, names) as ResultSet[];
    },
    evaluateEachJson(input, names) {
      return ask({ op: 'evaluateEachJson', input, entrypoints: [...names] }, names) as ResultSet[];
    },
    queueEachJson(input, names) {
      if (stopped) return Promise.reject(stopped);
      const answer = new Promise<ResultSet[]>((resolve, reject) => {
        queued.push({
          what: names,
          settle: (reply) => {
            if (reply instanceof Error) return reject(reply);
            try {
              resolve(valueOf(reply) as ResultSet[]);
            } catch (error) {
              reject(error as Error);
            }
          },
        });
      });
      lastQueued = answer.catch(() => undefined);
      post({ op: 'evaluateEachJson', input, entrypoints: [...names], queued: true });
      if (queued.length === 1) watch();
      return answer;
    },
    evaluateText(input, entrypoint) {
      return ask({ op: 'evaluateText', input, entrypoints: [entrypoint] }, [entrypoint]) as string;
    },
    async close() {
      // what was queued before is answered first
      await lastQueued;
      stopped ??= new RegoEvalError('eval_internal_error', 'the evaluation thread was closed');
      await worker.terminate();
    },
  };
}

/** The answer the thread posted before raising the flag. */
function receive(port: MessagePort): Reply {
  for (let tries = 0; tries < 1000; tries++) {
    const message = receiveMessageOnPort(port);
    if (message) return message.message as Reply;
    // The flag and the message cross threads separately; the message follows at once.
    Atomics.wait(pause, 0, 0, 1);
  }
  throw new RegoEvalError(
    'eval_internal_error',
    'the evaluation thread raised its flag but sent no answer',
  );
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function deadlineError(entrypoint: string, timeoutMs: number): RegoEvalError {
  const seconds = timeoutMs / 1000;
  return new RegoEvalError(
    DEADLINE_CODE,
    `${entrypoint}: evaluation stopped after ${seconds} s, its deadline; the policy runs too long ` +
      '(look for a comprehension over a large range or a deep recursion), or raise the deadline ' +
      'with --timeout or evaluation.timeoutSeconds in accessctl.yaml',
  );
}

function revive(error: WireError): Error {
  if (error.name === 'RegoEvalError' && error.code !== undefined && error.detail !== undefined) {
    return new RegoEvalError(error.code, error.detail, error.location);
  }
  const revived = new Error(error.message);
  revived.name = error.name;
  return revived;
}
