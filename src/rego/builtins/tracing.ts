// Output for the policy author: `print` and `trace`. The compiler rewrites `print(a, b)`
// into `internal.print([{a...}, {b...}])`, one set of values per argument.
import type { BuiltinSpec } from './spec.js';
import { any, anySet, arrayOf, bool, builtin, str } from './decl.js';

export const tracing: BuiltinSpec[] = [
  { name: 'print', decl: { type: 'function', variadic: any } },
  builtin('internal.print', [arrayOf(anySet)], undefined),
  builtin('trace', [str], bool),
];
