// JSON Web Tokens without keys or clocks: `io.jwt.decode` reads a signed token (JWS in
// compact form) into its header, claims and signature, and `io.jwt.verify_hs*` check an
// HMAC signature against a shared secret. Both are pure functions of their operands.
import { createHmac, timingSafeEqual } from 'node:crypto';

import { any, bool, builtin, objectOf, str, tuple } from './decl.js';
import { builtinError } from './errors.js';
import { stringOperand } from './operands.js';
import type { BuiltinSpec, Json } from './spec.js';

interface Token {
  header: string;
  payload: string;
  signature: string;
}

/** The three dot-separated sections of a compact token, as OPA splits them. */
function sections(text: string): Token {
  if (!text.includes('.')) throw builtinError('encoded JWT had no period separators');
  const parts = text.split('.');
  if (parts.length !== 3) {
    throw builtinError(`encoded JWT must have 3 sections, found ${parts.length}`);
  }
  const [header, payload, signature] = parts as [string, string, string];
  return { header, payload, signature };
}

/** base64url with or without padding, as OPA's base64url.decode reads it. */
function base64UrlBytes(text: string, what: string): Buffer {
  const bare = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(bare) || bare.length % 4 === 1) {
    throw builtinError(`JWT ${what} had invalid encoding: illegal base64 data`);
  }
  return Buffer.from(bare, 'base64url');
}

function jsonObject(bytes: Buffer, what: string): { [key: string]: Json } {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw builtinError(`bad JWT ${what}: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw builtinError(`bad JWT ${what}: decoded JSON type is not an object`);
  }
  return value as { [key: string]: Json };
}

function decode(text: string): Json {
  const token = sections(text);
  const header = jsonObject(base64UrlBytes(token.header, 'header'), 'header');
  // A JSON Web Encryption has a header of its own kind, and needs a key to read.
  if ('enc' in header) throw builtinError('JWT is a JWE object, which is not supported');
  const payload = base64UrlBytes(token.payload, 'payload');
  // A nested token (content type JWT) is read in turn; its text may arrive quoted.
  if (header.cty === 'JWT') return decode(payload.toString('utf8').replace(/^["']+|["']+$/g, ''));
  const claims = jsonObject(payload, 'payload');
  const signature = base64UrlBytes(token.signature, 'signature').toString('hex');
  return [header, claims, signature];
}

const verifyHmac = (name: string, algorithm: string): BuiltinSpec =>
  builtin(name, [str, str], bool, {
    host: (jwt, secret) => {
      const token = sections(stringOperand(jwt, 1));
      const key = stringOperand(secret, 2);
      const expected = createHmac(algorithm, Buffer.from(key, 'utf8'))
        .update(`${token.header}.${token.payload}`, 'utf8')
        .digest();
      const actual = base64UrlBytes(token.signature, 'signature');
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
  });

export const jwt: BuiltinSpec[] = [
  builtin('io.jwt.decode', [str], tuple(objectOf(any, any), objectOf(any, any), str), {
    host: (text) => decode(stringOperand(text, 1)),
  }),
  verifyHmac('io.jwt.verify_hs256', 'sha256'),
  verifyHmac('io.jwt.verify_hs384', 'sha384'),
  verifyHmac('io.jwt.verify_hs512', 'sha512'),
];
