// Time: nanoseconds since the Unix epoch, as OPA counts them.
import { builtin, num, oneOf, str, tuple } from './decl.js';
import type { BuiltinSpec } from './spec.js';

/** A timestamp in ns, or `[ns, timezone]`. */
const instant = oneOf(num, tuple(num, str));
const triple = tuple(num, num, num);

export const time: BuiltinSpec[] = [
  builtin('time.now_ns', [], num),
  builtin('time.parse_ns', [str, str], num),
  builtin('time.parse_rfc3339_ns', [str], num),
  builtin('time.parse_duration_ns', [str], num),
  builtin('time.format', [oneOf(num, tuple(num, str), tuple(num, str, str))], str),
  builtin('time.date', [instant], triple),
  builtin('time.clock', [instant], triple),
  builtin('time.weekday', [instant], str),
  builtin('time.add_date', [num, num, num, num], num),
  builtin('time.diff', [instant, instant], tuple(num, num, num, num, num, num)),
];
