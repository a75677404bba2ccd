// Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"): formatting and parsing, as
// OPA's time.format and time.parse_ns use them.
import { type Fields, type Instant, daysFromCivil, daysIn, secondsFromCivil } from './calendar.js';
import { builtinError } from '../shared/errors.js';

/** Layout names OPA accepts in place of a layout. */
export const namedLayouts: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
  Kitchen: '3:04PM',
  Stamp: 'Jan _2 15:04:05',
  StampMilli: 'Jan _2 15:04:05.000',
  StampMicro: 'Jan _2 15:04:05.000000',
  StampNano: 'Jan _2 15:04:05.000000000',
  DateTime: '2006-01-02 15:04:05',
  DateOnly: '2006-01-02',
  TimeOnly: '15:04:05',
};

const longMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const longDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'fraction'; digits: number; trim: boolean; separator: string }
  | { kind: string };

const zoneTokens = [
  '-070000',
  '-07:00:00',
  '-0700',
  '-07:00',
  '-07',
  'Z070000',
  'Z07:00:00',
  'Z0700',
  'Z07:00',
  'Z07',
];

/**
 * Layouts already split, each kept until the cache is full and starts again: a policy
 * formats with a few layouts many times over (evidence over 50,000 commits called
 * time.format about 150,000 times, and splitting the layout was most of each call).
 */
const tokenized = new Map<string, readonly Token[]>();
const TOKENIZED_MAX = 64;

/** Splits a layout into Go's std chunks and literal text. */
export function tokenize(layout: string): readonly Token[] {
  let tokens = tokenized.get(layout);
  if (tokens === undefined) {
    tokens = split(layout);
    if (tokenized.size >= TOKENIZED_MAX) tokenized.clear();
    tokenized.set(layout, tokens);
  }
  return tokens;
}

function split(layout: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  const push = (t: Token): void => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
    tokens.push(t);
  };
  let i = 0;
  while (i < layout.length) {
    const rest = layout.slice(i);
    const std = stdAt(rest, layout[i - 1]);
    if (std) {
      push(std.token);
      i += std.length;
    } else {
      literal += layout[i];
      i++;
    }
  }
  if (literal) tokens.push({ kind: 'literal', text: literal });
  return tokens;
}

function stdAt(
  rest: string,
  previous: string | undefined,
): { token: Token; length: number } | undefined {
  const starts = (s: string): boolean => rest.startsWith(s);
  const simple = (kind: string, length: number) => ({ token: { kind }, length });
  if (starts('January')) return simple('January', 7);
  if (starts('Jan')) return simple('Jan', 3);
  if (starts('Monday')) return simple('Monday', 6);
  if (starts('Mon')) return simple('Mon', 3);
  if (starts('MST')) return simple('MST', 3);
  if (starts('002')) return simple('002', 3);
  if (/^0[1-6]/.test(rest)) return simple(rest.slice(0, 2), 2);
  if (starts('15')) return simple('15', 2);
  if (starts('1')) return simple('1', 1);
  if (starts('2006')) return simple('2006', 4);
  if (starts('2')) return simple('2', 1);
  if (starts('__2')) return simple('__2', 3);
  if (starts('_2') && !starts('_2006')) return simple('_2', 2);
  if (/^[345]/.test(rest)) return simple(rest[0] as string, 1);
  if (starts('PM')) return simple('PM', 2);
  if (starts('pm')) return simple('pm', 2);
  for (const z of zoneTokens) if (starts(z)) return simple(z, z.length);
  const fraction = /^([.,])(0+|9+)(?!\d)/.exec(rest);
  if (fraction && previous !== undefined && /\d/.test(previous)) {
    const digits = (fraction[2] as string).length;
    return {
      token: {
        kind: 'fraction',
        digits,
        trim: fraction[2]?.[0] === '9',
        separator: fraction[1] as string,
      },
      length: digits + 1,
    };
  }
  return undefined;
}

const pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

function formatZone(kind: string, offset: number): string {
  if (kind.startsWith('Z') && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const h = pad(Math.floor(abs / 3600), 2);
  const m = pad(Math.floor((abs % 3600) / 60), 2);
  const s = pad(abs % 60, 2);
  const shape = kind.slice(1);
  switch (shape) {
    case '070000':
      return `${sign}${h}${m}${s}`;
    case '07:00:00':
      return `${sign}${h}:${m}:${s}`;
    case '0700':
      return `${sign}${h}${m}`;
    case '07:00':
      return `${sign}${h}:${m}`;
    default:
      return `${sign}${h}`;
  }
}

/** Formats an instant's fields with a Go layout. */
export function formatLayout(layout: string, f: Fields): string {
  const yearDay = daysFromCivil(f.year, f.month, f.day) - daysFromCivil(f.year, 1, 1) + 1;
  let out = '';
  for (const t of tokenize(layout)) {
    if (t.kind === 'literal') {
      out += (t as { text: string }).text;
      continue;
    }
    if (t.kind === 'fraction') {
      const { digits, trim, separator } = t as { digits: number; trim: boolean; separator: string };
      let text = pad(f.nanos, 9).slice(0, digits);
      if (trim) text = text.replace(/0+$/, '');
      if (text) out += separator + text;
      continue;
    }
    const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    switch (t.kind) {
      case 'January':
        out += longMonths[f.month - 1];
        break;
      case 'Jan':
        out += longMonths[f.month - 1]?.slice(0, 3);
        break;
      case 'Monday':
        out += longDays[f.weekday];
        break;
      case 'Mon':
        out += longDays[f.weekday]?.slice(0, 3);
        break;
      case 'MST':
        out += f.abbreviation;
        break;
      case '2006':
        out += pad(f.year, 4);
        break;
      case '06':
        out += pad(((f.year % 100) + 100) % 100, 2);
        break;
      case '01':
        out += pad(f.month, 2);
        break;
      case '1':
        out += f.month;
        break;
      case '02':
        out += pad(f.day, 2);
        break;
      case '2':
        out += f.day;
        break;
      case '_2':
        out += pad(f.day, 2, ' ');
        break;
      case '002':
        out += pad(yearDay, 3);
        break;
      case '__2':
        out += pad(yearDay, 3, ' ');
        break;
      case '15':
        out += pad(f.hour, 2);
        break;
      case '03':
        out += pad(hour12, 2);
        break;
      case '3':
        out += hour12;
        break;
      case '04':
        out += pad(f.minute, 2);
        break;
      case '4':
        out += f.minute;
        break;
      case '05':
        out += pad(f.second, 2);
        break;
      case '5':
        out += f.second;
        break;
      case 'PM':
        out += f.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += f.hour >= 12 ? 'pm' : 'am';
        break;
      default:
        out += formatZone(t.kind, f.offset);
    }
  }
  return out;
}

/** Parses `value` with a Go layout into an instant; without a zone in the value, UTC. */
export function parseLayout(layout: string, value: string): Instant {
  const fail = (rest: string, what: string): never => {
    throw builtinError(
      `parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(what)}`,
    );
  };
  let year = 1;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let yearDay = -1;
  let pm: boolean | undefined;
  let offset: number | undefined;
  let s = value;
  const number = (min: number, max: number, what: string): number => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(s);
    if (!m) return fail(s, what);
    s = s.slice(m[0].length);
    return Number(m[0]);
  };
  const word = (names: string[], length: number | undefined, what: string): number => {
    for (let i = 0; i < names.length; i++) {
      const name = length ? (names[i] as string).slice(0, length) : (names[i] as string);
      if (s.toLowerCase().startsWith(name.toLowerCase())) {
        s = s.slice(name.length);
        return i;
      }
    }
    return fail(s, what);
  };
  const tokens = tokenize(layout);
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti] as Token;
    if (t.kind === 'literal') {
      const text = (t as { text: string }).text;
      if (!s.startsWith(text)) fail(s, text);
      s = s.slice(text.length);
      continue;
    }
    switch (t.kind) {
      case 'January':
        month = word(longMonths, undefined, 'January') + 1;
        break;
      case 'Jan':
        month = word(longMonths, 3, 'Jan') + 1;
        break;
      case 'Monday':
        word(longDays, undefined, 'Monday');
        break;
      case 'Mon':
        word(longDays, 3, 'Mon');
        break;
      case 'MST': {
        const m = /^(UTC|GMT|[A-Z]{3,5})/.exec(s);
        if (!m) fail(s, 'MST');
        s = s.slice((m as RegExpExecArray)[0].length);
        if (offset === undefined) offset = 0;
        break;
      }
      case '2006':
        year = number(4, 4, '2006');
        break;
      case '06': {
        const y = number(2, 2, '06');
        year = y >= 69 ? 1900 + y : 2000 + y;
        break;
      }
      case '01':
        month = number(2, 2, '01');
        break;
      case '1':
        month = number(1, 2, '1');
        break;
      case '02':
        day = number(2, 2, '02');
        break;
      case '2':
        day = number(1, 2, '2');
        break;
      case '_2':
        if (s.startsWith(' ')) s = s.slice(1);
        day = number(1, 2, '_2');
        break;
      case '002':
        yearDay = number(3, 3, '002');
        break;
      case '__2':
        s = s.replace(/^ {1,2}/, '');
        yearDay = number(1, 3, '__2');
        break;
      case '15':
        hour = number(1, 2, '15');
        break;
      case '03':
        hour = number(2, 2, '03');
        break;
      case '3':
        hour = number(1, 2, '3');
        break;
      case '04':
        minute = number(2, 2, '04');
        break;
      case '4':
        minute = number(1, 2, '4');
        break;
      case '05':
      case '5': {
        second = number(t.kind === '05' ? 2 : 1, 2, t.kind);
        const next = tokens[ti + 1];
        const frac = /^[.,](\d+)/.exec(s);
        if (frac && next?.kind !== 'fraction') {
          nanos = Number((frac[1] as string).slice(0, 9).padEnd(9, '0'));
          s = s.slice(frac[0].length);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        const m = /^(AM|PM)/i.exec(s);
        if (!m) fail(s, t.kind);
        pm = (m as RegExpExecArray)[0].toUpperCase() === 'PM';
        s = s.slice(2);
        break;
      }
      case 'fraction': {
        const { digits, trim } = t as { digits: number; trim: boolean };
        const m = trim ? /^[.,](\d+)/.exec(s) : new RegExp(`^[.,](\\d{${digits}})`).exec(s);
        if (m) {
          nanos = Number((m[1] as string).slice(0, 9).padEnd(9, '0'));
          s = s.slice(m[0].length);
        } else if (!trim) {
          fail(s, `.${'0'.repeat(digits)}`);
        }
        break;
      }
      default: {
        if (t.kind.startsWith('Z') && s.startsWith('Z')) {
          s = s.slice(1);
          offset = 0;
          break;
        }
        const m = /^([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?/.exec(s);
        if (!m) fail(s, t.kind);
        const [whole, sign, h, mi, se] = m as RegExpExecArray;
        const total = Number(h) * 3600 + Number(mi ?? 0) * 60 + Number(se ?? 0);
        offset = sign === '-' ? -total : total;
        s = s.slice((whole as string).length);
      }
    }
  }
  if (s.length > 0) {
    throw builtinError(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(s)}`);
  }
  if (pm !== undefined) {
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  if (yearDay > 0) {
    const date = daysFromCivil(year, 1, 1) + yearDay - 1;
    return { seconds: date * 86400 + hour * 3600 + minute * 60 + second - (offset ?? 0), nanos };
  }
  const checks: [boolean, string][] = [
    [month < 1 || month > 12, 'month'],
    [day < 1 || day > 31 || day > daysIn(year, month), 'day'],
    [hour > 23, 'hour'],
    [minute > 59, 'minute'],
    [second > 59, 'second'],
  ];
  for (const [bad, what] of checks) {
    if (bad) throw builtinError(`parsing time ${JSON.stringify(value)}: ${what} out of range`);
  }
  if (offset === undefined) {
    return { seconds: secondsFromCivil(year, month, day, hour, minute, second), nanos };
  }
  return { seconds: secondsFromCivil(year, month, day, hour, minute, second) - offset, nanos };
}
