// Bitwise operations on integers of any size, as OPA's big.Int arithmetic does them.
import { builtin, num } from '../shared/decl.js';
import { integerOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

const big = (value: Json, position: number): bigint => {
  const n = integerOperand(value, position);
  // An integer past 2^53 arrived rounded; its shortest decimal form is what was written.
  return BigInt(Math.abs(n) < 1e21 ? String(n) : n);
};

const binary = (name: string, op: (a: bigint, b: bigint) => bigint): BuiltinSpec =>
  builtin(name, [num, num], num, { host: (a, b) => op(big(a, 1), big(b, 2)) });

export const bits: BuiltinSpec[] = [
  binary('bits.and', (a, b) => a & b),
  binary('bits.or', (a, b) => a | b),
  binary('bits.xor', (a, b) => a ^ b),
  builtin('bits.negate', [num], num, { host: (a) => ~big(a, 1) }),
  binary('bits.lsh', (a, b) => a << b),
  binary('bits.rsh', (a, b) => a >> b),
];
