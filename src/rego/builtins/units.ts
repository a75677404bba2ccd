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

// units.parse_bytes multiplies by these, then truncates toward zero.
const byteUnits: Record<string, bigint> = {
  '': 1n,
  ...Object.fromEntries(
    Object.entries(decimal).flatMap(([k, e]) => [
      [k, 10n ** BigInt(e)],
      [`${k}b`, 10n ** BigInt(e)],
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(binary).flatMap(([k, f]) => [
      [k, BigInt(f)],
      [`${k}b`, BigInt(f)],
    ]),
  ),
};

/**
 * `units.parse_bytes` as OPA reads it: case and quotes ignored, the amount is the leading
 * digits, dots and exponent, the rest the unit; amount times unit, then truncated, so
 * "1.5KiB" is 1536. Computed on the decimal digits, exactly.
 */
function parseBytes(value: Json): Json | bigint {
  const text = stringOperand(value, 1).toLowerCase().replaceAll('"', '');
  if (text.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  const { amount, unit } = splitBytes(text);
  if (amount === '') throw builtinError('no byte amount provided');
  const factor = byteUnits[unit];
  if (factor === undefined) throw builtinError(`byte unit ${unit} not recognized`);
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(amount);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) {
    throw builtinError('could not parse byte amount to a number');
  }
  const fraction = m[3] ?? '';
  const digits = BigInt(`${m[2] ?? ''}${fraction}` || '0');
  const exponent = Number(m[4] ?? '0') - fraction.length;
  const scaled = digits * factor;
  const whole =
    exponent >= 0 ? scaled * 10n ** BigInt(exponent) : scaled / 10n ** BigInt(-exponent);
  const total = m[1] === '-' ? -whole : whole;
  return total >= BigInt(Number.MIN_SAFE_INTEGER) && total <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(total)
    : total;
}

/** OPA's split: the amount runs to the first character that cannot continue a number. */
function splitBytes(text: string): { amount: string; unit: string } {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === 'e') {
      const next = text[i + 1];
      if (next === undefined || !/[\d+-]/.test(next)) return cut(text, i);
      if (next === '+' || next === '-') i++;
      const digits = /^\d*/.exec(text.slice(i + 1))?.[0] ?? '';
      if (digits.length > 6) throw builtinError('exponent too large');
    } else if (!/[\d.+-]/.test(c)) {
      return cut(text, i);
    }
  }
  return { amount: text, unit: '' };
}

function cut(text: string, at: number): { amount: string; unit: string } {
  return { amount: text.slice(0, at), unit: text.slice(at) };
}

export const units: BuiltinSpec[] = [
  builtin('units.parse', [str], num, { host: parseUnits }),
  builtin('units.parse_bytes', [str], num, { host: parseBytes }),
];
