// JSON Web Tokens without clocks: `io.jwt.decode` reads a signed token (JWS in compact
// form) into its header, claims and signature; `io.jwt.verify_hs*` check an HMAC signature
// against a shared secret, and `io.jwt.verify_rs*/ps*/es*/eddsa` a signature against the
// public key of a PEM certificate, a PEM public key, or a JWK (set). All are pure
// functions of their operands.
import {
  constants,
  createHmac,
  createPublicKey,
  createSecretKey,
  timingSafeEqual,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

import { any, anyObject, bool, builtin, objectOf, str, tuple } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { objectOperand, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

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

/** Whether `signature` is the HMAC of `data` under `secret`, compared in constant time. */
function hmacVerifies(hash: string, secret: Buffer | KeyObject, data: Buffer, signature: Buffer) {
  const expected = createHmac(hash, secret).update(data).digest();
  return expected.length === signature.length && timingSafeEqual(expected, signature);
}

/** The bytes a signature covers: the header and payload sections as written. */
const signedData = (token: Token) => Buffer.from(`${token.header}.${token.payload}`, 'utf8');

const verifyHmac = (name: string, algorithm: string): BuiltinSpec =>
  builtin(name, [str, str], bool, {
    host: (jwt, secret) => {
      const token = sections(stringOperand(jwt, 1));
      const key = Buffer.from(stringOperand(secret, 2), 'utf8');
      return hmacVerifies(
        algorithm,
        key,
        signedData(token),
        base64UrlBytes(token.signature, 'signature'),
      );
    },
  });

/** A public key to verify with, and what a JWK says about it. */
interface VerificationKey {
  key: KeyObject;
  alg: string;
  kid: string;
}

/** The algorithms a JWK may name; a key naming another is skipped, as OPA skips it. */
const TOKEN_ALGORITHMS = new Set([
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
]);

/**
 * The keys in a PEM certificate, a PEM public key, or a JWK / JWK set. A PEM block is never
 * JSON and JSON never a PEM block, so the text says which it is.
 */
function verificationKeys(text: string): VerificationKey[] {
  const pem = /^\s*-----BEGIN ([^-]+)-----\r?\n[\s\S]*?-----END \1-----(?:\r?\n)?/.exec(text);
  if (pem !== null) {
    if (pem[0].length < text.length) throw builtinError('extra data after a PEM certificate block');
    const type = pem[1];
    if (type !== 'CERTIFICATE' && type !== 'PUBLIC KEY')
      throw builtinError('failed to extract a Key from the PEM certificate');
    try {
      return [{ key: createPublicKey(pem[0]), alg: '', kid: '' }];
    } catch (error) {
      const what = type === 'CERTIFICATE' ? 'certificate' : 'public key';
      throw builtinError(`failed to parse a PEM ${what}: ${(error as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw builtinError(`failed to parse a JWK key (set): ${(error as Error).message}`);
  }
  const set = parsed as { keys?: unknown };
  const jwks = Array.isArray(set.keys) ? set.keys : [parsed];
  const keys: VerificationKey[] = [];
  for (const jwk of jwks) {
    const fields = (jwk ?? {}) as { alg?: unknown; kid?: unknown; kty?: unknown; k?: unknown };
    const alg = typeof fields.alg === 'string' ? fields.alg : '';
    if (alg !== '' && !TOKEN_ALGORITHMS.has(alg)) continue;
    let key: KeyObject;
    try {
      // A symmetric key (kty oct) carries its secret bytes, for the HS algorithms.
      key =
        fields.kty === 'oct' && typeof fields.k === 'string'
          ? createSecretKey(Buffer.from(fields.k, 'base64url'))
          : createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    } catch (error) {
      throw builtinError(`failed to parse a JWK key (set): ${(error as Error).message}`);
    }
    keys.push({ key, alg, kid: typeof fields.kid === 'string' ? fields.kid : '' });
  }
  return keys;
}

/** Whether `signature` signs `data` with `key` in one algorithm's way; a wrong key type is no. */
type SignatureCheck = (key: KeyObject, data: Buffer, signature: Buffer) => boolean;

const rsaCheck =
  (hash: string, pss: boolean): SignatureCheck =>
  (key, data, signature) => {
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'rsa-pss') return false;
    const options = pss
      ? {
          key,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: constants.RSA_PSS_SALTLEN_AUTO,
        }
      : { key, padding: constants.RSA_PKCS1_PADDING };
    return verify(hash, data, options, signature);
  };

// JWS carries an ECDSA signature as r and s side by side (IEEE P1363), not as DER.
const ecdsaCheck =
  (hash: string): SignatureCheck =>
  (key, data, signature) =>
    key.asymmetricKeyType === 'ec' &&
    verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature);

const eddsaCheck: SignatureCheck = (key, data, signature) =>
  key.asymmetricKeyType === 'ed25519' && verify(null, data, key, signature);

/**
 * OPA's order: a key whose `kid` the header names is the only one tried; otherwise every
 * key without an `alg`, and every key whose `alg` is the header's, until one verifies. A
 * check that throws (a malformed key or signature) is a no.
 */
function verifiedByKeys(
  keys: VerificationKey[],
  header: { alg: string; kid: string },
  check: SignatureCheck,
  data: Buffer,
  signature: Buffer,
): boolean {
  const attempt = (key: KeyObject) => {
    try {
      return check(key, data, signature);
    } catch {
      return false;
    }
  };
  const named = header.kid === '' ? undefined : keys.find((k) => k.kid === header.kid);
  if (named !== undefined) return attempt(named.key);
  return keys.some((k) => (k.alg === '' || k.alg === header.alg) && attempt(k.key));
}

const text = (value: Json | undefined) => (typeof value === 'string' ? value : '');

const verifyWithKey = (name: string, check: SignatureCheck): BuiltinSpec =>
  builtin(name, [str, str], bool, {
    host: (jwt, certificate) => {
      const token = sections(stringOperand(jwt, 1));
      const keys = verificationKeys(stringOperand(certificate, 2));
      const signature = base64UrlBytes(token.signature, 'signature');
      const header = jsonObject(base64UrlBytes(token.header, 'header'), 'header');
      const named = { alg: text(header.alg), kid: text(header.kid) };
      return verifiedByKeys(keys, named, check, signedData(token), signature);
    },
  });

/** How each algorithm a token header may name checks a signature. */
const hmacCheck =
  (hash: string): SignatureCheck =>
  (key, data, signature) =>
    key.type === 'secret' && hmacVerifies(hash, key, data, signature);

const CHECKS: Record<string, SignatureCheck> = {
  HS256: hmacCheck('sha256'),
  HS384: hmacCheck('sha384'),
  HS512: hmacCheck('sha512'),
  RS256: rsaCheck('sha256', false),
  RS384: rsaCheck('sha384', false),
  RS512: rsaCheck('sha512', false),
  PS256: rsaCheck('sha256', true),
  PS384: rsaCheck('sha384', true),
  PS512: rsaCheck('sha512', true),
  ES256: ecdsaCheck('sha256'),
  ES384: ecdsaCheck('sha384'),
  ES512: ecdsaCheck('sha512'),
  EdDSA: eddsaCheck,
};

interface Constraints {
  keys?: VerificationKey[];
  secret: string;
  alg: string;
  iss: string;
  aud: string;
  /** Nanoseconds since the epoch. */
  time: number;
}

const STRING_CONSTRAINTS = ['secret', 'alg', 'iss', 'aud'] as const;

/** The constraints object of `io.jwt.decode_verify`, every key checked as OPA checks it. */
function parseConstraints(given: { [key: string]: Json }, wallclockNs: number): Constraints {
  const c: Constraints = { secret: '', alg: '', iss: '', aud: '', time: wallclockNs };
  for (const name of Object.keys(given).sort()) {
    const value = given[name];
    if (name === 'cert') {
      if (typeof value !== 'string') throw builtinError('cert constraint: must be a string');
      c.keys = verificationKeys(value);
    } else if (name === 'time') {
      if (typeof value !== 'number') throw builtinError('token time constraint: must be a number');
      if (value < 0) throw builtinError('token time constraint: must not be negative');
      c.time = value;
    } else if ((STRING_CONSTRAINTS as readonly string[]).includes(name)) {
      if (typeof value !== 'string') throw builtinError(`${name} constraint: must be a string`);
      c[name as (typeof STRING_CONSTRAINTS)[number]] = value;
    } else {
      throw builtinError(`unknown token validation constraint: ${name}`);
    }
  }
  const kinds = (c.keys === undefined ? 0 : 1) + (c.secret === '' ? 0 : 1);
  if (kinds > 1) throw builtinError('duplicate key constraints');
  if (kinds < 1) throw builtinError('no key constraint');
  return c;
}

/** A header's alg and kid, or undefined when RFC 7515 makes the token invalid. */
function usableHeader(header: { [key: string]: Json }): { alg: string; kid: string } | undefined {
  for (const name of ['alg', 'kid', 'typ', 'cty']) {
    if (name in header && typeof header[name] !== 'string')
      throw builtinError(`${name}: must be a string`);
  }
  const critical = new Set<string>();
  if ('crit' in header) {
    const crit = header.crit;
    if (!Array.isArray(crit)) throw builtinError('crit: must be a list');
    for (const name of crit) {
      if (typeof name !== 'string') break;
      critical.add(name);
    }
    if (critical.size === 0) throw builtinError('crit: must be a nonempty list');
  }
  const alg = (header.alg as string | undefined) ?? '';
  const known = new Set(['alg', 'kid', 'typ', 'cty', 'crit']);
  // A critical parameter this reader does not know makes the signature meaningless.
  const unknownCritical = Object.keys(header).some((k) => !known.has(k) && critical.has(k));
  if (alg === '' || unknownCritical) return undefined;
  return { alg, kid: (header.kid as string | undefined) ?? '' };
}

function signatureVerifies(
  c: Constraints,
  header: { alg: string; kid: string },
  data: Buffer,
  signature: Buffer,
): boolean {
  const check = CHECKS[header.alg];
  if (check === undefined) return false;
  const keys = c.keys ?? [
    { key: createSecretKey(Buffer.from(c.secret, 'utf8')), alg: '', kid: '' },
  ];
  return verifiedByKeys(keys, header, check, data, signature);
}

/**
 * `io.jwt.decode_verify(jwt, constraints)`: [valid, header, claims]. A token that does not
 * verify or meet a constraint is [false, {}, {}]; one that cannot be read, or constraints
 * that make no sense, are errors. `wallclockNs` stands in for a missing `time`.
 */
export function decodeVerify(jwtValue: Json, constraintsValue: Json, wallclockNs: number): Json {
  const given = objectOperand(constraintsValue, 2);
  const unverified: Json = [false, {}, {}];
  const c = parseConstraints(given, wallclockNs);
  let text = stringOperand(jwtValue, 1);
  let header: { [key: string]: Json };
  let payload: Buffer;
  for (;;) {
    const token = sections(text);
    header = jsonObject(base64UrlBytes(token.header, 'header'), 'header');
    const usable = usableHeader(header);
    if (usable === undefined) return unverified;
    if (c.alg !== '' && c.alg !== usable.alg) return unverified;
    const signature = base64UrlBytes(token.signature, 'signature');
    if (!signatureVerifies(c, usable, signedData(token), signature)) return unverified;
    payload = base64UrlBytes(token.payload, 'payload');
    // A nested token (content type JWT) is verified in turn with the same constraints.
    if (typeof header.cty === 'string' && header.cty.toUpperCase() === 'JWT') {
      text = payload.toString('utf8');
      continue;
    }
    break;
  }
  const claims = jsonObject(payload, 'payload');
  if (c.iss !== '' && claims.iss !== c.iss) return unverified;
  if ('aud' in claims) {
    const aud = claims.aud;
    const matches = Array.isArray(aud) ? aud.some((a) => a === c.aud) : aud === c.aud;
    if (!matches) return unverified;
  } else if (c.aud !== '') return unverified;
  const seconds = c.time / 1e9;
  if ('exp' in claims) {
    if (typeof claims.exp !== 'number') throw builtinError('exp value must be a number');
    if (seconds >= claims.exp) return unverified;
  }
  if ('nbf' in claims) {
    if (typeof claims.nbf !== 'number') throw builtinError('nbf value must be a number');
    if (seconds < claims.nbf) return unverified;
  }
  return [true, header, claims];
}

export const jwt: BuiltinSpec[] = [
  // The evaluation's clock stands in for a missing `time`: see builtins/host.ts.
  builtin('io.jwt.decode_verify', [str, objectOf(str, any)], tuple(bool, anyObject, anyObject)),
  builtin('io.jwt.decode', [str], tuple(objectOf(any, any), objectOf(any, any), str), {
    host: (text) => decode(stringOperand(text, 1)),
  }),
  verifyHmac('io.jwt.verify_hs256', 'sha256'),
  verifyHmac('io.jwt.verify_hs384', 'sha384'),
  verifyHmac('io.jwt.verify_hs512', 'sha512'),
  verifyWithKey('io.jwt.verify_rs256', rsaCheck('sha256', false)),
  verifyWithKey('io.jwt.verify_rs384', rsaCheck('sha384', false)),
  verifyWithKey('io.jwt.verify_rs512', rsaCheck('sha512', false)),
  verifyWithKey('io.jwt.verify_ps256', rsaCheck('sha256', true)),
  verifyWithKey('io.jwt.verify_ps384', rsaCheck('sha384', true)),
  verifyWithKey('io.jwt.verify_ps512', rsaCheck('sha512', true)),
  verifyWithKey('io.jwt.verify_es256', ecdsaCheck('sha256')),
  verifyWithKey('io.jwt.verify_es384', ecdsaCheck('sha384')),
  verifyWithKey('io.jwt.verify_es512', ecdsaCheck('sha512')),
  verifyWithKey('io.jwt.verify_eddsa', eddsaCheck),
];
