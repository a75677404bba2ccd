// Every Rego builtin this toolchain knows, one family per file, in one table.
import { aggregates } from './aggregates.js';
import { arrays } from './arrays.js';
import { bits } from './bits.js';
import { conversions } from './conversions.js';
import { crypto } from './crypto.js';
import { encoding } from './encoding.js';
import { glob } from './glob.js';
import { createHostSession, type HostFunction, type HostOptions } from './host.js';
import { graphs } from './graphs.js';
import { identifiers } from './identifiers.js';
import { jsonSchema } from './json-schema.js';
import { jwt } from './jwt.js';
import { jwtSign } from './jwt-sign.js';
import { net } from './net.js';
import { numbers } from './numbers.js';
import { objects } from './objects.js';
import { offlineBuiltins } from './offline.js';
import { operators } from './operators.js';
import { regex } from './regex.js';
import { runtimeInfo } from './runtime-info.js';
import { sets } from './sets.js';
import type { BuiltinSpec } from './spec.js';
import { strings } from './strings.js';
import { time } from './time.js';
import { tracing } from './tracing.js';
import { types } from './types.js';
import { units } from './units.js';
import { x509 } from './x509.js';

const families: BuiltinSpec[][] = [
  operators,
  numbers,
  aggregates,
  arrays,
  sets,
  objects,
  strings,
  regex,
  glob,
  bits,
  conversions,
  units,
  types,
  encoding,
  jsonSchema,
  time,
  crypto,
  x509,
  jwt,
  jwtSign,
  graphs,
  net,
  offlineBuiltins,
  identifiers,
  runtimeInfo,
  tracing,
];

const table = new Map<string, BuiltinSpec>();
for (const family of families) {
  for (const spec of family) {
    if (table.has(spec.name)) throw new Error(`builtin ${spec.name} is declared twice`);
    table.set(spec.name, spec);
  }
}

/** The builtin called `name` in Rego (`time.parse_rfc3339_ns`, `plus`), if there is one. */
export function lookupBuiltin(name: string): BuiltinSpec | undefined {
  return table.get(name);
}

/** Every builtin, in family order. */
export function allBuiltins(): BuiltinSpec[] {
  return [...table.values()];
}

/**
 * The custom builtins to hand the opa-wasm SDK: one function per builtin the module
 * imports. `now` fixes `time.now_ns`; without it the clock is read on first use.
 */
export function hostBuiltins(options: HostOptions = {}): Record<string, HostFunction> {
  return createHostSession(allBuiltins(), options).builtins;
}

/** A host table whose per-evaluation state (clock, random answers) can be reset. */
export function hostSession(options: HostOptions = {}) {
  return createHostSession(allBuiltins(), options);
}

export { HostBuiltinError, type HostFunction, type HostOptions, type HostSession } from './host.js';
export type { BuiltinSpec, Json } from './spec.js';
