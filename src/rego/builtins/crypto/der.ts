// A reader of DER (ASN.1's distinguished encoding), enough to take a certificate request
// apart: tag, length, content, nested. Hand-written because Node's crypto parses
// certificates and keys but not certificate requests, and no ASN.1 library is among the
// dependencies; DER is a small format (X.690 §8-10) and this reads only definite lengths.
// Every read is bounded by the buffer, so a malformed request is an error, never a hang.

export interface Der {
  /** The identifier octet: class, constructed bit and tag number (numbers < 31 only). */
  tag: number;
  /** The content octets. */
  content: Buffer;
  /** The whole element: identifier, length and content. */
  full: Buffer;
}

export class DerError extends Error {}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** The one element at `at` in `buf`, and where the next begins. */
export function readElement(buf: Buffer, at = 0): { element: Der; next: number } {
  if (at + 2 > buf.length) throw new DerError('truncated element');
  const tag = buf[at] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  let length = buf[at + 1] as number;
  let start = at + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4) throw new DerError('indefinite or oversized length');
    if (start + octets > buf.length) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + (buf[start + i] as number);
    start += octets;
  }
  const end = start + length;
  if (end > buf.length) throw new DerError('element longer than its container');
  return {
    element: { tag, content: buf.subarray(start, end), full: buf.subarray(at, end) },
    next: end,
  };
}

/** A buffer holding exactly one element. */
export function readOne(buf: Buffer): Der {
  const { element, next } = readElement(buf);
  if (next !== buf.length) throw new DerError('trailing data after the element');
  return element;
}

/** The elements inside a constructed one (SEQUENCE, SET, context-specific). */
export function children(der: Der): Der[] {
  const out: Der[] = [];
  for (let at = 0; at < der.content.length;) {
    const { element, next } = readElement(der.content, at);
    out.push(element);
    at = next;
  }
  return out;
}

export function expect(der: Der | undefined, tag: number, what: string): Der {
  if (der === undefined || der.tag !== tag) throw new DerError(`expected ${what}`);
  return der;
}

/** An OBJECT IDENTIFIER's arcs: `2.5.4.3` is [2, 5, 4, 3]. */
export function oidArcs(der: Der): number[] {
  const bytes = expect(der, TAG.OID, 'an object identifier').content;
  if (bytes.length === 0) throw new DerError('empty object identifier');
  const arcs: number[] = [];
  let value = 0;
  for (const b of bytes) {
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER) throw new DerError('object identifier arc too large');
    if (b & 0x80) continue;
    if (arcs.length === 0)
      arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs;
}

/** An INTEGER that fits a JavaScript number (versions, small counts). */
export function smallInteger(der: Der): number {
  const bytes = expect(der, TAG.INTEGER, 'an integer').content;
  if (bytes.length === 0 || bytes.length > 6) throw new DerError('integer out of range');
  let value = (bytes[0] as number) & 0x80 ? -1 : 0;
  for (const b of bytes) value = value * 256 + b;
  return value;
}

/** The text of a string type (UTF8, Printable, IA5, T61 as Latin-1, BMP as UTF-16BE). */
export function stringValue(der: Der): string | undefined {
  switch (der.tag) {
    case TAG.UTF8_STRING:
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
      return der.content.toString('utf8');
    case TAG.T61_STRING:
      return der.content.toString('latin1');
    case TAG.BMP_STRING: {
      const swapped = Buffer.from(der.content);
      if (swapped.length % 2 !== 0) throw new DerError('odd-length BMPString');
      return swapped.swap16().toString('utf16le');
    }
    default:
      return undefined;
  }
}
