// The opa-wasm SDK answers a few imported builtins (sprintf, regex.split, json.is_valid,
// yaml.*) with its own JavaScript before looking at custom builtins, and those follow
// JavaScript rather than OPA's Go semantics (sprintf-js has no Go verbs). Where the SDK
// is loaded from node_modules we withdraw those entries so the host table answers; the
// bundled build leaves the SDK's table out altogether (scripts/build.mjs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let withdrawn = false;

export function preferHostBuiltins(names: Iterable<string>): boolean {
  if (withdrawn) return true;
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve('@open-policy-agent/opa-wasm');
    const table = require(join(dirname(main), 'builtins', 'index.js')) as Record<string, unknown>;
    for (const name of names) delete table[name];
    withdrawn = true;
  } catch {
    withdrawn = false;
  }
  return withdrawn;
}
