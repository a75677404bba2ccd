// X.509: `crypto.x509.parse_certificates`, `parse_and_verify_certificates` (with options)
// and `parse_rsa_private_key`, on Node's X509Certificate and KeyObject. OPA returns Go's
// x509.Certificate as JSON; a certificate here carries the fields of it that policies read
// (names, validity, serial, SANs, CA flag, key algorithm, the DER as `Raw`), with Go's
// field names and value forms. Fields Node does not expose (extensions, key usages,
// signature algorithm) are absent.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';

import { any, arrayOf, bool, builtin, objectOf, str, tuple } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { objectOperand, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

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
  const blocks = [...source.matchAll(PEM_BLOCK)].filter((m) => m[1] === 'CERTIFICATE');
  if (blocks.length === 0) throw builtinError('no PEM CERTIFICATE blocks in the input');
  return blocks.map((m) => parseCertificate(m[0]));
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

function describe(cert: X509Certificate): HostValue {
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
  maxDepth?: number;
}

const OPTION_NAMES = ['DNSName', 'CurrentTime', 'MaxVerifyDepth'];

function verifyOptions(given: { [key: string]: Json }): VerifyOptions {
  const unknown = Object.keys(given).filter((k) => !OPTION_NAMES.includes(k));
  if (unknown.length > 0) {
    throw builtinError(
      `unsupported options ${unknown.join(', ')}; known: ${OPTION_NAMES.join(', ')}`,
    );
  }
  const { DNSName: dns, CurrentTime: time, MaxVerifyDepth: depth } = given;
  if (dns !== undefined && typeof dns !== 'string') throw builtinError('DNSName must be a string');
  if (time !== undefined && typeof time !== 'number') {
    throw builtinError('CurrentTime must be a number of nanoseconds since the epoch');
  }
  if (depth !== undefined && (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0)) {
    throw builtinError('MaxVerifyDepth must be a whole number, 0 or more');
  }
  return {
    dnsName: dns,
    now: time === undefined ? Date.now() : time / 1e6,
    maxDepth: depth === undefined ? undefined : depth,
  };
}

/**
 * Whether the chain holds: the first certificate is the trusted root, each later one is
 * issued and signed by the one before it, every one is valid at `now`, the ones that
 * issue are CAs, and the last (the leaf) is for `dnsName` when one is asked for.
 */
function chainHolds(chain: X509Certificate[], options: VerifyOptions): boolean {
  const root = chain[0] as X509Certificate;
  if (!root.ca || !root.checkIssued(root) || !root.verify(root.publicKey)) return false;
  if (options.maxDepth !== undefined && chain.length > options.maxDepth + 1) return false;
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
  return [true, chain.map(describe)];
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
    host: (certs) => certificates(stringOperand(certs, 1)).map(describe),
  }),
  builtin('crypto.x509.parse_and_verify_certificates', [str], tuple(bool, certificateList), {
    host: (certs) => parseAndVerify(certs, { now: Date.now() }),
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
