import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(header: object, claims: object, secret: string, hash = 'sha256'): string {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac(hash, secret).update(body).digest('base64url')}`;
}

// io.jwt.decode splits a compact signed token into header, claims and the signature as
// hex; io.jwt.verify_hs* recompute the HMAC over "header.claims" with the secret.
describe('JSON Web Tokens', () => {
  const claims = { sub: 'grant-42', roles: ['reader'], exp: 1900000000 };
  const token = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'k3y');

  it('decodes header, claims and signature', async () => {
    const signature = Buffer.from(token.split('.')[2] as string, 'base64url').toString('hex');
    const src = `package t\np := io.jwt.decode(input.t)`;
    expect(await evalRule(src, 'p', { t: token })).toEqual([
      { alg: 'HS256', typ: 'JWT' },
      claims,
      signature,
    ]);
  });

  it('reads a token nested in another (content type JWT)', async () => {
    const outer = `${b64({ alg: 'HS256', cty: 'JWT' })}.${Buffer.from(`"${token}"`).toString('base64url')}.c2ln`;
    const src = `package t\np := io.jwt.decode(input.t)[1]`;
    expect(await evalRule(src, 'p', { t: outer })).toEqual(claims);
  });

  it('verifies HMAC signatures with the right secret and hash only', async () => {
    const t384 = sign({ alg: 'HS384' }, claims, 'k3y', 'sha384');
    const t512 = sign({ alg: 'HS512' }, claims, 'k3y', 'sha512');
    const src = `package t
p := [
  io.jwt.verify_hs256(input.t, "k3y"),
  io.jwt.verify_hs256(input.t, "k3Y"),
  io.jwt.verify_hs384(input.t384, "k3y"),
  io.jwt.verify_hs256(input.t384, "k3y"),
  io.jwt.verify_hs512(input.t512, "k3y"),
]`;
    expect(await evalRule(src, 'p', { t: token, t384, t512 })).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('fails on tokens it cannot read, with what is wrong', async () => {
    const cases: [string, string][] = [
      ['abc', 'io.jwt.decode: encoded JWT had no period separators'],
      ['a.b', 'io.jwt.decode: encoded JWT must have 3 sections, found 2'],
      [
        `${b64({ alg: 'dir', enc: 'A128GCM' })}.${b64({})}.x`,
        'JWT is a JWE object, which is not supported',
      ],
      [`${b64([1])}.${b64({})}.x`, 'bad JWT header'],
      [`${b64({ alg: 'none' })}.*.x`, 'JWT payload had invalid encoding'],
    ];
    for (const [t, message] of cases) {
      const src = `package t\np := io.jwt.decode(input.t)`;
      await expect(evalRule(src, 'p', { t }, { strict: true }), t).rejects.toThrow(message);
      expect(await evalRule(src, 'p', { t }), t).toBeUndefined();
    }
  });
});
