// Every Rego builtin this toolchain knows, in one table. Each family is a folder, and a
// family's own machinery sits beside it:
//   values/       operators, type tests and names, conversions
//   numbers/      numeric functions, bitwise operations, SI and binary units
//   collections/  aggregates, arrays, sets, objects, graphs and walk
//   json/         json.filter/remove/patch (paths.ts, patch.ts), JSON Schema
//   strings/      string functions; Go's case mapping, strings.Replacer and sprintf
//   regex/        regex.* builtins (regex.ts) over the RE2 engine (re2.ts), globs_match
//   glob/         glob.match, glob.quote_meta
//   graphql/      graphql.* on graphql-js, in and out of gqlparser's AST shape (gql-ast*.ts)
//   encoding/     base64, hex, URL, JSON and YAML text; URIs parsed as Go's net/url does
//   time/         time.* builtins (time.ts), calendar arithmetic in zones (calendar.ts),
//                 Go's reference-time layouts (layouts.ts)
//   crypto/       digests and HMACs, JWT decode/verify and signing, X.509 certificates and
//                 certificate requests (over a DER reader), private keys
//   net/          CIDR builtins (cidr.ts) over IP arithmetic (ip.ts), network builtins
//                 that fail offline (offline.ts)
//   identifiers/  UUIDs and semantic versions
//   evaluation/   print and trace, opa.runtime, rego.parse_module
//   shared/       what every family uses: the spec and type declarations, operand
//                 checks and errors, OPA's total order over values
// host.ts turns the table into the SDK's custom builtins; unsupported.ts names OPA's
// builtins that are not implemented, for a located compile error. The builtins the Wasm
// module implements natively mirror these families in wasm/runtime/builtins/.
import { aggregates } from './collections/aggregates.js';
import { arrays } from './collections/arrays.js';
import { bits } from './numbers/bits.js';
import { conversions } from './values/conversions.js';
import { digests } from './crypto/digests.js';
import { encoding } from './encoding/encoding.js';
import { uri } from './encoding/uri.js';
import { glob } from './glob/glob.js';
import { graphql } from './graphql/graphql.js';
import { createHostSession, type HostFunction, type HostOptions } from './host.js';
import { graphs } from './collections/graphs.js';
import { identifiers } from './identifiers/identifiers.js';
import { jsonDocuments } from './json/json.js';
import { jsonSchema } from './json/json-schema.js';
import { jwt } from './crypto/jwt.js';
import { keys } from './crypto/keys.js';
import { jwtSign } from './crypto/jwt-sign.js';
import { cidr } from './net/cidr.js';
import { numbers } from './numbers/numbers.js';
import { objects } from './collections/objects.js';
import { offlineBuiltins } from './net/offline.js';
import { operators } from './values/operators.js';
import { regex } from './regex/regex.js';
import { opaRuntime } from './evaluation/opa-runtime.js';
import { parseModuleBuiltins } from './evaluation/parse-module.js';
import { sets } from './collections/sets.js';
import type { BuiltinSpec } from './shared/spec.js';
import { strings } from './strings/strings.js';
import { time } from './time/time.js';
import { tracing } from './evaluation/tracing.js';
import { types } from './values/types.js';
import { units } from './numbers/units.js';
import { x509 } from './crypto/x509.js';
import { certificateRequests } from './crypto/certificate-request.js';

const families: BuiltinSpec[][] = [
  operators,
  numbers,
  aggregates,
  arrays,
  sets,
  objects,
  jsonDocuments,
  strings,
  regex,
  glob,
  bits,
  conversions,
  units,
  types,
  encoding,
  uri,
  jsonSchema,
  time,
  digests,
  x509,
  certificateRequests,
  keys,
  jwt,
  jwtSign,
  graphs,
  graphql,
  cidr,
  offlineBuiltins,
  identifiers,
  opaRuntime,
  parseModuleBuiltins,
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
export type { BuiltinSpec, HostValue, Json } from './shared/spec.js';
