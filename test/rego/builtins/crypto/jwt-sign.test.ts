import { generateKeyPairSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import type { Json } from '../../../../src/rego/builtins/index.js';
import { call } from '../call.js';

const claims = { sub: 'alice', aud: 'accessctl' };

function pair(type: 'rsa' | 'ec' | 'ed25519', options: object = {}) {
  const { privateKey, publicKey } = generateKeyPairSync(type as 'rsa', {
    modulusLength: 2048,
    ...options,
  });
  return {
    jwk: privateKey.export({ format: 'jwk' }) as Json,
    pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

describe('io.jwt.encode_sign', () => {
  it('signs with an oct JWK, and io.jwt.verify_hs256 and decode read it back', () => {
    const key = { kty: 'oct', k: Buffer.from('s3cret').toString('base64url') };
    const token = call('io.jwt.encode_sign', { alg: 'HS256', typ: 'JWT' }, claims, key) as string;
    expect(call('io.jwt.verify_hs256', token, 's3cret')).toBe(true);
    expect(call('io.jwt.verify_hs256', token, 'other')).toBe(false);
    expect(call('io.jwt.decode', token)).toEqual([
      { alg: 'HS256', typ: 'JWT' },
      claims,
      expect.any(String),
    ]);
  });

  it.each([
    ['RS256', 'io.jwt.verify_rs256', pair('rsa')],
    ['PS384', 'io.jwt.verify_ps384', pair('rsa')],
    ['ES256', 'io.jwt.verify_es256', pair('ec', { namedCurve: 'P-256' })],
    ['EdDSA', 'io.jwt.verify_eddsa', pair('ed25519')],
  ])('signs %s with a private JWK that %s verifies', (alg, verify, keys) => {
    const token = call('io.jwt.encode_sign', { alg }, claims, keys.jwk) as string;
    expect(call(verify, token, keys.pem)).toBe(true);
  });

  it('refuses an unknown algorithm, a key of the wrong kind, a public key', () => {
    const key = { kty: 'oct', k: 'c2VjcmV0' };
    expect(() => call('io.jwt.encode_sign', { alg: 'none' }, claims, key)).toThrow(
      /io.jwt.encode_sign: unsupported signature algorithm "none"/,
    );
    expect(() => call('io.jwt.encode_sign', { alg: 'RS256' }, claims, key)).toThrow(
      /needs a JWK of kty "RSA"/,
    );
    const { jwk } = pair('ec', { namedCurve: 'P-256' });
    const publicOnly = { ...(jwk as Record<string, Json>) };
    delete publicOnly.d;
    expect(() => call('io.jwt.encode_sign', { alg: 'ES256' }, claims, publicOnly)).toThrow(
      /the key is not a private JWK/,
    );
  });
});

describe('io.jwt.encode_sign_raw', () => {
  it('signs the header and payload text as given', () => {
    const header = '{"typ":"JWT",\r\n "alg":"HS256"}';
    const token = call(
      'io.jwt.encode_sign_raw',
      header,
      '{"iss":"joe"}',
      '{"kty":"oct","k":"c2VjcmV0"}',
    ) as string;
    expect(Buffer.from(token.split('.')[0] as string, 'base64url').toString()).toBe(header);
    expect(call('io.jwt.verify_hs256', token, 'secret')).toBe(true);
    expect(() => call('io.jwt.encode_sign_raw', header, 'not json', '{}')).toThrow(
      /the payload is not valid JSON/,
    );
  });
});
