// Bitwise operations on integers of any size, as OPA's big.Int arithmetic does them.
import { builtin, num } from '../shared/decl.js';
import { integerOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

const big = (value: HostValue, position: number): bigint => {
  // Read exactly from the module when past 2^53 (host.ts).
  if (typeof value === 'bigint') return value;
  const n = integerOperand(value as Json, position);
  // An integer past 2^53 arrived rounded; its shortest decimal form is what was written.
  return BigInt(Math.abs(n) < 1e21 ? String(n) : n);
};

const binary = (name: string, op: (a: bigint, b: bigint) => bigint): BuiltinSpec =>
  builtin(name, [num, num], num, { exactHost: (a, b) => op(big(a, 1), big(b, 2)) });

export const bits: BuiltinSpec[] = [
  binary('bits.and', (a, b) => a & b),
  binary('bits.or', (a, b) => a | b),
  binary('bits.xor', (a, b) => a ^ b),
  builtin('bits.negate', [num], num, { exactHost: (a) => ~big(a, 1) }),
  binary('bits.lsh', (a, b) => a << b),
  binary('bits.rsh', (a, b) => a >> b),
];
