import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { hostBuiltins } from '../../../../src/rego/builtins/index.js';
import { call, callLenient } from '../call.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'x509', name), 'utf8');
const root = fixture('root.pem');
const leaf = fixture('leaf.pem');
const otherRoot = fixture('other-root.pem');
const clientRoot = fixture('client-root.pem');
const clientLeaf = fixture('client-leaf.pem');

describe('crypto.x509.parse_certificates', () => {
  it("reads PEM into Go's field names and forms", () => {
    const [cert] = call('crypto.x509.parse_certificates', leaf) as Record<string, unknown>[];
    expect(cert).toMatchObject({
      Version: 3,
      Subject: { CommonName: 'payments.example.test', Organization: ['Example'], Country: null },
      Issuer: { CommonName: 'Example Root CA', Organization: ['Example Trust'], Country: ['GB'] },
      DNSNames: ['payments.example.test', 'api.example.test'],
      IPAddresses: ['192.0.2.10'],
      EmailAddresses: ['ops@example.test'],
      IsCA: false,
      PublicKeyAlgorithm: 1,
    });
    expect(cert?.NotAfter).toMatch(/^21\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // The serial (80 bits) reaches the module exactly, as JSON text with its digits.
    const raw = hostBuiltins()['crypto.x509.parse_certificates']?.(leaf) as ArrayBuffer;
    expect(new TextDecoder().decode(raw)).toContain(
      `"SerialNumber":${0x0123456789abcdef0123n.toString()}`,
    );
  });

  it('reads several PEM blocks, base64 of PEM and base64 of DER', () => {
    expect(call('crypto.x509.parse_certificates', root + leaf)).toHaveLength(2);
    expect(
      call('crypto.x509.parse_certificates', Buffer.from(leaf).toString('base64')),
    ).toHaveLength(1);
    const der = (call('crypto.x509.parse_certificates', leaf) as { Raw: string }[])[0]?.Raw;
    expect(call('crypto.x509.parse_certificates', der as string)).toHaveLength(1);
  });

  it('fails on what is not a certificate', () => {
    expect(() => call('crypto.x509.parse_certificates', 'bm90IGEgY2VydA==')).toThrow(
      /crypto.x509.parse_certificates: x509: cannot parse certificate/,
    );
    expect(callLenient('crypto.x509.parse_certificates', '')).toBeUndefined();
  });
});

describe('crypto.x509.parse_and_verify_certificates', () => {
  it('holds for a root followed by the leaf it issued', () => {
    const [ok, certs] = call('crypto.x509.parse_and_verify_certificates', root + leaf) as [
      boolean,
      unknown[],
    ];
    expect(ok).toBe(true);
    expect(certs).toHaveLength(2);
  });

  it('fails for a leaf under another root, the wrong order, a lone certificate', () => {
    for (const chain of [otherRoot + leaf, leaf + root, root, 'garbage']) {
      expect(call('crypto.x509.parse_and_verify_certificates', chain)).toEqual([false, []]);
    }
  });

  it("checks OPA's options: DNS name, time, key usages", () => {
    const verify = (options: Record<string, unknown>, chain = root + leaf) =>
      (
        call('crypto.x509.parse_and_verify_certificates_with_options', chain, options as never) as [
          boolean,
        ]
      )[0];
    expect(verify({ DNSName: 'api.example.test' })).toBe(true);
    expect(verify({ DNSName: 'evil.example.test' })).toBe(false);
    expect(verify({ CurrentTime: Date.parse('1990-01-01') * 1e6 })).toBe(false);
    expect(verify({ MaxConstraintComparisons: 10 })).toBe(true);
    // A certificate for client authentication only: as in Go, the default asks for server
    // authentication, so the chain holds only when the usage is asked for (or any).
    const clientChain = clientRoot + clientLeaf;
    expect(call('crypto.x509.parse_and_verify_certificates', clientChain)).toEqual([false, []]);
    expect(verify({}, clientChain)).toBe(false);
    expect(verify({ KeyUsages: ['KeyUsageClientAuth'] }, clientChain)).toBe(true);
    expect(verify({ KeyUsages: ['KeyUsageAny'] }, clientChain)).toBe(true);
    expect(verify({ KeyUsages: ['KeyUsageCodeSigning'] }, clientChain)).toBe(false);
    // The first leaf restricts nothing, so any usage is allowed.
    expect(verify({ KeyUsages: ['KeyUsageCodeSigning'] })).toBe(true);
  });

  it("rejects options as OPA does, with OPA's texts", () => {
    const verify = (options: Record<string, unknown>) =>
      call('crypto.x509.parse_and_verify_certificates_with_options', root + leaf, options as never);
    expect(() => verify({ MaxVerifyDepth: 0 })).toThrow(/: invalid key option$/);
    expect(() => verify({ DNSName: 1 })).toThrow("'DNSName' should be a string");
    expect(() => verify({ CurrentTime: 'now' })).toThrow("'CurrentTime' should be a number");
    expect(() => verify({ CurrentTime: 1.5 })).toThrow(
      "'CurrentTime' should be a valid int64 number",
    );
    expect(() => verify({ KeyUsages: 'KeyUsageAny' })).toThrow(
      "'KeyUsages' should be an Array or Set",
    );
    expect(() => verify({ KeyUsages: ['KeyUsageAny', 'Nope', 'Other'] })).toThrow(
      "invalid entries for 'KeyUsages' found: [Nope Other]",
    );
  });
});

describe('crypto.x509.parse_rsa_private_key', () => {
  it('gives the key as a JWK', () => {
    expect(call('crypto.x509.parse_rsa_private_key', fixture('leaf.key'))).toMatchObject({
      kty: 'RSA',
      e: 'AQAB',
      n: expect.any(String),
      d: expect.any(String),
    });
    expect(() => call('crypto.x509.parse_rsa_private_key', 'nope')).toThrow(/failed to parse/);
  });
});
