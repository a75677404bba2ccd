// Instants in nanoseconds and their calendar fields in a time zone, as Go's time package
// gives them to OPA. Zones come from the IANA database that Node's Intl carries.
import { builtinError } from '../shared/errors.js';

const MAX_NS = 2 ** 63;

export interface Instant {
  /** Whole seconds since the epoch (UTC). */
  seconds: number;
  /** Nanoseconds within the second, 0..999999999. */
  nanos: number;
}

export function instantFromNs(ns: number | bigint): Instant {
  if (typeof ns === 'number' && (!Number.isFinite(ns) || ns >= MAX_NS || ns < -MAX_NS)) {
    throw builtinError('timestamp too big');
  }
  if (typeof ns === 'bigint' && (ns >= BigInt(MAX_NS) || ns < -BigInt(MAX_NS))) {
    throw builtinError('timestamp too big');
  }
  // A bigint is the policy's integer, read exactly from the module. A number past 2^53
  // was rounded on the way; its shortest decimal form is the best guess at what it was.
  const exact =
    typeof ns === 'bigint'
      ? ns
      : BigInt(Number.isInteger(ns) ? String(ns) : Math.round(ns).toString());
  let seconds = exact / 1_000_000_000n;
  let nanos = exact % 1_000_000_000n;
  if (nanos < 0n) {
    nanos += 1_000_000_000n;
    seconds -= 1n;
  }
  return { seconds: Number(seconds), nanos: Number(nanos) };
}

const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;

/** Nanoseconds since the epoch, exact; outside int64 it is an error, as in Go. */
export function instantToNs(instant: Instant): bigint {
  const ns = BigInt(instant.seconds) * 1_000_000_000n + BigInt(instant.nanos);
  if (ns < MIN_INT64 || ns > MAX_INT64) throw builtinError('time outside of valid range');
  return ns;
}

export interface Fields {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  /** 0 = Sunday, as Go's time.Weekday. */
  weekday: number;
  /** Seconds east of UTC. */
  offset: number;
  /** The zone's abbreviation (`UTC`, `EST`), or a numeric form when there is none. */
  abbreviation: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        timeZoneName: 'short',
      });
    } catch {
      throw builtinError(`unknown time zone ${zone}`);
    }
    formatters.set(zone, f);
  }
  return f;
}

/** OPA's zone names: "" and "UTC" are UTC, "Local" is the process's zone. */
export function resolveZone(name: string): string {
  if (name === '' || name === 'UTC') return 'UTC';
  if (name === 'Local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
  formatter(name);
  return name;
}

/** Calendar fields of an instant in a zone. Uses proleptic Gregorian arithmetic for UTC. */
export function fieldsIn(instant: Instant, zone: string): Fields {
  const offset = zone === 'UTC' ? 0 : zoneOffset(instant.seconds, zone);
  const local = civilFromSeconds(instant.seconds + offset);
  let abbreviation = 'UTC';
  if (zone !== 'UTC') {
    const parts = formatter(zone).formatToParts(new Date(instant.seconds * 1000));
    abbreviation = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^GMT[+-]/.test(abbreviation) || abbreviation === '') abbreviation = numericZone(offset);
    if (abbreviation === 'GMT' && offset === 0 && zone !== 'Etc/GMT') abbreviation = 'GMT';
  }
  return { ...local, nanos: instant.nanos, offset, abbreviation };
}

function numericZone(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const h = String(Math.floor(abs / 3600)).padStart(2, '0');
  const m = Math.floor((abs % 3600) / 60);
  return m === 0 ? `${sign}${h}` : `${sign}${h}${String(m).padStart(2, '0')}`;
}

function zoneOffset(seconds: number, zone: string): number {
  const parts = formatter(zone).formatToParts(new Date(seconds * 1000));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = secondsFromCivil(
    get('year'),
    get('month'),
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - seconds;
}

/** The UTC instant whose wall clock in `zone` reads the given fields. */
export function secondsFromLocal(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const wall = secondsFromCivil(year, month, day, hour, minute, second);
  if (zone === 'UTC') return wall;
  let guess = wall - zoneOffset(wall, zone);
  guess = wall - zoneOffset(guess, zone);
  return guess;
}

// Days from civil date (Howard Hinnant's algorithm), valid far beyond JavaScript's Date range.
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function secondsFromCivil(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): number {
  return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

function civilFromSeconds(total: number): Omit<Fields, 'nanos' | 'offset' | 'abbreviation'> {
  const days = Math.floor(total / 86400);
  const rest = total - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(rest / 3600),
    minute: Math.floor((rest % 3600) / 60),
    second: rest % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

export function daysIn(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}
