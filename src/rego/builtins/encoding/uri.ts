// uri.parse and uri.is_valid. OPA answers both with Go's net/url.Parse, so this file
// follows that parser's rules: what it accepts, what it rejects, and its error texts.
// Written here rather than taken from a library because the libraries at hand parse
// other grammars: Node's URL is the WHATWG one (it normalises, resolves dot segments and
// rejects relative references), and RFC 3986 parsers accept what Go rejects
// (`cache_object:foo/bar`) and reject what Go accepts (`http://h/a b`).
import { bool, builtin, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { isIPv6 } from 'node:net';

/** The parts of a URL OPA returns; empty parts are left out. */
export interface Url {
  scheme: string;
  host: string;
  path: string;
  rawPath: string;
  rawQuery: string;
  fragment: string;
}

type Mode = 'host' | 'zone' | 'path' | 'userinfo' | 'fragment';

/** Raised for a URL Go's parser rejects; the message is Go's. */
export class UrlError extends Error {}

const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);
const isAlnum = (c: string) => /^[a-zA-Z0-9]$/.test(c);

// Go's shouldEscape, for the modes the parser uses.
function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    if (mode === 'path') return c === '?';
    if (mode === 'userinfo') return '@/?:'.includes(c);
    if (mode === 'fragment') return false;
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

/** Percent-decodes `s` as Go's unescape does in `mode`, rejecting what it rejects. */
function unescape(s: string, mode: Mode): string {
  const bytes: number[] = [];
  const raw = Buffer.from(s, 'utf8');
  for (let i = 0; i < raw.length;) {
    const c = String.fromCharCode(raw[i] as number);
    if (c === '%') {
      const hex = raw.subarray(i + 1, i + 3).toString('latin1');
      if (hex.length < 2 || !isHex(hex[0] as string) || !isHex(hex[1] as string)) {
        throw new UrlError(
          `invalid URL escape ${JSON.stringify(raw.subarray(i, i + 3).toString())}`,
        );
      }
      const value = parseInt(hex, 16);
      // In a host, an escape may only stand for a non-ASCII byte (RFC 3986 section 3.2.2).
      if (mode === 'host' && value < 0x80 && hex !== '25') {
        throw new UrlError(`invalid URL escape "%${hex}"`);
      }
      if (mode === 'zone' && hex !== '25' && value !== 0x20 && value < 0x80) {
        if (shouldEscape(String.fromCharCode(value), 'host')) {
          throw new UrlError(`invalid URL escape "%${hex}"`);
        }
      }
      bytes.push(value);
      i += 3;
      continue;
    }
    if (
      (mode === 'host' || mode === 'zone') &&
      (raw[i] as number) < 0x80 &&
      shouldEscape(c, mode)
    ) {
      throw new UrlError(`invalid character ${JSON.stringify(c)} in host name`);
    }
    bytes.push(raw[i] as number);
    i++;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Go's escape in path mode: what `setPath` compares the original text with. */
function escapePath(path: string): string {
  let out = '';
  for (const byte of Buffer.from(path, 'utf8')) {
    const c = String.fromCharCode(byte);
    out +=
      byte < 0x80 && !shouldEscape(c, 'path')
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A scheme, if `raw` starts with one, and the rest. */
function splitScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

const validOptionalPort = (port: string) => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new UrlError("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) {
      throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
    }
    // Only an IPv6 address (with an optional, non-empty zone) may stand in brackets.
    const zone = host.indexOf('%25');
    const address = zone >= 0 && zone < close ? host.slice(1, zone) : host.slice(1, close);
    const zoneText = zone >= 0 && zone < close ? host.slice(zone + 3, close) : undefined;
    if (!isIPv6(address) || zoneText === '') {
      throw new UrlError(`invalid IPv6 host ${JSON.stringify(host.slice(0, close + 1))}`);
    }
    if (zone >= 0 && zone < close) {
      return (
        unescape(host.slice(0, zone), 'host') +
        unescape(host.slice(zone, close), 'zone') +
        unescape(host.slice(close), 'host')
      );
    }
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
      throw new UrlError(`invalid port ${JSON.stringify(host.slice(colon))} after host`);
    }
  }
  return unescape(host, 'host');
}

function parseAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  const host = parseHost(authority.slice(at + 1));
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!/^[a-zA-Z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) {
      throw new UrlError('net/url: invalid userinfo');
    }
    for (const part of userinfo.split(':', 2)) unescape(part, 'userinfo');
  }
  return host;
}

/** Whether `s` holds an ASCII control character, which Go refuses anywhere before `#`. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Go's url.Parse, keeping the parts OPA reports. */
export function parseUrl(text: string): Url {
  const hash = text.indexOf('#');
  const [head, fragment] = hash < 0 ? [text, ''] : [text.slice(0, hash), text.slice(hash + 1)];
  const url: Url = { scheme: '', host: '', path: '', rawPath: '', rawQuery: '', fragment: '' };
  if (hasControl(head)) throw new UrlError('net/url: invalid control character in URL');
  if (head === '*') {
    url.path = url.rawPath = '*';
  } else {
    const [scheme, afterScheme] = splitScheme(head);
    url.scheme = scheme.toLowerCase();
    let rest = afterScheme;
    if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
      rest = rest.slice(0, -1);
    } else {
      const q = rest.indexOf('?');
      if (q >= 0) [rest, url.rawQuery] = [rest.slice(0, q), rest.slice(q + 1)];
    }
    // A rootless path after a scheme is opaque (mailto:, urn:), which OPA does not report.
    if (rest.startsWith('/') || url.scheme === '') parseHierarchy(rest, url);
  }
  url.fragment = unescape(fragment, 'fragment');
  return url;
}

/** The authority and path of a URL that is not opaque, into `url`. */
function parseHierarchy(text: string, url: Url): void {
  let rest = text;
  if (!rest.startsWith('/') && (rest.split('/')[0] as string).includes(':')) {
    throw new UrlError('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    url.host = parseAuthority(slash < 0 ? rest.slice(2) : rest.slice(2, slash));
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  url.path = unescape(rest, 'path');
  url.rawPath = escapePath(url.path) === rest ? url.path : rest;
}

/** Go's URL.Hostname and URL.Port: the host split at a valid trailing port. */
function hostAndPort(host: string): [string, string] {
  let [name, port] = [host, ''];
  const colon = name.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(name.slice(colon))) {
    [name, port] = [name.slice(0, colon), name.slice(colon + 1)];
  }
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1);
  return [name, port];
}

function parse(x: Json): Json {
  const text = stringOperand(x, 1);
  let url: Url;
  try {
    url = parseUrl(text);
  } catch (error) {
    if (!(error instanceof UrlError)) throw error;
    throw builtinError(`parse ${JSON.stringify(text)}: ${error.message}`);
  }
  const [hostname, port] = hostAndPort(url.host);
  const parts: [string, string][] = [
    ['scheme', url.scheme],
    ['hostname', hostname],
    ['port', port],
    ['path', url.path],
    ['raw_path', url.path === '' ? '' : url.rawPath],
    ['raw_query', url.rawQuery],
    ['fragment', url.fragment],
  ];
  return Object.fromEntries(parts.filter(([, value]) => value !== ''));
}

function isValid(x: Json): boolean {
  // OPA answers false, not an error, for anything but a non-empty string Go can parse.
  if (typeof x !== 'string' || x === '') return false;
  try {
    parseUrl(x);
    return true;
  } catch (error) {
    if (error instanceof UrlError) return false;
    throw error;
  }
}

export const uri: BuiltinSpec[] = [
  builtin('uri.parse', [str], objectOf(str, str), { host: parse }),
  builtin('uri.is_valid', [str], bool, { host: isValid }),
];
