// JSON text to values with integers past 2^53 as bigints, so an operand a host builtin
// reads again from the module keeps every digit. Hand-written because Node 20's JSON.parse
// hands a reviver the rounded number only (the source text came in Node 21), and the
// text comes from the module's own writer, so only strict JSON needs reading.
import type { HostValue } from './spec.js';

const SCALAR = /-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

export function parseExactJson(text: string): HostValue {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(`malformed JSON at ${at}`);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const value = (): HostValue => {
    space();
    const c = text[at];
    if (c === '{') {
      at++;
      const out: { [key: string]: HostValue } = {};
      space();
      if (text[at] === '}') {
        at++;
        return out;
      }
      for (;;) {
        space();
        const key = value();
        if (typeof key !== 'string') fail();
        space();
        if (text[at++] !== ':') fail();
        out[key as string] = value();
        space();
        const sep = text[at++];
        if (sep === '}') return out;
        if (sep !== ',') fail();
      }
    }
    if (c === '[') {
      at++;
      const out: HostValue[] = [];
      space();
      if (text[at] === ']') {
        at++;
        return out;
      }
      for (;;) {
        out.push(value());
        space();
        const sep = text[at++];
        if (sep === ']') return out;
        if (sep !== ',') fail();
      }
    }
    if (c === '"') {
      let end = at + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(at, end + 1)) as string;
      at = end + 1;
      return s;
    }
    SCALAR.lastIndex = at;
    const m = SCALAR.exec(text);
    if (m === null) return fail();
    at += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    if (m[0] === 'null') return null;
    const n = Number(m[0]);
    if (m[1] === undefined && m[2] === undefined && !Number.isSafeInteger(n)) return BigInt(m[0]);
    return n;
  };
  const out = value();
  space();
  if (at !== text.length) fail();
  return out;
}

/** Whether `value` holds a number JSON.parse may have rounded: an integer past 2^53. */
export function holdsUnsafeInteger(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsUnsafeInteger);
}
