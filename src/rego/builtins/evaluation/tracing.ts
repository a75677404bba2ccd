// Output for the policy author: `print` and `trace`. The compiler rewrites `print(a, b)`
// into `internal.print([{a...}, {b...}])`, one set of values per argument, so an
// undefined argument prints as `<undefined>` instead of stopping the rule. Where the
// text goes is the evaluation's choice (see builtins/host.ts).
import { any, anySet, arrayOf, bool, builtin, str } from '../shared/decl.js';
import { regoText } from '../strings/sprintf.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { inertLog } from '../../../log/inert-log.js';

function toStderr(line: string): true {
  process.stderr.write(`${inertLog(line)}\n`);
  return true;
}

/**
 * One printed line from `internal.print`'s operand: a lone value as itself (strings
 * unquoted), several as the set they form, none as `<undefined>`.
 */
export function printLine(args: Json): string {
  if (!Array.isArray(args)) return regoText(args);
  return args
    .map((values) => {
      if (!Array.isArray(values) || values.length === 0) return '<undefined>';
      if (values.length === 1) {
        const [only] = values as [Json];
        return typeof only === 'string' ? only : regoText(only);
      }
      return `{${values.map(regoText).join(', ')}}`;
    })
    .join(' ');
}

export const tracing: BuiltinSpec[] = [
  {
    name: 'print',
    decl: { type: 'function', variadic: any },
    host: (...args) => toStderr(args.map((a) => printLine([[a]])).join(' ')),
  },
  builtin('internal.print', [arrayOf(anySet)], undefined, {
    host: (args) => toStderr(printLine(args)),
  }),
  builtin('trace', [str], bool, {
    host: (note) => toStderr(`Note ${JSON.stringify(stringOperand(note, 1))}`),
  }),
];
