// Go's fmt as OPA's `sprintf` uses it: integers as Go ints, other numbers as float64,
// strings as strings, and every other value in its Rego text form.
import { compareValues } from '../shared/order.js';
import type { HostValue } from '../shared/spec.js';

type GoArg =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

/** A value as Rego prints it: `["a", 1]`, `{"k": true}`, `null`. */
export function regoText(value: HostValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(regoText).join(', ')}]`;
  const keys = Object.keys(value).sort(compareValues);
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${regoText(value[k] as HostValue)}`).join(', ')}}`;
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

function toGoArg(value: HostValue): GoArg {
  // An integer past 2^53, read exactly from the module (host.ts).
  if (typeof value === 'bigint') return { kind: 'int', value };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) < 1e21) {
      return { kind: 'int', value: BigInt(value) };
    }
    return { kind: 'float', value };
  }
  if (typeof value === 'string') return { kind: 'string', value };
  return { kind: 'string', value: regoText(value) };
}

interface Spec {
  minus: boolean;
  plus: boolean;
  zero: boolean;
  space: boolean;
  sharp: boolean;
  width?: number;
  precision?: number;
}

/** Formats `format` with `args` exactly as Go's `fmt.Sprintf` would for OPA's argument kinds. */
export function goSprintf(format: string, values: HostValue[]): string {
  const args = values.map(toGoArg);
  let out = '';
  let next = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i] as string;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, zero: false, space: false, sharp: false };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '0') spec.zero = true;
      else if (f === ' ') spec.space = true;
      else if (f === '#') spec.sharp = true;
      else break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const precision = /^\d+/.exec(format.slice(i));
      spec.precision = precision ? Number(precision[0]) : 0;
      if (precision) i += precision[0].length;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = format[i] as string;
    i++;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const arg = args[next++];
    if (!arg) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += pad(formatOne(verb, arg, spec), spec, arg, verb);
  }
  if (next < args.length) {
    const extra = args.slice(next).map((a) => `${goTypeName(a)}=${plain(a)}`);
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

function goTypeName(arg: GoArg): string {
  if (arg.kind === 'int') {
    const fits = arg.value >= -(2n ** 63n) && arg.value < 2n ** 63n;
    return fits ? 'int' : '*big.Int';
  }
  return arg.kind === 'float' ? 'float64' : 'string';
}

function plain(arg: GoArg): string {
  if (arg.kind === 'float') return goFloatV(arg.value);
  return String(arg.value);
}

function badVerb(verb: string, arg: GoArg): string {
  return `%!${verb}(${goTypeName(arg)}=${plain(arg)})`;
}

function formatOne(verb: string, arg: GoArg, spec: Spec): string {
  switch (arg.kind) {
    case 'int':
      return formatInt(verb, arg, spec);
    case 'float':
      return formatFloat(verb, arg, spec);
    case 'string':
      return formatString(verb, arg, spec);
  }
}

function signed(digits: string, negative: boolean, spec: Spec): string {
  if (negative) return `-${digits}`;
  if (spec.plus) return `+${digits}`;
  if (spec.space) return ` ${digits}`;
  return digits;
}

function formatInt(verb: string, arg: { kind: 'int'; value: bigint }, spec: Spec): string {
  const negative = arg.value < 0n;
  const magnitude = negative ? -arg.value : arg.value;
  // Past int64 OPA passes a *big.Int, whose formatter also prints `%s` in decimal.
  const big = goTypeName(arg) === '*big.Int';
  switch (verb) {
    case 's':
      if (!big) return badVerb(verb, arg);
      return signed(magnitude.toString(10), negative, spec);
    case 'v':
    case 'd':
      return signed(magnitude.toString(10), negative, spec);
    case 'b':
      return signed(magnitude.toString(2), negative, spec);
    case 'o':
      return signed((spec.sharp ? '0' : '') + magnitude.toString(8), negative, spec);
    case 'x':
      return signed((spec.sharp ? '0x' : '') + magnitude.toString(16), negative, spec);
    case 'X':
      return signed(
        (spec.sharp ? '0X' : '') + magnitude.toString(16).toUpperCase(),
        negative,
        spec,
      );
    case 'c':
      return String.fromCodePoint(Number(arg.value));
    case 'q':
      return `'${String.fromCodePoint(Number(arg.value))}'`;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return formatFloat(verb, { kind: 'float', value: Number(arg.value) }, spec);
    default:
      return badVerb(verb, arg);
  }
}

function formatFloat(verb: string, arg: { kind: 'float'; value: number }, spec: Spec): string {
  const v = arg.value;
  const negative = v < 0 || Object.is(v, -0);
  const m = Math.abs(v);
  switch (verb) {
    case 'v':
      return signed(
        spec.precision === undefined ? goFloatV(m) : goFloatG(m, spec.precision),
        negative,
        spec,
      );
    case 'g':
    case 'G': {
      const text = spec.precision === undefined ? goFloatG(m, -1) : goFloatG(m, spec.precision);
      return signed(verb === 'G' ? text.toUpperCase() : text, negative, spec);
    }
    case 'f':
    case 'F':
      return signed(m.toFixed(spec.precision ?? 6), negative, spec);
    case 'e':
    case 'E': {
      const text = goExponent(m.toExponential(spec.precision ?? 6));
      return signed(verb === 'E' ? text.toUpperCase() : text, negative, spec);
    }
    default:
      return badVerb(verb, arg);
  }
}

/** JavaScript writes `1e+21` and `1e-7`; Go writes at least two exponent digits. */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Go's `%v` for a float64: shortest digits, exponent form below 1e-4 or from 1e21. */
function goFloatV(m: number): string {
  if (m === 0 || !Number.isFinite(m)) return formatSpecial(m);
  const exponent = Math.floor(Math.log10(m));
  if (exponent < -4 || exponent >= 21) return goExponent(m.toExponential());
  return m.toString().includes('e') ? m.toFixed(Math.max(0, -exponent + 15)) : m.toString();
}

/** Go's `%g`: shortest (precision -1) or `precision` significant digits. */
function goFloatG(m: number, precision: number): string {
  if (m === 0 || !Number.isFinite(m)) return formatSpecial(m);
  const digits = precision < 0 ? undefined : Math.max(precision, 1);
  const exponential = digits === undefined ? m.toExponential() : m.toExponential(digits - 1);
  const [mantissa, exp] = exponential.split('e') as [string, string];
  const e = Number(exp);
  const limit = digits ?? 21;
  if (e < -4 || e >= limit) {
    return goExponent(`${trimZeros(mantissa)}e${exp}`);
  }
  const fixed = digits === undefined ? m.toString() : m.toFixed(Math.max(0, digits - 1 - e));
  return digits === undefined ? fixed : trimZeros(fixed);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function formatSpecial(m: number): string {
  if (m === 0) return '0';
  if (Number.isNaN(m)) return 'NaN';
  return '+Inf';
}

function formatString(verb: string, arg: { kind: 'string'; value: string }, spec: Spec): string {
  const s =
    spec.precision === undefined ? arg.value : [...arg.value].slice(0, spec.precision).join('');
  switch (verb) {
    case 'v':
    case 's':
      return s;
    case 'q':
      return goQuote(s);
    case 'x':
    case 'X': {
      const hex = Buffer.from(s, 'utf8').toString('hex');
      return verb === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      return badVerb(verb, arg);
  }
}

/** Go's strconv.Quote: JSON's escapes, plus `\x..` for other control bytes. */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code === 7) out += '\\a';
    else if (code === 8) out += '\\b';
    else if (code === 12) out += '\\f';
    else if (code === 11) out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function pad(text: string, spec: Spec, arg: GoArg, verb: string): string {
  const width = spec.width ?? 0;
  const length = [...text].length;
  if (length >= width) return text;
  const fill = width - length;
  if (spec.minus) return text + ' '.repeat(fill);
  const numeric = arg.kind !== 'string' || verb === 'x' || verb === 'X';
  if (spec.zero && numeric && arg.kind !== 'string') {
    const sign = /^[+\- ]/.test(text) ? (text[0] as string) : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}
