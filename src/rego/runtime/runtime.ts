// Evaluates a bundle through the official opa-wasm SDK: the module, the bundle's data,
// the host builtins, and a memory limit so a policy that explodes fails with an error.
import { loadPolicy } from '@open-policy-agent/opa-wasm';

import { hostSession, type Json } from '../builtins/index.js';
import { readBundle } from '../bundle/index.js';
import { RegoEvalError, memoryError, toEvalError } from './errors.js';
import { importedMemoryMinimum } from './memory.js';
import { preferHostBuiltins } from './sdk-builtins.js';

/** 256 MiB: a policy over a whole access repository stays far below it. */
export const DEFAULT_MEMORY_PAGES = 4096;

export interface LoadOptions {
  /** The most 64 KiB pages the module may use. */
  memoryPages?: number;
  /** A fixed instant for `time.now_ns` (tests); otherwise read once per evaluation. */
  now?: Date;
  /** Builtin errors stop evaluation instead of making the call undefined. */
  strictBuiltinErrors?: boolean;
  /** Where `print` writes; standard error by default. */
  print?: (line: string) => void;
}

/** One `{"result": value}` per solution of the entrypoint; empty when undefined. */
export type ResultSet = { result: Json }[];

export interface PolicyEvaluator {
  /** Entrypoints the module answers, as `opa build -e` named them (`access/deny`). */
  readonly entrypoints: string[];
  /** Replaces the base documents (`data`). */
  setData(data: unknown): void;
  evaluate(input: unknown, entrypoint: string): ResultSet;
  /**
   * Evaluates several entrypoints over one input, serialising the input to JSON once
   * instead of once per entrypoint (a whole repository's input is megabytes).
   */
  evaluateEach(input: unknown, entrypoints: readonly string[]): ResultSet[];
}

interface LoadedPolicy {
  entrypoints: Record<string, number>;
  mem: { buffer: ArrayBuffer };
  setData(data: unknown): void;
  /** An ArrayBuffer input is taken as JSON text already encoded. */
  evaluate(input: unknown, entrypoint: string | number): unknown;
}

/** Loads a bundle's module with its data; the first module when there are several. */
export async function loadBundle(
  buf: Uint8Array,
  options: LoadOptions = {},
): Promise<PolicyEvaluator> {
  const bundle = await readBundle(buf);
  const module = bundle.wasm[0];
  if (!module) {
    throw new RegoEvalError(
      'eval_internal_error',
      'the bundle holds no policy.wasm; build it with `accessctl build`',
    );
  }
  const evaluator = await loadWasm(module.bytes, options);
  evaluator.setData(bundle.data);
  return evaluator;
}

/** Loads a bare policy.wasm. */
export async function loadWasm(
  wasm: Uint8Array,
  options: LoadOptions = {},
): Promise<PolicyEvaluator> {
  const session = hostSession({
    now: options.now,
    strict: options.strictBuiltinErrors,
    print: options.print,
  });
  preferHostBuiltins(Object.keys(session.builtins));
  const maximum = options.memoryPages ?? DEFAULT_MEMORY_PAGES;
  // The whole allowance up front: untouched pages cost no memory, while each grow costs a
  // remap and, in a process holding a large repository, a collection of the JavaScript heap
  // (evaluating over 100,000 grants: 15.6 s growing on demand, 1.6 s starting at the limit).
  const initial = Math.max(importedMemoryMinimum(wasm), maximum);
  if (importedMemoryMinimum(wasm) > maximum) {
    throw new RegoEvalError(
      'eval_memory_error',
      `the module needs ${importedMemoryMinimum(wasm)} memory pages but the limit is ${maximum}; raise memoryPages`,
    );
  }
  let policy: LoadedPolicy;
  try {
    policy = (await loadPolicy(
      wasm,
      { initial, maximum },
      session.builtins,
    )) as unknown as LoadedPolicy;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RegoEvalError('eval_internal_error', `cannot load the policy module: ${message}`);
  }
  // The module aborts with "out of memory" itself; the SDK's own grow (for a large input)
  // fails with a RangeError past the limit.
  const exhausted = (error: unknown): boolean =>
    error instanceof RangeError && /memory|grow/i.test(error.message);

  const evaluate = (input: unknown, entrypoint: string): ResultSet => {
    if (!Object.hasOwn(policy.entrypoints, entrypoint)) {
      const known = Object.keys(policy.entrypoints).join(', ') || 'none';
      throw new RegoEvalError(
        'eval_internal_error',
        `entrypoint ${entrypoint} is not in this bundle (it has: ${known}); rebuild with -e ${entrypoint}`,
      );
    }
    session.beginEvaluation();
    try {
      return policy.evaluate(input, entrypoint) as ResultSet;
    } catch (error) {
      throw toEvalError(error, exhausted(error));
    }
  };

  return {
    entrypoints: Object.keys(policy.entrypoints),
    setData(data) {
      try {
        policy.setData(data);
      } catch (error) {
        throw exhausted(error) ? memoryError() : toEvalError(error, false);
      }
    },
    evaluate,
    evaluateEach(input, entrypoints) {
      // The SDK treats a falsy input as no input at all; keep that path as it is.
      if (!input || input instanceof ArrayBuffer) return entrypoints.map((e) => evaluate(input, e));
      const text = new TextEncoder().encode(JSON.stringify(input));
      const buffer = text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength);
      return entrypoints.map((e) => evaluate(buffer, e));
    },
  };
}
