// Signing JSON Web Tokens: `io.jwt.encode_sign` (header and claims as objects) and
// `io.jwt.encode_sign_raw` (as JSON text, signed as given), each with a JWK as the key:
// `oct` for HS256/384/512, RSA for RS*/PS*, EC for ES256/384/512, OKP (Ed25519) for EdDSA.
// The result is a compact JWS, which io.jwt.verify_* and io.jwt.decode_verify read back.
import {
  constants,
  createHmac,
  createPrivateKey,
  sign,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

import { any, builtin, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { objectOperand, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

type Signer = (key: JsonWebKey, data: Buffer) => Buffer;

const hmac =
  (hash: string): Signer =>
  (key, data) => {
    if (key.kty !== 'oct' || typeof key.k !== 'string') {
      throw builtinError('an HMAC algorithm needs a JWK of kty "oct" with its secret in "k"');
    }
    return createHmac(hash, Buffer.from(key.k, 'base64url')).update(data).digest();
  };

const withKey =
  (kty: string, hash: string | null, extra: object = {}): Signer =>
  (key, data) => {
    if (key.kty !== kty) throw builtinError(`this algorithm needs a JWK of kty "${kty}"`);
    return sign(hash, data, { key: privateKey(key), ...extra });
  };

const SIGNERS: Record<string, Signer> = {
  HS256: hmac('sha256'),
  HS384: hmac('sha384'),
  HS512: hmac('sha512'),
  RS256: withKey('RSA', 'sha256'),
  RS384: withKey('RSA', 'sha384'),
  RS512: withKey('RSA', 'sha512'),
  PS256: withKey('RSA', 'sha256', { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }),
  PS384: withKey('RSA', 'sha384', { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 }),
  PS512: withKey('RSA', 'sha512', { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 64 }),
  ES256: withKey('EC', 'sha256', { dsaEncoding: 'ieee-p1363' }),
  ES384: withKey('EC', 'sha384', { dsaEncoding: 'ieee-p1363' }),
  ES512: withKey('EC', 'sha512', { dsaEncoding: 'ieee-p1363' }),
  EdDSA: withKey('OKP', null),
};

function privateKey(jwk: JsonWebKey): KeyObject {
  try {
    return createPrivateKey({ key: jwk, format: 'jwk' });
  } catch (error) {
    throw builtinError(`the key is not a private JWK: ${(error as Error).message}`);
  }
}

function jsonText(value: string, what: string): { [key: string]: Json } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw builtinError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw builtinError(`${what} must be a JSON object`);
  }
  return parsed as { [key: string]: Json };
}

/** Signs `header.payload` (both JSON text, used as given) with the JWK `key`. */
function signCompact(header: string, payload: string, key: JsonWebKey): string {
  const alg = jsonText(header, 'the header').alg;
  if (typeof alg !== 'string') throw builtinError('the header has no "alg"');
  const signer = Object.hasOwn(SIGNERS, alg) ? SIGNERS[alg] : undefined;
  if (!signer) {
    throw builtinError(
      `unsupported signature algorithm "${alg}"; use one of ${Object.keys(SIGNERS).join(', ')}`,
    );
  }
  const signed = `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${signed}.${signer(key, Buffer.from(signed)).toString('base64url')}`;
}

export const jwtSign: BuiltinSpec[] = [
  builtin('io.jwt.encode_sign', [objectOf(str, any), objectOf(str, any), objectOf(str, any)], str, {
    host: (header, payload, key) =>
      signCompact(
        JSON.stringify(objectOperand(header, 1)),
        JSON.stringify(objectOperand(payload, 2)),
        objectOperand(key, 3) as JsonWebKey,
      ),
  }),
  builtin('io.jwt.encode_sign_raw', [str, str, str], str, {
    host: (header, payload, key) => {
      const payloadText = stringOperand(payload, 2);
      jsonText(payloadText, 'the payload');
      return signCompact(
        stringOperand(header, 1),
        payloadText,
        jsonText(stringOperand(key, 3), 'the key') as JsonWebKey,
      );
    },
  }),
];
