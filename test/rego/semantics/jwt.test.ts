import {
  constants,
  createHmac,
  generateKeyPairSync,
  sign as cryptoSign,
  type KeyObject,
} from 'node:crypto';

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

// io.jwt.verify_rs*/ps*/es*/eddsa: the signature over "header.claims" checked with a public
// key given as PEM or as a JWK (set); a JWK with a kid the header names is the only one tried.
describe('JSON Web Tokens signed with a key pair', () => {
  const claims = { sub: 'grant-7' };
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ec384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const ed = generateKeyPairSync('ed25519');
  const pemOf = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();

  function signWith(header: { alg: string; kid?: string }, key: KeyObject): string {
    const body = `${b64(header)}.${b64(claims)}`;
    const data = Buffer.from(body);
    const hash = { RS256: 'sha256', PS256: 'sha256', ES256: 'sha256', ES384: 'sha384' }[header.alg];
    const signature =
      header.alg === 'EdDSA'
        ? cryptoSign(null, data, key)
        : header.alg.startsWith('PS')
          ? cryptoSign(hash ?? '', data, {
              key,
              padding: constants.RSA_PKCS1_PSS_PADDING,
              saltLength: 32,
            })
          : header.alg.startsWith('ES')
            ? cryptoSign(hash ?? '', data, { key, dsaEncoding: 'ieee-p1363' })
            : cryptoSign(hash ?? '', data, key);
    return `${body}.${signature.toString('base64url')}`;
  }

  const verify = (fn: string, token: string, cert: string, strict = false) =>
    evalRule(`package t\np := ${fn}(input.t, input.c)`, 'p', { t: token, c: cert }, { strict });

  it('checks each algorithm with its own key, and refuses the wrong one', async () => {
    const rs = signWith({ alg: 'RS256' }, rsa.privateKey);
    expect(await verify('io.jwt.verify_rs256', rs, pemOf(rsa.publicKey))).toBe(true);
    expect(await verify('io.jwt.verify_rs256', rs, pemOf(other.publicKey))).toBe(false);
    // the same key, the other padding: not valid
    expect(await verify('io.jwt.verify_ps256', rs, pemOf(rsa.publicKey))).toBe(false);
    const ps = signWith({ alg: 'PS256' }, rsa.privateKey);
    expect(await verify('io.jwt.verify_ps256', ps, pemOf(rsa.publicKey))).toBe(true);
    const es = signWith({ alg: 'ES256' }, ec256.privateKey);
    expect(await verify('io.jwt.verify_es256', es, pemOf(ec256.publicKey))).toBe(true);
    expect(await verify('io.jwt.verify_es256', es, pemOf(ec384.publicKey))).toBe(false);
    expect(await verify('io.jwt.verify_es256', es, pemOf(rsa.publicKey))).toBe(false);
    const es384 = signWith({ alg: 'ES384' }, ec384.privateKey);
    expect(await verify('io.jwt.verify_es384', es384, pemOf(ec384.publicKey))).toBe(true);
    const eddsa = signWith({ alg: 'EdDSA' }, ed.privateKey);
    expect(await verify('io.jwt.verify_eddsa', eddsa, pemOf(ed.publicKey))).toBe(true);
    expect(await verify('io.jwt.verify_eddsa', rs, pemOf(ed.publicKey))).toBe(false);
  });

  it('takes a JWK or a JWK set, trying the key the header names by kid first', async () => {
    const jwk = (k: KeyObject, extra: object) => ({ ...k.export({ format: 'jwk' }), ...extra });
    const token = signWith({ alg: 'RS256', kid: 'b' }, rsa.privateKey);
    const set = (keys: object[]) => JSON.stringify({ keys });
    expect(await verify('io.jwt.verify_rs256', token, JSON.stringify(jwk(rsa.publicKey, {})))).toBe(
      true,
    );
    const right = jwk(rsa.publicKey, { kid: 'b', alg: 'RS256' });
    const wrong = jwk(other.publicKey, { kid: 'a', alg: 'RS256' });
    expect(await verify('io.jwt.verify_rs256', token, set([wrong, right]))).toBe(true);
    // the key the header names is the only one tried
    const misnamed = jwk(other.publicKey, { kid: 'b', alg: 'RS256' });
    const unnamed = jwk(rsa.publicKey, { alg: 'RS256' });
    expect(await verify('io.jwt.verify_rs256', token, set([misnamed, unnamed]))).toBe(false);
    // a key for another algorithm is not tried; one for an unknown algorithm is skipped
    const es = jwk(rsa.publicKey, { alg: 'ES256' });
    expect(await verify('io.jwt.verify_rs256', token, set([es]))).toBe(false);
    expect(
      await verify('io.jwt.verify_rs256', token, set([{ kty: 'XX', alg: 'X1' }, unnamed])),
    ).toBe(true);
  });

  it('refuses a key it cannot read: undefined, or an error when strict', async () => {
    const token = signWith({ alg: 'RS256' }, rsa.privateKey);
    const twoBlocks = pemOf(rsa.publicKey) + pemOf(other.publicKey);
    expect(await verify('io.jwt.verify_rs256', token, twoBlocks)).toBeUndefined();
    await expect(verify('io.jwt.verify_rs256', token, twoBlocks, true)).rejects.toThrow(
      /extra data after a PEM certificate block/,
    );
    await expect(verify('io.jwt.verify_rs256', token, 'not a key', true)).rejects.toThrow(
      /failed to parse a JWK key \(set\)/,
    );
    const privatePem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(verify('io.jwt.verify_rs256', token, privatePem, true)).rejects.toThrow(
      /failed to extract a Key from the PEM certificate/,
    );
  });
});

// io.jwt.decode_verify: [valid, header, claims] when the signature verifies with the given
// secret or key and the claims meet the constraints (iss, aud, exp and nbf at `time`, in
// nanoseconds, or the evaluation's clock); [false, {}, {}] otherwise.
describe('io.jwt.decode_verify', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const rs256 = (header: object, claims: object) => {
    const body = `${b64({ alg: 'RS256', ...header })}.${b64(claims)}`;
    return `${body}.${cryptoSign('sha256', Buffer.from(body), rsa.privateKey).toString('base64url')}`;
  };
  // 2026-11-27T00:00:00Z, the clock evalRule gives, in seconds
  const NOW_S = Date.parse('2026-11-27T00:00:00Z') / 1000;
  const run = (token: string, constraints: object, strict = false) =>
    evalRule(
      'package t\np := io.jwt.decode_verify(input.t, input.c)',
      'p',
      { t: token, c: constraints },
      { strict },
    );
  const UNVERIFIED = [false, {}, {}];

  it('gives header and claims when the signature and every constraint hold', async () => {
    const claims = { iss: 'idp', aud: ['api', 'web'], exp: NOW_S + 60, nbf: NOW_S - 60 };
    const token = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'k3y');
    expect(await run(token, { secret: 'k3y', iss: 'idp', aud: 'web' })).toEqual([
      true,
      { alg: 'HS256', typ: 'JWT' },
      claims,
    ]);
    expect(await run(token, { secret: 'wrong', iss: 'idp', aud: 'web' })).toEqual(UNVERIFIED);
    expect(await run(token, { secret: 'k3y', iss: 'other', aud: 'web' })).toEqual(UNVERIFIED);
    // a token with an audience needs the constraint to name one of them
    expect(await run(token, { secret: 'k3y', iss: 'idp' })).toEqual(UNVERIFIED);
    expect(await run(token, { secret: 'k3y', aud: 'web', alg: 'HS512' })).toEqual(UNVERIFIED);
  });

  it('reads exp and nbf against the time given, or the evaluation clock', async () => {
    const token = rs256({}, { exp: NOW_S + 60, nbf: NOW_S - 60 });
    expect(((await run(token, { cert: pem })) as unknown[])[0]).toBe(true);
    const later = (NOW_S + 61) * 1e9;
    expect(await run(token, { cert: pem, time: later })).toEqual(UNVERIFIED);
    const earlier = (NOW_S - 61) * 1e9;
    expect(await run(token, { cert: pem, time: earlier })).toEqual(UNVERIFIED);
    // signed with another key pair: never valid
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const otherPem = other.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await run(token, { cert: otherPem })).toEqual(UNVERIFIED);
  });

  it('verifies each level of a nested token and gives the innermost claims', async () => {
    const inner = rs256({}, { sub: 'grant-7' });
    const outer = rs256({ cty: 'JWT' }, {});
    const body = `${outer.split('.')[0]}.${Buffer.from(inner).toString('base64url')}`;
    const signed = `${body}.${cryptoSign('sha256', Buffer.from(body), rsa.privateKey).toString('base64url')}`;
    expect(await run(signed, { cert: pem })).toEqual([true, { alg: 'RS256' }, { sub: 'grant-7' }]);
  });

  it('refuses constraints that make no sense: undefined, or an error when strict', async () => {
    const token = sign({ alg: 'HS256' }, { exp: 'soon' }, 'k3y');
    const cases: [object, RegExp][] = [
      [{ secret: 'k3y', nonsense: 1 }, /unknown token validation constraint: nonsense/],
      [{ secret: 'k3y', cert: pem }, /duplicate key constraints/],
      [{ iss: 'idp' }, /no key constraint/],
      [{ secret: 'k3y', time: -1 }, /token time constraint: must not be negative/],
      [{ secret: 'k3y', iss: 7 }, /iss constraint: must be a string/],
      [{ secret: 'k3y' }, /exp value must be a number/],
    ];
    for (const [constraints, message] of cases) {
      expect(await run(token, constraints)).toBeUndefined();
      await expect(run(token, constraints, true)).rejects.toThrow(message);
    }
  });
});
