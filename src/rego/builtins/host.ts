// The host side of the Wasm ABI: every builtin the module imports instead of implementing,
// as the custom-builtins object the opa-wasm SDK takes. A session holds what OPA keeps
// per evaluation: one clock reading for `time.now_ns`, and cached `rand.intn` and
// `uuid.rfc4122` answers, so the same call yields the same value within a query.
import { randomInt, randomUUID } from 'node:crypto';

import type { BuiltinErrorCode } from '../errors.js';
import { BuiltinError } from './shared/errors.js';
import { holdsUnsafeInteger } from './shared/exact-json.js';
import { decodeVerify } from './crypto/jwt.js';
import { integerOperand, stringOperand } from './shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from './shared/spec.js';
import { nowNs } from './time/time.js';
import { inertLog } from '../../log/inert-log.js';
import { printLine } from './evaluation/tracing.js';

/** What the SDK accepts back: a value to serialise, or JSON text as an ArrayBuffer. */
export type HostResult = Json | ArrayBuffer | undefined;
export type HostFunction = (...args: Json[]) => HostResult;
type Implementation = (...args: Json[]) => HostValue | undefined;

export interface HostOptions {
  /** A fixed instant for `time.now_ns`; otherwise the clock is read once per evaluation. */
  now?: Date;
  /**
   * Raise builtin errors instead of making the call undefined (OPA's
   * `strict-builtin-errors`). Off by default, as in OPA.
   */
  strict?: boolean;
  /** Where `print` and `trace` write; standard error by default. */
  print?: (line: string) => void;
}

/** A builtin error raised out of the module, with the builtin's name in its message. */
export class HostBuiltinError extends Error {
  constructor(
    readonly code: BuiltinErrorCode,
    readonly builtin: string,
    message: string,
  ) {
    super(`${builtin}: ${message}`);
    this.name = 'HostBuiltinError';
  }
}

/**
 * The operands of the host call under way, read again from the module with every digit of
 * their integers, or undefined when the module keeps no record of its calls.
 */
export type OperandReader = (builtin: string) => HostValue[] | undefined;

export interface HostSession {
  builtins: Record<string, HostFunction>;
  /** Starts a new evaluation: a fresh clock reading and fresh random answers. */
  beginEvaluation(): void;
  /** Where builtins that read integers exactly find their operands (set once loaded). */
  readOperandsWith(reader: OperandReader): void;
}

export function createHostSession(specs: BuiltinSpec[], options: HostOptions = {}): HostSession {
  let now: Date | undefined;
  const cache = new Map<string, Json>();
  const print = options.print ?? ((line: string) => process.stderr.write(`${inertLog(line)}\n`));
  const cached = (key: string, make: () => Json): Json => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as Json;
  };

  // One clock reading per evaluation, for every builtin that reads the time.
  const clockNs = () => nowNs(options.now ?? (now ??= new Date()));

  const stateful: Record<string, Implementation> = {
    'time.now_ns': clockNs,
    'io.jwt.decode_verify': (jwt, constraints) => decodeVerify(jwt, constraints, clockNs()),
    'rand.intn': (seed, n) => {
      const s = stringOperand(seed, 1);
      const bound = Math.abs(integerOperand(n, 2));
      return cached(`rand:${s}:${bound}`, () => (bound === 0 ? 0 : randomInt(bound)));
    },
    'uuid.rfc4122': (seed) => cached(`uuid:${stringOperand(seed, 1)}`, () => randomUUID()),
    'internal.print': (args) => {
      print(printLine(args));
      return true;
    },
    print: (...args) => {
      print(args.map((a) => printLine([[a]])).join(' '));
      return true;
    },
    trace: (note) => {
      print(`Note ${JSON.stringify(stringOperand(note, 1))}`);
      return true;
    },
  };

  let readOperands: OperandReader = () => undefined;
  const builtins: Record<string, HostFunction> = {};
  for (const spec of specs) {
    const strict = options.strict ?? false;
    const exact = spec.exactHost;
    if (exact) {
      // Operands as the SDK parsed them, unless one holds an integer it may have rounded.
      const reread = (args: Json[]): HostValue[] =>
        args.some(holdsUnsafeInteger) ? (readOperands(spec.name) ?? args) : args;
      builtins[spec.name] = guard(spec.name, (...args) => exact(...reread(args)), strict);
      continue;
    }
    const impl = stateful[spec.name] ?? spec.host;
    if (impl) builtins[spec.name] = guard(spec.name, impl, strict);
  }
  return {
    builtins,
    beginEvaluation() {
      now = undefined;
      cache.clear();
    },
    readOperandsWith(reader) {
      readOperands = reader;
    },
  };
}

/**
 * OPA's rule for builtin errors: without strict mode the call is undefined; with it the
 * evaluation stops with the error. Errors that are not a builtin's (bugs) always surface.
 */
function guard(name: string, impl: Implementation, strict: boolean): HostFunction {
  return (...args) => {
    try {
      return exact(impl(...args));
    } catch (error) {
      if (!(error instanceof BuiltinError)) throw error;
      if (!strict) return undefined;
      throw new HostBuiltinError(error.code, name, error.message);
    }
  };
}

/**
 * The SDK serialises results with JSON.stringify, which rounds integers beyond 2^53; it
 * also takes an ArrayBuffer of JSON text as is, which carries a big integer exactly.
 */
function exact(value: HostValue | undefined): HostResult {
  if (value === undefined || !holdsBigint(value)) return value as Json | undefined;
  if (
    typeof value === 'bigint' &&
    value >= BigInt(Number.MIN_SAFE_INTEGER) &&
    value <= BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return Number(value);
  }
  const text = new TextEncoder().encode(jsonText(value));
  return text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength) as ArrayBuffer;
}

function holdsBigint(value: HostValue): boolean {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsBigint);
}

/** JSON text with bigints written as their digits. */
function jsonText(value: HostValue): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}
