import { hostBuiltins, type Json } from '../../../src/rego/builtins/index.js';

const strictTable = hostBuiltins({ strict: true, now: new Date('2026-11-27T06:00:00Z') });
const lenientTable = hostBuiltins({ now: new Date('2026-11-27T06:00:00Z') });

/** Calls a host builtin as the SDK would, raising builtin errors (strict mode). */
export function call(name: string, ...args: Json[]): Json | undefined {
  const fn = strictTable[name];
  if (!fn) throw new Error(`no host implementation for ${name}`);
  return fn(...args);
}

/** Calls a host builtin in OPA's default mode, where an error makes the call undefined. */
export function callLenient(name: string, ...args: Json[]): Json | undefined {
  const fn = lenientTable[name];
  if (!fn) throw new Error(`no host implementation for ${name}`);
  return fn(...args);
}
