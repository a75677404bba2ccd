// Evaluates a bundle through the official opa-wasm SDK: the module, the bundle's data,
// the host builtins, and a memory limit so a policy that explodes fails with an error.
import * as opaWasm from '@open-policy-agent/opa-wasm';

import { HostBuiltinError, hostSession, type HostValue, type Json } from '../builtins/index.js';
import { parseExactJson } from '../builtins/shared/exact-json.js';
import { readBundle } from '../bundle/index.js';
import { loadWithDeadline } from './deadline.js';
import { RegoEvalError, memoryError, toEvalError } from './errors.js';
import type { Location } from '../errors.js';
import { importedMemoryMinimum } from './memory.js';
import { DEFAULT_MEMORY_PAGES, MAX_MEMORY_PAGES, memoryPagesFor } from './memory-limit.js';
import { preferHostBuiltins } from './sdk-builtins.js';

export { DEFAULT_MEMORY_PAGES } from './memory-limit.js';

// The SDK's ES module names only loadPolicy; loadPolicySync, which a limit that grows in a
// synchronous evaluation needs, is on its default export (src/index.mjs), untyped there.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;

export interface LoadOptions {
  /**
   * A fixed limit: the most 64 KiB pages the module may use. Without it the limit grows
   * with each evaluation's input (memory-limit.ts).
   */
  memoryPages?: number;
  /** The least the input-sized limit gives, in pages (default 4,096: 256 MiB). */
  memoryFloorPages?: number;
  /** A fixed instant for `time.now_ns` (tests); otherwise read once per evaluation. */
  now?: Date;
  /** Builtin errors stop evaluation instead of making the call undefined. */
  strictBuiltinErrors?: boolean;
  /** Where `print` writes; standard error by default. */
  print?: (line: string) => void;
  /**
   * Stop an evaluation that runs longer than this many milliseconds, with an error naming
   * its entrypoint: the module then runs in a thread of its own (deadline.ts).
   */
  timeoutMs?: number;
  /** Told the entrypoint each evaluation starts (the deadline names it). */
  onEvaluate?: (entrypoint: string) => void;
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
   * Evaluates several entrypoints over one input, serialised to JSON and parsed by the
   * module once instead of once per entrypoint (a whole repository's input is megabytes).
   */
  evaluateEach(input: unknown, entrypoints: readonly string[]): ResultSet[];
  /**
   * `evaluateEach` for input already serialised: a caller that keeps parts of the input as
   * text (unchanged between evaluations) joins them instead of building and serialising
   * objects again. Several entrypoints need the text parsed by the module once.
   */
  evaluateEachJson(inputJson: string, entrypoints: readonly string[]): ResultSet[];
  /**
   * `evaluateEachJson` for a caller with other work to do: a module in a thread of its own
   * (one with a deadline) evaluates while the caller goes on, and answers in the order asked.
   * In this thread, the answer is ready when the promise is made. Ask nothing else while a
   * queued evaluation is unanswered.
   */
  queueEachJson(inputJson: string, entrypoints: readonly string[]): Promise<ResultSet[]>;
  /**
   * The result set as the module writes it, for input given as JSON text (undefined for
   * none): integers of any size pass both ways exactly, where `evaluate` goes through
   * JavaScript numbers.
   */
  evaluateText(inputJson: string | undefined, entrypoint: string): string;
  /**
   * Ends what the evaluator runs beyond this thread (the thread of a deadline); later calls
   * fail. Absent when there is nothing to end.
   */
  close?(): Promise<void>;
}

interface LoadedPolicy {
  entrypoints: Record<string, number>;
  mem: { buffer: ArrayBuffer };
  setData(data: unknown): void;
  /** An ArrayBuffer input is taken as JSON text already encoded. */
  evaluate(input: unknown, entrypoint: string | number): unknown;
  // What the SDK keeps of the instance (src/opa.js), for `evaluateEach`.
  wasmInstance: { exports: AbiExports };
  dataAddr: number;
  dataHeapPtr: number;
}

/** The OPA Wasm ABI 1.0 calls `evaluateEach` makes itself (every OPA module exports them). */
interface AbiExports {
  opa_heap_ptr_get(): number;
  opa_heap_ptr_set(ptr: number): void;
  opa_malloc(size: number): number;
  opa_json_parse(addr: number, length: number): number;
  opa_json_dump(value: number): number;
  opa_eval_ctx_new(): number;
  opa_eval_ctx_set_input(ctx: number, value: number): void;
  opa_eval_ctx_set_data(ctx: number, value: number): void;
  opa_eval_ctx_set_entrypoint(ctx: number, entrypoint: number): void;
  opa_eval_ctx_get_result(ctx: number): number;
  eval(ctx: number): number;
  /** accessctl's modules only: their own builtins' errors strict (1) or undefined (0). */
  accessctl_strict_builtin_errors?(on: number): void;
  /** accessctl's modules only: the [file, row, col] record of the builtin call under way. */
  accessctl_builtin_location?(): number;
  /** accessctl's modules only: the [id, count, operands...] record of the host call under way. */
  accessctl_host_args?(): number;
  /** The builtin ids the module calls, `{name: id}` as a value to dump. */
  builtins(): number;
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
  return loadModule(module.bytes, bundle.data, options);
}

/**
 * A module with its data, as a bundle would carry them: for a module compiled in this
 * process, which need not be packed into a bundle only to be unpacked again.
 */
export async function loadModule(
  wasm: Uint8Array,
  data: unknown,
  options: LoadOptions = {},
): Promise<PolicyEvaluator> {
  const evaluator =
    options.timeoutMs === undefined
      ? await loadWasm(wasm, options)
      : await loadWithDeadline(wasm, { ...options, timeoutMs: options.timeoutMs });
  evaluator.setData(data);
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
  const fixed = options.memoryPages;
  const floor = fixed ?? options.memoryFloorPages ?? DEFAULT_MEMORY_PAGES;
  const needed = importedMemoryMinimum(wasm);
  if (needed > floor) {
    throw new RegoEvalError(
      'eval_memory_error',
      `the module needs ${needed} memory pages but the limit is ${floor}; raise memoryPages`,
    );
  }
  // The whole allowance up front: untouched pages cost no memory, while each grow costs a
  // remap and, in a process holding a large repository, a collection of the JavaScript heap
  // (evaluating over 100,000 grants: 15.6 s growing on demand, 1.6 s starting at the limit).
  // A memory's maximum is fixed when it is made, so an input that needs a higher limit
  // gets a new instance of the module with its data set again (a few ms).
  const instantiate = (pages: number): LoadedPolicy => {
    let loaded: LoadedPolicy;
    try {
      loaded = loadPolicySync(
        wasm,
        { initial: pages, maximum: pages },
        session.builtins,
      ) as unknown as LoadedPolicy;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new RegoEvalError('eval_internal_error', `cannot load the policy module: ${message}`);
    }
    // The module's own builtins follow the same setting as the host's (modules built by
    // other compilers have no such switch; OPA's make a failing builtin undefined).
    loaded.wasmInstance.exports.accessctl_strict_builtin_errors?.(
      options.strictBuiltinErrors === true ? 1 : 0,
    );
    return loaded;
  };
  let pages = floor;
  let policy = instantiate(pages);
  let data: unknown;
  let dataSet = false;
  /** Makes the memory's limit the one an input of `inputBytes` of JSON is allowed. */
  const fit = (inputBytes: number): void => {
    if (fixed !== undefined) return;
    const wanted = memoryPagesFor(inputBytes, floor);
    if (wanted <= pages) return;
    if (inputBytes >= MAX_MEMORY_PAGES * 65_536) {
      throw new RegoEvalError(
        'eval_memory_error',
        `the input is ${inputBytes} bytes of JSON, more than a policy's 4 GiB memory can hold; judge fewer documents at once`,
      );
    }
    pages = wanted;
    policy = instantiate(pages);
    if (dataSet) policy.setData(data);
  };
  // The module aborts with "out of memory" itself; the SDK's own grow (for a large input)
  // fails with a RangeError past the limit.
  const exhausted = (error: unknown): boolean =>
    error instanceof RangeError && /memory|grow/i.test(error.message);

  /** Where the builtin call under way stands, as the module recorded it before the call. */
  const builtinLocation = (): Location | undefined => {
    const at = policy.wasmInstance.exports.accessctl_builtin_location?.() ?? 0;
    if (at === 0) return undefined;
    const view = new DataView(policy.mem.buffer);
    return {
      file: readString(policy.mem.buffer, view.getUint32(at, true)),
      row: view.getInt32(at + 4, true),
      col: view.getInt32(at + 8, true),
    };
  };
  // Builtins that read integers exactly get their operands dumped again from the module
  // when the SDK's JSON.parse may have rounded one.
  session.readOperandsWith((builtin) => hostOperands(policy, builtin));

  // A host builtin's error is thrown in JavaScript, out of the module's sight: the module
  // recorded the call's location just before it, so the error can still say where.
  const evalError = (error: unknown): RegoEvalError =>
    error instanceof HostBuiltinError
      ? new RegoEvalError(error.code, error.message, builtinLocation())
      : toEvalError(error, exhausted(error));

  const entrypointId = (entrypoint: string): number => {
    if (!Object.hasOwn(policy.entrypoints, entrypoint)) {
      const known = Object.keys(policy.entrypoints).join(', ') || 'none';
      throw new RegoEvalError(
        'eval_internal_error',
        `entrypoint ${entrypoint} is not in this bundle (it has: ${known}); rebuild with -e ${entrypoint}`,
      );
    }
    return policy.entrypoints[entrypoint] as number;
  };

  const evaluate = (input: unknown, entrypoint: string): ResultSet => {
    entrypointId(entrypoint);
    options.onEvaluate?.(entrypoint);
    session.beginEvaluation();
    try {
      // The SDK treats a falsy input as no input at all; an ArrayBuffer is JSON already.
      if (!input || input instanceof ArrayBuffer) {
        fit(input instanceof ArrayBuffer ? input.byteLength : 0);
        return policy.evaluate(input, entrypoint) as ResultSet;
      }
      const text = new TextEncoder().encode(JSON.stringify(input));
      fit(text.byteLength);
      return policy.evaluate(ownBuffer(text), entrypoint) as ResultSet;
    } catch (error) {
      throw evalError(error);
    }
  };

  /**
   * Several entrypoints over one input, which the module parses once: the SDK's `evaluate`
   * would parse it again for each (for 100,000 grants, 30 MB of JSON each time). Each
   * entrypoint's own allocations are freed before the next by resetting the heap to just
   * after the input, the way the SDK resets it to just after the data.
   */
  const evaluateShared = (json: string, entrypoints: readonly string[]): ResultSet[] => {
    const ids = entrypoints.map(entrypointId);
    try {
      const value = parseInput(json);
      // taken after the input is parsed: a larger input may have replaced the instance
      const abi = policy.wasmInstance.exports;
      const afterInput = abi.opa_heap_ptr_get();
      return ids.map((id, i) => {
        options.onEvaluate?.(entrypoints[i] as string);
        abi.opa_heap_ptr_set(afterInput);
        session.beginEvaluation();
        const ctx = abi.opa_eval_ctx_new();
        abi.opa_eval_ctx_set_input(ctx, value);
        abi.opa_eval_ctx_set_data(ctx, policy.dataAddr);
        abi.opa_eval_ctx_set_entrypoint(ctx, id);
        abi.eval(ctx);
        const dumped = abi.opa_json_dump(abi.opa_eval_ctx_get_result(ctx));
        return JSON.parse(readString(policy.mem.buffer, dumped)) as ResultSet;
      });
    } catch (error) {
      throw evalError(error);
    } finally {
      policy.wasmInstance.exports.opa_heap_ptr_set(policy.dataHeapPtr);
    }
  };

  /**
   * The module's value for `json`, written straight into its memory (no encoded copy beside
   * it: a whole repository's input is tens of megabytes) just after the data, where the heap
   * is reset to after every evaluation.
   */
  const parseInput = (json: string): number => {
    const bytes = Buffer.byteLength(json, 'utf8');
    fit(bytes);
    const abi = policy.wasmInstance.exports;
    abi.opa_heap_ptr_set(policy.dataHeapPtr);
    const at = abi.opa_malloc(bytes);
    // the buffer is taken after the allocation, which may have grown (and replaced) it
    Buffer.from(policy.mem.buffer, at, bytes).write(json, 'utf8');
    let value: number;
    try {
      value = abi.opa_json_parse(at, bytes);
    } catch (error) {
      // the module reads nesting by recursion on this thread's stack
      if (!(error instanceof RangeError)) throw error;
      throw new Error(
        'the input nests too deeply for the module to read (more than about 5,000 arrays and objects inside one another; OPA reads up to 10,000)',
        { cause: error },
      );
    }
    // the module's reader stops at OPA's depth, as Go's encoding/json does
    if (value === 0)
      throw new Error('the input is not valid JSON, or nests more than 10,000 levels deep');
    return value;
  };

  const evaluateText = (inputJson: string | undefined, entrypoint: string): string => {
    const id = entrypointId(entrypoint);
    try {
      if (inputJson === undefined) fit(0);
      const value = inputJson === undefined ? undefined : parseInput(inputJson);
      const abi = policy.wasmInstance.exports;
      if (value === undefined) abi.opa_heap_ptr_set(policy.dataHeapPtr);
      session.beginEvaluation();
      const ctx = abi.opa_eval_ctx_new();
      if (value !== undefined) abi.opa_eval_ctx_set_input(ctx, value);
      abi.opa_eval_ctx_set_data(ctx, policy.dataAddr);
      abi.opa_eval_ctx_set_entrypoint(ctx, id);
      abi.eval(ctx);
      return readString(policy.mem.buffer, abi.opa_json_dump(abi.opa_eval_ctx_get_result(ctx)));
    } catch (error) {
      throw evalError(error);
    } finally {
      policy.wasmInstance.exports.opa_heap_ptr_set(policy.dataHeapPtr);
    }
  };

  return {
    entrypoints: Object.keys(policy.entrypoints),
    evaluateText,
    setData(value) {
      try {
        policy.setData(value);
        data = value;
        dataSet = true;
      } catch (error) {
        throw exhausted(error) ? memoryError() : toEvalError(error, false);
      }
    },
    evaluate,
    evaluateEach(input, entrypoints) {
      // The SDK treats a falsy input as no input at all; keep that path as it is.
      if (!input || input instanceof ArrayBuffer || entrypoints.length < 2)
        return entrypoints.map((e) => evaluate(input, e));
      return evaluateShared(JSON.stringify(input), entrypoints);
    },
    evaluateEachJson(inputJson, entrypoints) {
      return evaluateShared(inputJson, entrypoints);
    },
    queueEachJson(inputJson, entrypoints) {
      try {
        return Promise.resolve(evaluateShared(inputJson, entrypoints));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
  };
}

const builtinNames = new WeakMap<LoadedPolicy, Map<number, string>>();

/**
 * The operands of the host call under way, from the module's record of it, each dumped
 * again and read with its integers exact; undefined when the module keeps no record or
 * the record is of another builtin's call.
 */
function hostOperands(policy: LoadedPolicy, builtin: string): HostValue[] | undefined {
  const abi = policy.wasmInstance.exports;
  const at = abi.accessctl_host_args?.() ?? 0;
  if (at === 0) return undefined;
  let names = builtinNames.get(policy);
  if (names === undefined) {
    const ids = JSON.parse(readString(policy.mem.buffer, abi.opa_json_dump(abi.builtins())));
    names = new Map(Object.entries(ids as Record<string, number>).map(([n, id]) => [id, n]));
    builtinNames.set(policy, names);
  }
  const view = new DataView(policy.mem.buffer);
  if (names.get(view.getInt32(at, true)) !== builtin) return undefined;
  const count = view.getInt32(at + 4, true);
  const operands: HostValue[] = [];
  for (let i = 0; i < count; i++) {
    const value = new DataView(policy.mem.buffer).getUint32(at + 8 + 4 * i, true);
    operands.push(parseExactJson(readString(policy.mem.buffer, abi.opa_json_dump(value))));
  }
  return operands;
}

/** The bytes as an ArrayBuffer of their own, which the SDK reads whole as JSON text. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  return byteOffset === 0 && byteLength === buffer.byteLength && buffer instanceof ArrayBuffer
    ? buffer
    : bytes.slice().buffer;
}

/** The NUL-terminated UTF-8 string at `at` in the module's memory. */
function readString(buffer: ArrayBuffer, at: number): string {
  const bytes = new Uint8Array(buffer);
  const end = bytes.indexOf(0, at);
  return new TextDecoder().decode(bytes.subarray(at, end === -1 ? bytes.length : end));
}
