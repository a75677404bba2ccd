// Quantities with SI (k, M, G...) and binary (Ki, Mi, Gi...) suffixes, read as OPA reads
// them: the amount is the leading digits, dots and exponent, the rest is the unit, and the
// arithmetic is exact (OPA uses big.Rat and big.Float), on the decimal digits as written.
import { builtin, num, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

/** A rational number: numerator over a positive denominator. */
interface Ratio {
  n: bigint;
  d: bigint;
}

const pow10 = (e: number): bigint => 10n ** BigInt(e);
const si = (e: number): Ratio => ({ n: pow10(e), d: 1n });
const bin = (e: number): Ratio => ({ n: 2n ** BigInt(e), d: 1n });

// units.parse: case matters for the first letter only (m is milli, M is mega).
const unitFactors: Record<string, Ratio> = { '': si(0), m: { n: 1n, d: 1000n } };
['k', 'm', 'g', 't', 'p', 'e'].forEach((u, i) => {
  const upper = u.toUpperCase();
  for (const name of u === 'm' ? [upper] : [u, upper]) unitFactors[name] = si(3 * (i + 1));
  unitFactors[`${u}i`] = bin(10 * (i + 1));
  unitFactors[`${upper}i`] = bin(10 * (i + 1));
});

// units.parse_bytes: the text is lowercased first; a trailing b is optional.
const byteFactors: Record<string, Ratio> = Object.fromEntries(
  ['', 'k', 'm', 'g', 't', 'p', 'e'].flatMap((u, i) =>
    u === ''
      ? [['', si(0)]]
      : [
          [u, si(3 * i)],
          [`${u}b`, si(3 * i)],
          [`${u}i`, bin(10 * i)],
          [`${u}ib`, bin(10 * i)],
        ],
  ),
);

/** OPA's split: the amount runs to the first character that cannot continue a number. */
function splitAmount(text: string, tooLarge: string): { amount: string; unit: string } {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === 'e' || c === 'E') {
      const next = text[i + 1];
      if (next === undefined || !/[\d+-]/.test(next)) return cut(text, i);
      if (next === '+' || next === '-') i++;
      // Six exponent digits at most: 1e999999999 would take the process down.
      if ((/^\d*/.exec(text.slice(i + 1))?.[0] ?? '').length > 6) throw builtinError(tooLarge);
    } else if (!/[\d.+-]/.test(c)) {
      return cut(text, i);
    }
  }
  return { amount: text, unit: '' };
}

function cut(text: string, at: number): { amount: string; unit: string } {
  return { amount: text.slice(0, at), unit: text.slice(at) };
}

/** The amount times the unit, exactly; undefined when the amount is not a number. */
function scale(amount: string, factor: Ratio): Ratio | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(amount);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const fraction = m[3] ?? '';
  const exponent = Number(m[4] ?? '0') - fraction.length;
  let n = BigInt(`${m[2] ?? ''}${fraction}` || '0') * factor.n;
  let d = factor.d;
  if (exponent >= 0) n *= pow10(exponent);
  else d *= pow10(-exponent);
  return { n: m[1] === '-' ? -n : n, d };
}

/** A bigint as a number when it is one exactly. */
function integer(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** `units.parse`: an integer when the product is whole, else ten decimals (big.Rat's FloatString). */
function parseUnits(value: Json): Json | bigint {
  const text = stringOperand(value, 1).replaceAll('"', '');
  if (text.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  const { amount, unit: raw } = splitAmount(text, 'exponent too large');
  if (amount === '') throw builtinError('no amount provided');
  const unit = raw.length > 1 ? raw[0] + raw.slice(1).toLowerCase() : raw;
  const factor = Object.hasOwn(unitFactors, unit) ? unitFactors[unit] : undefined;
  if (factor === undefined) throw builtinError(`unit ${unit} not recognized`);
  const r = scale(amount, factor);
  if (r === undefined) throw builtinError('could not parse amount to a number');
  if (r.n % r.d === 0n) return integer(r.n / r.d);
  // Ten decimals, the last rounded half away from zero.
  const tenths = (r.n * pow10(10) * 2n + (r.n < 0n ? -r.d : r.d)) / (2n * r.d);
  const sign = tenths < 0n ? '-' : '';
  const digits = (tenths < 0n ? -tenths : tenths).toString().padStart(11, '0');
  return Number(`${sign}${digits.slice(0, -10)}.${digits.slice(-10)}`);
}

/** `units.parse_bytes`: case ignored, the product truncated to whole bytes ("1.5KiB" is 1536). */
function parseBytes(value: Json): Json | bigint {
  const text = stringOperand(value, 1).toLowerCase().replaceAll('"', '');
  if (text.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  const { amount, unit } = splitAmount(text, 'exponent too large');
  if (amount === '') throw builtinError('no byte amount provided');
  const factor = Object.hasOwn(byteFactors, unit) ? byteFactors[unit] : undefined;
  if (factor === undefined) throw builtinError(`byte unit ${unit} not recognized`);
  const r = scale(amount, factor);
  if (r === undefined) throw builtinError('could not parse byte amount to a number');
  return integer(r.n / r.d);
}

export const units: BuiltinSpec[] = [
  builtin('units.parse', [str], num, { host: parseUnits }),
  builtin('units.parse_bytes', [str], num, { host: parseBytes }),
];
