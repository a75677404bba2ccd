// Numeric functions beyond the operators. builtins/host.ts caches `rand.intn` per evaluation.
import { arrayOf, builtin, num, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { integerOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { randomInt } from 'node:crypto';

function rangeStep(from: Json, to: Json, step: Json): Json {
  const a = integerOperand(from, 1);
  const b = integerOperand(to, 2);
  const s = integerOperand(step, 3);
  if (s <= 0) throw builtinError('step must be a positive integer');
  const out: number[] = [];
  if (a <= b) for (let i = a; i <= b; i += s) out.push(i);
  else for (let i = a; i >= b; i -= s) out.push(i);
  return out;
}

export const numbers: BuiltinSpec[] = [
  builtin('abs', [num], num),
  builtin('ceil', [num], num),
  builtin('floor', [num], num),
  builtin('round', [num], num),
  builtin('numbers.range', [num, num], arrayOf(num)),
  builtin('numbers.range_step', [num, num, num], arrayOf(num), { host: rangeStep }),
  builtin('rand.intn', [str, num], num, {
    host: (_seed, n) => {
      const bound = Math.abs(integerOperand(n, 2));
      return bound === 0 ? 0 : randomInt(bound);
    },
  }),
];
