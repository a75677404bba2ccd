// Quantities with SI (k, M, G...) and binary (Ki, Mi, Gi...) suffixes.
import { builtin, num, str } from './decl.js';
import { builtinError } from './errors.js';
import { stringOperand } from './operands.js';
import type { BuiltinSpec, Json } from './spec.js';

// Powers of ten scale the decimal text itself, so `0.0000005M` is exactly 0.5.
const decimal: Record<string, number> = { k: 3, m: 6, g: 9, t: 12, p: 15, e: 18 };
const binary: Record<string, number> = {
  ki: 2 ** 10,
  mi: 2 ** 20,
  gi: 2 ** 30,
  ti: 2 ** 40,
  pi: 2 ** 50,
  ei: 2 ** 60,
};

function splitAmount(
  raw: string,
  name: string,
): { amount: number; scaled: (shift: number) => number; suffix: string } {
  if (raw.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  const m = /^(-?(?:\d+\.?\d*|\.\d+)?)(?:[eE]([+-]?\d+))?(.*)$/.exec(raw) as RegExpExecArray;
  const mantissa = m[1] as string;
  if (mantissa === '' || mantissa === '-') throw builtinError('no amount provided');
  const exponent = Number(m[2] ?? '0');
  const amount = Number(`${mantissa}e${exponent}`);
  if (Number.isNaN(amount)) throw builtinError(`could not parse amount to a number in ${name}`);
  // An amount past the range of numbers (10e10000000) is refused, not made infinite.
  const finite = (x: number): number => {
    if (!Number.isFinite(x)) throw builtinError('exponent too large');
    return x;
  };
  finite(amount);
  return {
    amount,
    scaled: (shift) => finite(Number(`${mantissa}e${exponent + shift}`)),
    suffix: m[3] as string,
  };
}

/** An integer amount times a power of two stays exact even past 2^53 (`10Ei`). */
function exactProduct(amount: number, factor: number): number | bigint {
  const product = amount * factor;
  if (Number.isInteger(amount) && !Number.isSafeInteger(product))
    return BigInt(amount) * BigInt(factor);
  return product;
}

/** `units.parse`: lowercase `m` is milli, every other suffix ignores case. */
function parseUnits(value: Json): Json | bigint {
  const raw = stringOperand(value, 1).replaceAll('"', '');
  const { amount, scaled, suffix } = splitAmount(raw, 'units.parse');
  if (suffix === 'm') return scaled(-3);
  const lower = suffix.toLowerCase();
  if (lower === '') return amount;
  const exponent = decimal[lower];
  if (exponent !== undefined) return scaled(exponent);
  const factor = binary[lower];
  if (factor === undefined) throw builtinError(`unknown unit ${JSON.stringify(suffix)}`);
  return exactProduct(amount, factor);
}

/** `units.parse_bytes`: an optional `b`, case ignored, whole bytes. */
function parseBytes(value: Json): Json | bigint {
  const raw = stringOperand(value, 1).replaceAll('"', '').toLowerCase();
  const { amount, scaled, suffix } = splitAmount(raw, 'units.parse_bytes');
  const unit = suffix.replace(/b$/, '');
  if (unit === '') return Math.trunc(amount);
  const exponent = decimal[unit];
  if (exponent !== undefined) return Math.trunc(scaled(exponent));
  const factor = binary[unit];
  if (factor === undefined)
    throw builtinError(`byte unit ${JSON.stringify(suffix)} not recognized`);
  return exactProduct(Math.trunc(amount), factor);
}

export const units: BuiltinSpec[] = [
  builtin('units.parse', [str], num, { host: parseUnits }),
  builtin('units.parse_bytes', [str], num, { host: parseBytes }),
];
