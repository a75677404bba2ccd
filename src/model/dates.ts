const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * A date as access documents write it: a calendar date (2027-03-31), which lasts the
 * whole day in UTC, or an RFC 3339 timestamp. `end` is the first instant after it, so
 * "expires: 2027-03-31" keeps a grant valid through the 31st and ends it at the 1st.
 */
export interface AccessDate {
  written: string;
  dateOnly: boolean;
  /** The first instant after the date (dates) or the instant itself (timestamps), RFC 3339 UTC. */
  end: string;
}

export function parseAccessDate(text: string): AccessDate | null {
  const date = DATE.exec(text);
  if (date !== null) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isCalendarDate(y, m, d)) return null;
    return {
      written: text,
      dateOnly: true,
      end: new Date(Date.UTC(y, m - 1, d + 1)).toISOString(),
    };
  }
  const stamp = TIMESTAMP.exec(text);
  if (stamp === null) return null;
  const [y, m, d, h, min, s] = stamp.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!isCalendarDate(y, m, d) || h > 23 || min > 59 || s > 60) return null;
  if (stamp[8] !== 'Z' && stamp[8] !== 'z' && (Number(stamp[10]) > 23 || Number(stamp[11]) > 59))
    return null;
  const instant = Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(instant)) return null;
  return { written: text, dateOnly: false, end: new Date(instant).toISOString() };
}

/** The first instant of a date: a calendar date starts at midnight UTC, a timestamp is itself. */
export function firstInstant(date: AccessDate): string {
  return date.dateOnly ? new Date(Date.parse(date.end) - 86_400_000).toISOString() : date.end;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
