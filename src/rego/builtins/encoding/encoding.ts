// Encodings: base64, base64url, hex, URL query strings, JSON and YAML, with the exact
// output of Go's encoders that OPA uses.
import { randomBytes } from 'node:crypto';
import { dump, load, loadAll } from 'js-yaml';

import {
  any,
  arrayOf,
  bool,
  builtin,
  collectionOf,
  objectOf,
  oneOf,
  record,
  str,
} from '../shared/decl.js';
import { builtinError, typeError } from '../shared/errors.js';
import { kindOf, objectOperand, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

const s2s = (name: string, host: (s: string) => Json): BuiltinSpec =>
  builtin(name, [str], str, { host: (s) => host(stringOperand(s, 1)) });
const s2b = (name: string, host: (s: string) => boolean): BuiltinSpec =>
  builtin(name, [str], bool, { host: (s) => (typeof s === 'string' ? host(s) : false) });

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

// Go's StdEncoding/URLEncoding are strict: full quanta, padding only at the end.
const base64Std = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64Url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?$/;

function base64Decode(s: string): string {
  const text = s.replace(/[\r\n]/g, '');
  if (!base64Std.test(text))
    throw builtinError(`illegal base64 data at input byte ${illegalAt(text)}`);
  return Buffer.from(text, 'base64').toString('utf8');
}

function illegalAt(text: string): number {
  const bad = text.search(/[^A-Za-z0-9+/=]/);
  return bad >= 0 ? bad : Math.max(0, text.length - (text.length % 4 || 4));
}

/** base64url input may omit its padding (RFC 7515); it is restored before decoding. */
function base64UrlDecode(s: string): string {
  let text = s;
  if (!text.endsWith('=')) {
    const rest = text.length % 4;
    if (rest === 1) throw builtinError('illegal base64url string');
    if (rest > 0) text += '='.repeat(4 - rest);
  }
  if (!base64Url.test(text)) throw builtinError('illegal base64 data');
  return Buffer.from(text, 'base64url').toString('utf8');
}

function hexDecode(s: string): string {
  const bad = s.search(/[^0-9a-fA-F]/);
  if (bad >= 0) {
    const ch = [...s.slice(bad)][0] as string;
    const code = (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    throw builtinError(
      `encoding/hex: invalid byte: U+${code} ${JSON.stringify(ch).replace(/^"|"$/g, "'")}`,
    );
  }
  if (s.length % 2 !== 0) throw builtinError('encoding/hex: odd length hex string');
  return Buffer.from(s, 'hex').toString('utf8');
}

/** Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const byte of utf8(s)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Go's url.QueryUnescape. */
export function queryUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw builtinError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (ch === '+') {
      bytes.push(0x20);
    } else {
      bytes.push(...utf8(ch));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function encodeObject(value: Json): Json {
  const params = objectOperand(value, 1);
  const pairs: string[] = [];
  for (const key of Object.keys(params).sort()) {
    const v = params[key] as Json;
    const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (!values || values.some((x) => typeof x !== 'string')) {
      throw typeError(`operand 1 must be one of {string, set, array} but got ${kindOf(v)}`);
    }
    for (const item of values) pairs.push(`${queryEscape(key)}=${queryEscape(item as string)}`);
  }
  return pairs.join('&');
}

function decodeObject(value: Json): Json {
  const query = stringOperand(value, 1);
  const out: { [key: string]: Json[] } = {};
  for (const part of query.split('&')) {
    if (part === '') continue;
    if (part.includes(';')) throw builtinError('invalid semicolon separator in query');
    const eq = part.indexOf('=');
    const key = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const val = eq < 0 ? '' : queryUnescape(part.slice(eq + 1));
    (out[key] ??= []).push(val);
  }
  return out;
}

/** Go's json.Marshal of an OPA value: sorted keys, HTML-safe escapes, integers exact. */
export function goJson(value: HostValue, indent = '', prefix = ''): string {
  // JSON.stringify cannot write a bigint: each is written as a string marked with a
  // nonce no operand can know, and the marked strings become the digits afterwards.
  const nonce = randomBytes(8).toString('hex');
  const replacer = (_key: string, v: unknown) =>
    typeof v === 'bigint' ? `\u0000${nonce}:${v.toString()}` : v;
  const text = JSON.stringify(
    sortKeys(value),
    replacer,
    indent === '' ? undefined : indent,
  ).replace(new RegExp(`"\\\\u0000${nonce}:(-?\\d+)"`, 'g'), '$1');
  const escaped = text.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return prefix === '' ? escaped : escaped.split('\n').join(`\n${prefix}`);
}

function sortKeys(value: HostValue): HostValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: HostValue } = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as HostValue);
  return out;
}

function marshalWithOptions(value: HostValue, options: HostValue): Json {
  const opts = objectOperand(options as Json, 2);
  for (const [key, v] of Object.entries(opts)) {
    if (
      key === 'pretty'
        ? typeof v !== 'boolean'
        : key === 'indent' || key === 'prefix'
          ? typeof v !== 'string'
          : true
    ) {
      throw typeError(`operand 2 has an invalid option ${JSON.stringify(key)}`);
    }
  }
  const pretty = opts.pretty ?? ('indent' in opts || 'prefix' in opts);
  if (!pretty) return goJson(value);
  return goJson(
    value,
    (opts.indent as string | undefined) ?? '\t',
    (opts.prefix as string | undefined) ?? '',
  );
}

function parseJson(s: string): Json {
  try {
    return JSON.parse(s) as Json;
  } catch (error) {
    throw builtinError((error as Error).message);
  }
}

function parseYaml(s: string): Json {
  try {
    const value = load(s);
    return (value === undefined ? null : value) as Json;
  } catch (error) {
    throw builtinError((error as Error).message.split('\n')[0] as string);
  }
}

const marshalOptions = record({ indent: str, prefix: str, pretty: bool }, { key: str, value: any });

export const encoding: BuiltinSpec[] = [
  s2s('base64.encode', (s) => utf8(s).toString('base64')),
  s2s('base64.decode', base64Decode),
  s2b('base64.is_valid', (s) => base64Std.test(s.replace(/[\r\n]/g, ''))),
  s2s('base64url.encode', (s) =>
    utf8(s)
      .toString('base64url')
      .padEnd(Math.ceil(utf8(s).length / 3) * 4, '='),
  ),
  s2s('base64url.encode_no_pad', (s) => utf8(s).toString('base64url')),
  s2s('base64url.decode', base64UrlDecode),
  s2s('hex.encode', (s) => utf8(s).toString('hex')),
  s2s('hex.decode', hexDecode),
  s2s('urlquery.encode', queryEscape),
  s2s('urlquery.decode', queryUnescape),
  builtin('urlquery.encode_object', [objectOf(str, oneOf(str, collectionOf(str)))], str, {
    host: encodeObject,
  }),
  builtin('urlquery.decode_object', [str], objectOf(str, arrayOf(str)), { host: decodeObject }),
  builtin('json.marshal', [any], str, { exactHost: (v) => goJson(v) }),
  builtin('json.marshal_with_options', [any, marshalOptions], str, {
    exactHost: marshalWithOptions,
  }),
  builtin('json.unmarshal', [str], any, { host: (s) => parseJson(stringOperand(s, 1)) }),
  s2b('json.is_valid', (s) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  }),
  builtin('yaml.marshal', [any], str, {
    host: (v) => dump(v, { sortKeys: true }),
  }),
  builtin('yaml.unmarshal', [str], any, { host: (s) => parseYaml(stringOperand(s, 1)) }),
  // Every document of a stream must be valid, not only the first.
  s2b('yaml.is_valid', (s) => {
    try {
      loadAll(s);
      return true;
    } catch {
      return false;
    }
  }),
];
