import {
  X509Certificate,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { hostBuiltins } from '../../../../src/rego/builtins/index.js';
import { evalRule } from '../../semantics/helpers.js';
import { call, callLenient } from '../call.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'x509', name), 'utf8');
const rsaPkcs8 = fixture('leaf.key');
const rsaPkcs1 = createPrivateKey(rsaPkcs8).export({ type: 'pkcs1', format: 'pem' }).toString();
const ecKey = fixture('ec.key');
const leaf = fixture('leaf.pem');
const clientLeaf = fixture('client-leaf.pem');

const big = (base64url: string | undefined) =>
  BigInt(`0x${Buffer.from(base64url ?? '', 'base64url').toString('hex')}`);
/** The key's JSON text as the module receives it: big integers as exact digits. */
const rawJson = (name: string, ...args: string[]) =>
  new TextDecoder().decode(hostBuiltins()[name]?.(...args) as ArrayBuffer);

describe('crypto.parse_private_keys', () => {
  it("gives an RSA key as Go's rsa.PrivateKey, its integers exact", () => {
    const jwk = createPrivateKey(rsaPkcs8).export({ format: 'jwk' });
    const [key] = call('crypto.parse_private_keys', rsaPkcs1) as Record<string, unknown>[];
    expect(Object.keys(key ?? {}).sort()).toEqual(['D', 'E', 'N', 'Precomputed', 'Primes']);
    expect(key?.E).toBe(65537);
    const text = rawJson('crypto.parse_private_keys', rsaPkcs1);
    expect(text).toContain(`"N":${big(jwk.n).toString()}`);
    expect(text).toContain(`"Primes":[${big(jwk.p).toString()},${big(jwk.q).toString()}]`);
    expect(text).toContain(`"Qinv":${big(jwk.qi).toString()}`);
  });

  it('reads PKCS #1, PKCS #8 and SEC 1 blocks together, skipping other blocks', () => {
    const keys = call(
      'crypto.parse_private_keys',
      `${rsaPkcs1}${leaf}${rsaPkcs8}\n${ecKey}`,
    ) as Record<string, unknown>[];
    expect(keys).toHaveLength(3);
    expect(keys[2]).toMatchObject({ Curve: {} });
    const jwk = createPrivateKey(ecKey).export({ format: 'jwk' });
    expect(rawJson('crypto.parse_private_keys', ecKey)).toBe(
      `[{"Curve":{},"X":${big(jwk.x).toString()},"Y":${big(jwk.y).toString()},"D":${big(jwk.d).toString()}}]`,
    );
  });

  it('reads the whole input base64-encoded, and an Ed25519 key as its 64 bytes', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const [key] = call(
      'crypto.parse_private_keys',
      Buffer.from(pem).toString('base64'),
    ) as string[];
    const jwk = privateKey.export({ format: 'jwk' });
    expect(Buffer.from(key ?? '', 'base64')).toEqual(
      Buffer.concat([Buffer.from(jwk.d ?? '', 'base64url'), Buffer.from(jwk.x ?? '', 'base64url')]),
    );
  });

  it('is null for empty input, empty for input without keys, an error for a broken key', () => {
    expect(call('crypto.parse_private_keys', '')).toBeNull();
    expect(call('crypto.parse_private_keys', 'no keys here')).toEqual([]);
    expect(call('crypto.parse_private_keys', leaf)).toEqual([]);
    const broken = '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n';
    expect(() => call('crypto.parse_private_keys', broken)).toThrow(
      /^crypto.parse_private_keys: x509: failed to parse RSA PRIVATE KEY/,
    );
    expect(callLenient('crypto.parse_private_keys', broken)).toBeUndefined();
  });
});

describe('crypto.x509.parse_keypair', () => {
  it('gives the chain, the key and the parsed leaf when the key matches', () => {
    const pair = call('crypto.x509.parse_keypair', leaf, rsaPkcs8) as Record<string, unknown>;
    const der = new X509Certificate(leaf).raw.toString('base64');
    expect(pair.Certificate).toEqual([der]);
    expect(pair.PrivateKey).toMatchObject({ E: 65537 });
    expect(pair.Leaf).toMatchObject({ Subject: { CommonName: 'payments.example.test' } });
    // Base64 of the PEM texts, and of the DER, as OPA accepts them.
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    expect(call('crypto.x509.parse_keypair', b64(leaf), b64(rsaPkcs1))).toMatchObject({
      Certificate: [der],
    });
    const keyDer = createPrivateKey(rsaPkcs8).export({ type: 'pkcs8', format: 'der' });
    expect(call('crypto.x509.parse_keypair', der, keyDer.toString('base64'))).toMatchObject({
      Certificate: [der],
    });
    expect(call('crypto.x509.parse_keypair', clientLeaf, ecKey)).toMatchObject({
      PrivateKey: { Curve: {} },
    });
  });

  it("refuses a key that is not the certificate's, with Go's texts", () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const other = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => call('crypto.x509.parse_keypair', leaf, other)).toThrow(
      'crypto.x509.parse_keypair: tls: private key does not match public key',
    );
    expect(() => call('crypto.x509.parse_keypair', leaf, ecKey)).toThrow(
      'tls: private key type does not match public key type',
    );
    expect(() => call('crypto.x509.parse_keypair', rsaPkcs8, rsaPkcs8)).toThrow(
      'tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [PRIVATE KEY]',
    );
    const pub = createPublicKey(rsaPkcs8).export({ type: 'spki', format: 'pem' }).toString();
    expect(() => call('crypto.x509.parse_keypair', leaf, pub)).toThrow(
      /tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input/,
    );
    expect(() => call('crypto.x509.parse_keypair', leaf, 'not base64!')).toThrow(/illegal base64/);
  });

  it('runs in a compiled policy', async () => {
    const policy = `package t
subject := crypto.x509.parse_keypair(input.cert, input.key).Leaf.Subject.CommonName
count_keys := count(crypto.parse_private_keys(input.key))
`;
    const input = { cert: leaf, key: rsaPkcs8 };
    expect(await evalRule(policy, 'subject', input)).toBe('payments.example.test');
    expect(await evalRule(policy, 'count_keys', input)).toBe(1);
  });
});
