// Time: nanoseconds since the Unix epoch, as OPA counts them, with calendar fields in
// IANA time zones and Go's layouts for text.
import { builtin, num, oneOf, str, tuple } from '../shared/decl.js';
import {
  type Instant,
  daysIn,
  fieldsIn,
  instantFromNs,
  instantToNs,
  resolveZone,
} from './calendar.js';
import { builtinError, typeError } from '../shared/errors.js';
import { formatLayout, namedLayouts, parseLayout } from './layouts.js';
import { kindOf, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

/**
 * A timestamp in ns, or `[ns, zone]`: the instant and the zone to read it in. OPA's
 * messages name operand 1 whichever operand it is (time.diff's second too).
 */
function instantOperand(value: HostValue): { instant: Instant; zone: string } {
  if (typeof value === 'number' || typeof value === 'bigint') {
    return { instant: instantFromNs(value), zone: 'UTC' };
  }
  if (Array.isArray(value) && value.length >= 1) {
    if (typeof value[0] !== 'number' && typeof value[0] !== 'bigint') {
      throw typeError(`operand 1 must be number but got ${kindOf(value[0] as Json)}`);
    }
    const zone = value[1] === undefined ? '' : value[1];
    if (typeof zone !== 'string') {
      throw typeError(`operand 1 must be string but got ${kindOf(zone as Json)}`);
    }
    return { instant: instantFromNs(value[0]), zone: resolveZone(zone) };
  }
  throw typeError(
    `operand 1 must be either number (ns) or [number (ns), string (tz)] but got ${kindOf(value as Json)}`,
  );
}

function layoutNamed(layout: string): string {
  return namedLayouts[layout] ?? layout;
}

function parseNs(layout: Json, value: Json): bigint {
  return instantToNs(parseLayout(layoutNamed(stringOperand(layout, 1)), stringOperand(value, 2)));
}

/**
 * Texts of recent instants, by their ns: a policy formats the same few instants (a check's
 * now, the commits grants started at) once per grant, 53,506 times over 100,000 grants.
 */
const formatted = new Map<number | bigint, string>();
const FORMATTED_MAX = 4096;

function format(value: HostValue): Json {
  if (Array.isArray(value) && value.length === 3) {
    const { instant, zone } = instantOperand([value[0] as HostValue, value[1] as HostValue]);
    const layout = stringOperand(value[2] as Json, 1);
    return formatLayout(layoutNamed(layout), fieldsIn(instant, zone));
  }
  // a bare instant (ns) is the same text every time: remembered; a zoned one is not
  const bare = typeof value === 'number' || typeof value === 'bigint';
  const known = bare ? formatted.get(value) : undefined;
  if (known !== undefined) return known;
  const { instant, zone } = instantOperand(value);
  const text = formatLayout(namedLayouts.RFC3339Nano as string, fieldsIn(instant, zone));
  if (bare) {
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

/** The module answers UTC itself and hands other zones here. */
function date(value: HostValue): Json {
  const { instant, zone } = instantOperand(value);
  const f = fieldsIn(instant, zone);
  return [f.year, f.month, f.day];
}

function clock(value: HostValue): Json {
  const { instant, zone } = instantOperand(value);
  const f = fieldsIn(instant, zone);
  return [f.hour, f.minute, f.second];
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekday(value: HostValue): Json {
  const { instant, zone } = instantOperand(value);
  return weekdays[fieldsIn(instant, zone).weekday] as string;
}

/** Years, months, days, hours, minutes and seconds between two instants, in the first's zone. */
function diff(a: HostValue, b: HostValue): Json {
  const first = instantOperand(a);
  const second = instantOperand(b);
  let [early, late] = [first.instant, second.instant];
  if (
    early.seconds > late.seconds ||
    (early.seconds === late.seconds && early.nanos > late.nanos)
  ) {
    [early, late] = [late, early];
  }
  const f1 = fieldsIn(early, first.zone);
  const f2 = fieldsIn(late, first.zone);
  let year = f2.year - f1.year;
  let month = f2.month - f1.month;
  let day = f2.day - f1.day;
  let hour = f2.hour - f1.hour;
  let minute = f2.minute - f1.minute;
  let sec = f2.second - f1.second;
  if (sec < 0) {
    sec += 60;
    minute--;
  }
  if (minute < 0) {
    minute += 60;
    hour--;
  }
  if (hour < 0) {
    hour += 24;
    day--;
  }
  if (day < 0) {
    day += daysIn(f1.year, f1.month);
    month--;
  }
  if (month < 0) {
    month += 12;
    year--;
  }
  return [year, month, day, hour, minute, sec];
}

const durationUnits: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Go's time.ParseDuration, in nanoseconds. */
export function parseDuration(text: string): number {
  const invalid = (): never => {
    throw builtinError(`time: invalid duration ${JSON.stringify(text)}`);
  };
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') invalid();
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?([a-zµμ]+)/.exec(s);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) invalid();
    const [whole, int, frac, unit] = m as RegExpExecArray;
    const scale = durationUnits[unit as string];
    if (scale === undefined) {
      throw builtinError(
        `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}`,
      );
    }
    total += Number(int || '0') * scale + (frac ? Number(`0.${frac}`) * scale : 0);
    s = s.slice((whole as string).length);
  }
  return sign * Math.round(total);
}

/** The wall clock, read through the evaluation's fixed instant (see builtins/host.ts). */
export function nowNs(now: Date): number {
  return now.getTime() * 1e6;
}

const instant = oneOf(num, tuple(num, str));
const triple = tuple(num, num, num);

export const time: BuiltinSpec[] = [
  builtin('time.now_ns', [], num, { host: () => nowNs(new Date()) }),
  builtin('time.parse_ns', [str, str], num, { host: parseNs }),
  builtin('time.parse_rfc3339_ns', [str], num),
  builtin('time.parse_duration_ns', [str], num, {
    host: (s) => parseDuration(stringOperand(s, 1)),
  }),
  builtin('time.format', [oneOf(num, tuple(num, str), tuple(num, str, str))], str, {
    exactHost: format,
  }),
  builtin('time.date', [instant], triple, { exactHost: date }),
  builtin('time.clock', [instant], triple, { exactHost: clock }),
  builtin('time.weekday', [instant], str, { exactHost: weekday }),
  builtin('time.add_date', [num, num, num, num], num),
  builtin('time.diff', [instant, instant], tuple(num, num, num, num, num, num), {
    exactHost: diff,
  }),
];
