import { hostBuiltins, type HostFunction, type Json } from '../../../src/rego/builtins/index.js';

/** Reads a result as the SDK would: an ArrayBuffer is JSON text (exact big integers as bigint). */
function decode(result: ReturnType<HostFunction>): Json | bigint | undefined {
  if (!(result instanceof ArrayBuffer)) return result;
  const text = new TextDecoder().decode(result);
  return /^-?\d+$/.test(text) ? BigInt(text) : (JSON.parse(text) as Json);
}

const strictTable = hostBuiltins({ strict: true, now: new Date('2026-11-27T06:00:00Z') });
const lenientTable = hostBuiltins({ now: new Date('2026-11-27T06:00:00Z') });

/** Calls a host builtin as the SDK would, raising builtin errors (strict mode). */
export function call(name: string, ...args: Json[]): Json | bigint | undefined {
  const fn = strictTable[name];
  if (!fn) throw new Error(`no host implementation for ${name}`);
  return decode(fn(...args));
}

/** Calls a host builtin in OPA's default mode, where an error makes the call undefined. */
export function callLenient(name: string, ...args: Json[]): Json | bigint | undefined {
  const fn = lenientTable[name];
  if (!fn) throw new Error(`no host implementation for ${name}`);
  return decode(fn(...args));
}
