// JSON Web Tokens without clocks: `io.jwt.decode` reads a signed token (JWS in compact
// form) into its header, claims and signature; `io.jwt.verify_hs*` check an HMAC signature
// against a shared secret, and `io.jwt.verify_rs*/ps*/es*/eddsa` a signature against the
// public key of a PEM certificate, a PEM public key, or a JWK (set). All are pure
// functions of their operands.
import {
  constants,
  createHmac,
  createPublicKey,
  timingSafeEqual,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

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
    const fields = (jwk ?? {}) as { alg?: unknown; kid?: unknown };
    const alg = typeof fields.alg === 'string' ? fields.alg : '';
    if (alg !== '' && !TOKEN_ALGORITHMS.has(alg)) continue;
    let key: KeyObject;
    try {
      key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
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
 * key without an `alg`, and every key whose `alg` is the header's, until one verifies.
 */
const verifyWithKey = (name: string, check: SignatureCheck): BuiltinSpec =>
  builtin(name, [str, str], bool, {
    host: (jwt, certificate) => {
      const token = sections(stringOperand(jwt, 1));
      const keys = verificationKeys(stringOperand(certificate, 2));
      const signature = base64UrlBytes(token.signature, 'signature');
      const header = jsonObject(base64UrlBytes(token.header, 'header'), 'header');
      const data = Buffer.from(`${token.header}.${token.payload}`, 'utf8');
      const attempt = (k: VerificationKey) => {
        try {
          return check(k.key, data, signature);
        } catch {
          return false;
        }
      };
      const kid = typeof header.kid === 'string' ? header.kid : '';
      const named = kid === '' ? undefined : keys.find((k) => k.kid === kid);
      if (named !== undefined) return attempt(named);
      return keys.some((k) => (k.alg === '' || k.alg === header.alg) && attempt(k));
    },
  });

export const jwt: BuiltinSpec[] = [
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
