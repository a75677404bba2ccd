// crypto.x509.parse_certificate_request: Go's x509.CertificateRequest as OPA returns it,
// for requests OpenSSL made (test/fixtures/x509/csr/README.md says how).
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { hostBuiltins } from '../../../../src/rego/builtins/index.js';
import { call, callLenient } from '../call.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../fixtures/x509/csr', name), 'utf8');
const parse = (text: string) =>
  call('crypto.x509.parse_certificate_request', text) as Record<string, unknown>;
const derBase64 = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, '');

describe('crypto.x509.parse_certificate_request', () => {
  it('reads the subject, the algorithms and the RSA key of a PEM request', () => {
    const csr = parse(fixture('rsa.csr'));
    expect(csr).toMatchObject({
      Version: 0,
      SignatureAlgorithm: 4, // SHA256WithRSA
      PublicKeyAlgorithm: 1, // RSA
      Subject: {
        CommonName: 'svc.example.com',
        Country: ['DE'],
        Organization: ['Example Org'],
        OrganizationalUnit: ['Access'],
        Locality: null,
        SerialNumber: '',
        Names: [
          { Type: [2, 5, 4, 6], Value: 'DE' },
          { Type: [2, 5, 4, 10], Value: 'Example Org' },
          { Type: [2, 5, 4, 11], Value: 'Access' },
          { Type: [2, 5, 4, 3], Value: 'svc.example.com' },
        ],
        ExtraNames: null,
      },
    });
    const jwk = createPrivateKey(fixture('rsa.key')).export({ format: 'jwk' });
    const modulus = BigInt(`0x${Buffer.from(jwk.n as string, 'base64url').toString('hex')}`);
    // The modulus is past 2^53: the module receives it exactly, as JSON text.
    const raw = hostBuiltins({ strict: true })['crypto.x509.parse_certificate_request']!(
      fixture('rsa.csr'),
    );
    expect(raw).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(raw as ArrayBuffer)).toContain(
      `"PublicKey":{"N":${modulus},"E":65537}`,
    );
    // Raw is the whole request, DER, base64.
    expect(csr.Raw).toBe(derBase64(fixture('rsa.csr')));
  });

  it('splits the subject alternative names of the extension request as Go does', () => {
    const csr = parse(fixture('rsa.csr'));
    expect(csr).toMatchObject({
      DNSNames: ['svc.example.com', 'alt.example.com'],
      EmailAddresses: ['ops@example.com'],
      IPAddresses: ['192.0.2.7'],
      URIs: [{ Scheme: 'spiffe', Host: 'example.org', Path: '/svc', User: null, RawPath: '' }],
      Extensions: [{ Id: [2, 5, 29, 17], Critical: false }],
      ExtraExtensions: null,
    });
    expect((csr.Attributes as { Type: number[] }[])[0]?.Type).toEqual([
      1, 2, 840, 113549, 1, 9, 14,
    ]);
  });

  it('reads ECDSA and Ed25519 requests, and base64 of the DER', () => {
    const ec = parse(derBase64(fixture('ec.csr')));
    expect(ec).toMatchObject({
      SignatureAlgorithm: 10, // ECDSAWithSHA256
      PublicKeyAlgorithm: 3,
      PublicKey: { Curve: {}, X: expect.any(Number), Y: expect.any(Number) },
      Subject: { CommonName: 'ec.example.com' },
      DNSNames: null,
      Extensions: null,
    });
    const ed = parse(Buffer.from(fixture('ed.csr')).toString('base64'));
    expect(ed).toMatchObject({ SignatureAlgorithm: 16, PublicKeyAlgorithm: 4 });
    expect(Buffer.from(ed.PublicKey as string, 'base64')).toHaveLength(32);
  });

  it('refuses what is not a certificate request, saying what it got', () => {
    const key = fixture('rsa.key');
    expect(() => parse(Buffer.from(key).toString('base64'))).toThrow(
      'crypto.x509.parse_certificate_request: invalid PEM-encoded certificate signing request',
    );
    expect(() => parse('not base64!')).toThrow(/illegal base64 data in the input/);
    const der = Buffer.from(derBase64(fixture('ec.csr')), 'base64');
    expect(() => parse(der.subarray(0, der.length - 5).toString('base64'))).toThrow(
      /x509: malformed certificate request: element longer than its container/,
    );
    expect(() => parse(Buffer.from([0x30, 0x00]).toString('base64'))).toThrow(
      /malformed certificate request: expected request info/,
    );
    expect(callLenient('crypto.x509.parse_certificate_request', 'not base64!')).toBeUndefined();
  });

  it('refuses hostile lengths and trailing bytes without reading past the input', () => {
    // A length of 2^32 - 1 in a 10-byte input.
    const huge = Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x00, 0x00]);
    expect(() => parse(huge.toString('base64'))).toThrow(/element longer than its container/);
    const der = Buffer.from(derBase64(fixture('ec.csr')), 'base64');
    expect(() => parse(Buffer.concat([der, Buffer.from([0])]).toString('base64'))).toThrow(
      /trailing data after the element/,
    );
  });
});
