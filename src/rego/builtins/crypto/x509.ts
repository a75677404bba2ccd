// X.509: `crypto.x509.parse_certificates`, `parse_and_verify_certificates` (with options)
// and `parse_rsa_private_key`, on Node's X509Certificate and KeyObject. OPA returns Go's
// x509.Certificate as JSON; a certificate here carries the fields of it that policies read
// (names, validity, serial, SANs, CA flag, key algorithm, the DER as `Raw`), with Go's
// field names and value forms. Fields Node does not expose (extensions, key usages,
// signature algorithm) are absent. Chains are verified with OPA's options; name
// constraints are not checked.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';

import { any, arrayOf, bool, builtin, objectOf, str, tuple } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { objectOperand, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';
import { pemBlocks } from './pem.js';

/** PEM text, base64 of PEM text, or base64 of DER, as OPA accepts them. */
function certificates(text: string): X509Certificate[] {
  let source = text.trim();
  if (!source.startsWith('-----BEGIN')) {
    const decoded = Buffer.from(source, 'base64');
    if (decoded.length === 0) throw builtinError('no certificates in the input');
    const asText = decoded.toString('latin1');
    if (!asText.trimStart().startsWith('-----BEGIN')) return [parseCertificate(decoded)];
    source = asText;
  }
  const blocks = pemBlocks(source).filter((b) => b.type === 'CERTIFICATE');
  if (blocks.length === 0) throw builtinError('no PEM CERTIFICATE blocks in the input');
  return blocks.map((b) => parseCertificate(b.text));
}

function parseCertificate(data: string | Buffer): X509Certificate {
  try {
    return new X509Certificate(data);
  } catch (error) {
    throw builtinError(`x509: cannot parse certificate: ${(error as Error).message}`);
  }
}

// Go's pkix.Name: each attribute a list (null when absent), CommonName and SerialNumber text.
const NAME_FIELDS: Record<string, string> = {
  C: 'Country',
  O: 'Organization',
  OU: 'OrganizationalUnit',
  L: 'Locality',
  ST: 'Province',
  street: 'StreetAddress',
  postalCode: 'PostalCode',
};

function pkixName(dn: string): Json {
  const out: { [key: string]: Json } = { CommonName: '', SerialNumber: '' };
  for (const field of Object.values(NAME_FIELDS)) out[field] = null;
  for (const line of dn.split('\n')) {
    const at = line.indexOf('=');
    if (at < 0) continue;
    const [key, value] = [line.slice(0, at), line.slice(at + 1)];
    if (key === 'CN') out.CommonName = value;
    else if (key === 'serialNumber') out.SerialNumber = value;
    else {
      const field = Object.hasOwn(NAME_FIELDS, key) ? NAME_FIELDS[key] : undefined;
      if (field) out[field] = [...((out[field] as string[] | null) ?? []), value];
    }
  }
  return out;
}

/** Go's x509 public key algorithm numbers. */
const KEY_ALGORITHMS: Record<string, number> = { rsa: 1, dsa: 2, ec: 3, ed25519: 4 };

function alternativeNames(cert: X509Certificate, kind: string): Json {
  const names = (cert.subjectAltName ?? '')
    .split(', ')
    .filter((entry) => entry.startsWith(`${kind}:`))
    .map((entry) => entry.slice(kind.length + 1));
  return names.length === 0 ? null : names;
}

/** A certificate as OPA writes Go's x509.Certificate, with the fields Node exposes. */
export function describeCertificate(cert: X509Certificate): HostValue {
  const key: KeyObject = cert.publicKey;
  return {
    Raw: cert.raw.toString('base64'),
    Version: 3,
    SerialNumber: BigInt(`0x${cert.serialNumber}`),
    Issuer: pkixName(cert.issuer),
    Subject: pkixName(cert.subject),
    NotBefore: new Date(cert.validFrom).toISOString().replace('.000Z', 'Z'),
    NotAfter: new Date(cert.validTo).toISOString().replace('.000Z', 'Z'),
    IsCA: cert.ca,
    BasicConstraintsValid: cert.ca,
    PublicKeyAlgorithm: KEY_ALGORITHMS[key.asymmetricKeyType ?? ''] ?? 0,
    DNSNames: alternativeNames(cert, 'DNS'),
    EmailAddresses: alternativeNames(cert, 'email'),
    IPAddresses: alternativeNames(cert, 'IP Address'),
  };
}

interface VerifyOptions {
  dnsName?: string;
  /** Milliseconds since the epoch. */
  now: number;
  /** Extended key usages (OIDs) the chain must allow, one of them at least; empty for any. */
  keyUsages: string[];
}

// The names OPA accepts in KeyUsages, and the extended key usage OIDs they stand for.
const KEY_USAGES: Record<string, string> = {
  KeyUsageAny: '2.5.29.37.0',
  KeyUsageServerAuth: '1.3.6.1.5.5.7.3.1',
  KeyUsageClientAuth: '1.3.6.1.5.5.7.3.2',
  KeyUsageCodeSigning: '1.3.6.1.5.5.7.3.3',
  KeyUsageEmailProtection: '1.3.6.1.5.5.7.3.4',
  KeyUsageIPSECEndSystem: '1.3.6.1.5.5.7.3.5',
  KeyUsageIPSECTunnel: '1.3.6.1.5.5.7.3.6',
  KeyUsageIPSECUser: '1.3.6.1.5.5.7.3.7',
  KeyUsageTimeStamping: '1.3.6.1.5.5.7.3.8',
  KeyUsageOCSPSigning: '1.3.6.1.5.5.7.3.9',
  KeyUsageMicrosoftServerGatedCrypto: '1.3.6.1.4.1.311.10.3.3',
  KeyUsageNetscapeServerGatedCrypto: '2.16.840.1.113730.4.1',
  KeyUsageMicrosoftCommercialCodeSigning: '1.3.6.1.4.1.311.2.1.22',
  KeyUsageMicrosoftKernelCodeSigning: '1.3.6.1.4.1.311.61.1.1',
};
const ANY_USAGE = '2.5.29.37.0';

/** OPA's options (DNSName, CurrentTime, MaxConstraintComparisons, KeyUsages), with its errors. */
function verifyOptions(given: { [key: string]: Json }): VerifyOptions {
  // As Go's Verify: with no KeyUsages, the chain must allow server authentication.
  const options: VerifyOptions = {
    now: Date.now(),
    keyUsages: [KEY_USAGES.KeyUsageServerAuth as string],
  };
  for (const [key, value] of Object.entries(given)) {
    if (key === 'DNSName') {
      if (typeof value !== 'string') throw builtinError("'DNSName' should be a string");
      options.dnsName = value;
    } else if (key === 'CurrentTime') {
      if (typeof value !== 'number') throw builtinError("'CurrentTime' should be a number");
      if (!Number.isInteger(value))
        throw builtinError("'CurrentTime' should be a valid int64 number");
      options.now = value / 1e6;
    } else if (key === 'MaxConstraintComparisons') {
      // Name constraints are not checked here, so the bound on checking them has no effect.
      if (typeof value !== 'number')
        throw builtinError("'MaxConstraintComparisons' should be a number");
      if (!Number.isInteger(value))
        throw builtinError("'MaxConstraintComparisons' should be a valid number");
    } else if (key === 'KeyUsages') {
      // A set arrives as an array.
      if (!Array.isArray(value)) throw builtinError("'KeyUsages' should be an Array or Set");
      const names = value.filter((v): v is string => typeof v === 'string');
      const invalid = names.filter((n) => !Object.hasOwn(KEY_USAGES, n));
      if (invalid.length > 0) {
        throw builtinError(`invalid entries for 'KeyUsages' found: [${invalid.join(' ')}]`);
      }
      if (names.length > 0) options.keyUsages = names.map((n) => KEY_USAGES[n] as string);
    } else {
      throw builtinError('invalid key option');
    }
  }
  return options;
}

/** Whether some asked-for usage is allowed by every certificate that restricts usages. */
function usagesAllowed(chain: X509Certificate[], wanted: string[]): boolean {
  if (wanted.includes(ANY_USAGE)) return true;
  let left = wanted;
  for (const cert of chain) {
    const allowed = cert.keyUsage;
    if (!allowed || allowed.length === 0 || allowed.includes(ANY_USAGE)) continue;
    left = left.filter((usage) => allowed.includes(usage));
  }
  return left.length > 0;
}

/**
 * Whether the chain holds: the first certificate is the trusted root, each later one is
 * issued and signed by the one before it, every one is valid at `now`, the ones that
 * issue are CAs, and the last (the leaf) is for `dnsName` when one is asked for.
 */
function chainHolds(chain: X509Certificate[], options: VerifyOptions): boolean {
  const root = chain[0] as X509Certificate;
  if (!root.ca || !root.checkIssued(root) || !root.verify(root.publicKey)) return false;
  if (!usagesAllowed(chain, options.keyUsages)) return false;
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i] as X509Certificate;
    const [from, to] = [Date.parse(cert.validFrom), Date.parse(cert.validTo)];
    if (options.now < from || options.now > to) return false;
    if (i === 0) continue;
    const issuer = chain[i - 1] as X509Certificate;
    if (!issuer.ca || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return false;
  }
  const leaf = chain[chain.length - 1] as X509Certificate;
  return options.dnsName === undefined || leaf.checkHost(options.dnsName) !== undefined;
}

function parseAndVerify(certs: Json, options: VerifyOptions): HostValue {
  let chain: X509Certificate[];
  try {
    chain = certificates(stringOperand(certs, 1));
  } catch {
    return [false, []];
  }
  // Go's Verify needs a leaf besides the root.
  if (chain.length < 2 || !chainHolds(chain, options)) return [false, []];
  return [true, chain.map(describeCertificate)];
}

function rsaPrivateKey(pem: Json): Json {
  let text = stringOperand(pem, 1).trim();
  if (!text.startsWith('-----BEGIN')) text = Buffer.from(text, 'base64').toString('latin1');
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch (error) {
    throw builtinError(`failed to parse a PEM private key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw builtinError(`the key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not RSA`);
  }
  return key.export({ format: 'jwk' }) as Json;
}

const certificateList = arrayOf(objectOf(str, any));

export const x509: BuiltinSpec[] = [
  builtin('crypto.x509.parse_certificates', [str], certificateList, {
    host: (certs) => certificates(stringOperand(certs, 1)).map(describeCertificate),
  }),
  builtin('crypto.x509.parse_and_verify_certificates', [str], tuple(bool, certificateList), {
    host: (certs) => parseAndVerify(certs, verifyOptions({})),
  }),
  builtin(
    'crypto.x509.parse_and_verify_certificates_with_options',
    [str, objectOf(str, any)],
    tuple(bool, certificateList),
    { host: (certs, opts) => parseAndVerify(certs, verifyOptions(objectOperand(opts, 2))) },
  ),
  builtin('crypto.x509.parse_rsa_private_key', [str], objectOf(str, any), {
    host: rsaPrivateKey,
  }),
];
