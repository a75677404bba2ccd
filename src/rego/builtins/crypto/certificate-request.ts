// `crypto.x509.parse_certificate_request`: a PKCS #10 certificate signing request (PEM, or
// base64 of PEM or of DER, as OPA accepts it) as OPA returns it: Go's
// x509.CertificateRequest encoded as JSON. Byte fields are base64, object identifiers
// lists of arcs, algorithms Go's enum numbers, the public key Go's key struct (RSA `N`
// and `E`, ECDSA `X` and `Y`, Ed25519 the key's bytes), and the subject alternative
// names of the extension request split into DNS names, e-mail addresses, IP addresses
// and URIs. The request is taken apart with der.ts; its signature is not checked (Go's
// ParseCertificateRequest does not check it either).
import { createPublicKey } from 'node:crypto';

import { parseUrl, UrlError } from '../encoding/uri.js';
import { any, builtin, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';
import {
  children,
  DerError,
  expect,
  oidArcs,
  readOne,
  smallInteger,
  stringValue,
  TAG,
  type Der,
} from './der.js';
import { pemBlocks } from './pem.js';

type Node = { [key: string]: HostValue };

const PEM_HEADER = '-----BEGIN CERTIFICATE REQUEST-----';

/** The DER bytes of the request, as OPA finds them in its operand. */
function requestBytes(text: string): Buffer {
  let bytes: Buffer;
  if (text.startsWith(PEM_HEADER)) {
    bytes = Buffer.from(text, 'latin1');
  } else {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/[\r\n]/g, ''))) {
      throw builtinError(
        'illegal base64 data in the input: give PEM text, or base64 of PEM or DER',
      );
    }
    bytes = Buffer.from(text, 'base64');
  }
  const latin1 = bytes.toString('latin1');
  if (!latin1.includes('-----BEGIN ')) return bytes;
  const block = pemBlocks(latin1)[0];
  if (block === undefined) return bytes;
  if (block.type !== 'CERTIFICATE REQUEST') {
    throw builtinError('invalid PEM-encoded certificate signing request');
  }
  const body = block.text.split('\n').filter((line) => !line.startsWith('-----'));
  return Buffer.from(body.join(''), 'base64');
}

// Go's x509.SignatureAlgorithm and PublicKeyAlgorithm numbers, by OID.
const SIGNATURE_ALGORITHMS: Record<string, number> = {
  '1.2.840.113549.1.1.2': 1,
  '1.2.840.113549.1.1.4': 2,
  '1.2.840.113549.1.1.5': 3,
  '1.2.840.113549.1.1.11': 4,
  '1.2.840.113549.1.1.12': 5,
  '1.2.840.113549.1.1.13': 6,
  '1.2.840.10040.4.3': 7,
  '2.16.840.1.101.3.4.3.2': 8,
  '1.2.840.10045.4.1': 9,
  '1.2.840.10045.4.3.2': 10,
  '1.2.840.10045.4.3.3': 11,
  '1.2.840.10045.4.3.4': 12,
  '1.3.101.112': 16,
};
const RSA_PSS = '1.2.840.113549.1.1.10';
// RSASSA-PSS is told apart by its hash: SHA-256, -384 and -512.
const PSS_BY_HASH: Record<string, number> = {
  '2.16.840.1.101.3.4.2.1': 13,
  '2.16.840.1.101.3.4.2.2': 14,
  '2.16.840.1.101.3.4.2.3': 15,
};
const PUBLIC_KEY_ALGORITHMS: Record<string, number> = {
  '1.2.840.113549.1.1.1': 1,
  '1.2.840.10040.4.1': 2,
  '1.2.840.10045.2.1': 3,
  '1.3.101.112': 4,
};

// Go's pkix.Name fields, by attribute type.
const NAME_LISTS: Record<string, string> = {
  '2.5.4.6': 'Country',
  '2.5.4.10': 'Organization',
  '2.5.4.11': 'OrganizationalUnit',
  '2.5.4.7': 'Locality',
  '2.5.4.8': 'Province',
  '2.5.4.9': 'StreetAddress',
  '2.5.4.17': 'PostalCode',
};
const COMMON_NAME = '2.5.4.3';
const SERIAL_NUMBER = '2.5.4.5';
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';

const dotted = (arcs: number[]) => arcs.join('.');

function signatureAlgorithm(der: Der): number {
  const [oid, params] = children(expect(der, TAG.SEQUENCE, 'an algorithm identifier'));
  const id = dotted(oidArcs(oid as Der));
  if (id !== RSA_PSS) return SIGNATURE_ALGORITHMS[id] ?? 0;
  // RSASSA-PSS-params: [0] hashAlgorithm AlgorithmIdentifier, SHA-1 when absent.
  const hash = params === undefined ? undefined : children(params).find((p) => p.tag === 0xa0);
  if (hash === undefined) return 0;
  const [hashAlgorithm] = children(hash);
  const [hashOid] = children(expect(hashAlgorithm, TAG.SEQUENCE, 'a hash algorithm'));
  return PSS_BY_HASH[dotted(oidArcs(hashOid as Der))] ?? 0;
}

/** A value Go's asn1 decodes into an interface: strings, integers, booleans, else bytes. */
function anyValue(der: Der): HostValue {
  const text = stringValue(der);
  if (text !== undefined) return text;
  if (der.tag === TAG.INTEGER) {
    const hex = der.content.toString('hex');
    let n = BigInt(`0x${hex || '0'}`);
    if (der.content.length > 0 && ((der.content[0] as number) & 0x80) !== 0) {
      n -= 1n << BigInt(der.content.length * 8);
    }
    return n;
  }
  if (der.tag === TAG.BOOLEAN) return der.content[0] !== 0;
  if (der.tag === TAG.OID) return oidArcs(der);
  return der.content.toString('base64');
}

/** Go's pkix.Name from an RDNSequence. */
function pkixName(der: Der): Node {
  const name: Node = { CommonName: '', SerialNumber: '' };
  for (const field of Object.values(NAME_LISTS)) name[field] = null;
  const names: HostValue[] = [];
  for (const rdn of children(expect(der, TAG.SEQUENCE, 'a name'))) {
    for (const atv of children(expect(rdn, TAG.SET, 'a relative distinguished name'))) {
      const [type, value] = children(expect(atv, TAG.SEQUENCE, 'an attribute'));
      if (value === undefined) throw new DerError('an attribute without a value');
      const arcs = oidArcs(type as Der);
      const v = anyValue(value);
      names.push({ Type: arcs, Value: v });
      if (typeof v !== 'string') continue;
      const id = dotted(arcs);
      const list = NAME_LISTS[id];
      if (list !== undefined) name[list] = [...((name[list] as string[] | null) ?? []), v];
      else if (id === COMMON_NAME) name.CommonName = v;
      else if (id === SERIAL_NUMBER) name.SerialNumber = v;
    }
  }
  name.Names = names;
  name.ExtraNames = null;
  return name;
}

/** Go's key struct for a SubjectPublicKeyInfo, and the algorithm's number. */
function publicKey(spki: Der): [number, HostValue] {
  const [algorithm] = children(expect(spki, TAG.SEQUENCE, 'a public key'));
  const [oid] = children(expect(algorithm, TAG.SEQUENCE, 'a key algorithm'));
  const kind = PUBLIC_KEY_ALGORITHMS[dotted(oidArcs(oid as Der))] ?? 0;
  if (kind === 0 || kind === 2) return [kind, null];
  let jwk: { n?: string; e?: string; x?: string; y?: string };
  try {
    jwk = createPublicKey({ key: spki.full, format: 'der', type: 'spki' }).export({
      format: 'jwk',
    });
  } catch (error) {
    throw builtinError(`x509: failed to parse public key: ${(error as Error).message}`);
  }
  const big = (b64url = '') =>
    BigInt(`0x${Buffer.from(b64url, 'base64url').toString('hex') || '0'}`);
  if (kind === 1) return [kind, { N: big(jwk.n), E: Number(big(jwk.e)) }];
  if (kind === 3) return [kind, { Curve: {}, X: big(jwk.x), Y: big(jwk.y) }];
  return [kind, Buffer.from(jwk.x ?? '', 'base64url').toString('base64')];
}

interface Attributes {
  attributes: HostValue[];
  extensions: Node[];
}

/**
 * The attributes Go's asn1 reads as AttributeTypeAndValueSET (type and a set of
 * type-value sequences), and the extensions of every extension request.
 */
function attributes(der: Der | undefined): Attributes {
  const out: Attributes = { attributes: [], extensions: [] };
  if (der === undefined) return out;
  for (const attribute of children(der)) {
    const [type, values] = children(expect(attribute, TAG.SEQUENCE, 'an attribute'));
    const arcs = oidArcs(type as Der);
    const sets = children(expect(values, TAG.SET, 'attribute values'));
    const value = readableSets(sets);
    if (value !== undefined) out.attributes.push({ Type: arcs, Value: value });
    if (dotted(arcs) !== EXTENSION_REQUEST) continue;
    for (const list of sets) {
      for (const ext of children(expect(list, TAG.SEQUENCE, 'extensions'))) {
        const parts = children(expect(ext, TAG.SEQUENCE, 'an extension'));
        const critical = parts.length === 3 ? parts[1]!.content[0] !== 0 : false;
        const octets = expect(parts[parts.length - 1], TAG.OCTET_STRING, 'an extension value');
        out.extensions.push({
          Id: oidArcs(parts[0] as Der),
          Critical: critical,
          Value: octets.content.toString('base64'),
        });
      }
    }
  }
  return out;
}

/** Attribute values as `[][]AttributeTypeAndValue`, or undefined when they are not that. */
function readableSets(sets: Der[]): HostValue[] | undefined {
  const out: HostValue[] = [];
  for (const set of sets) {
    if (set.tag !== TAG.SEQUENCE && set.tag !== TAG.SET) return undefined;
    const row: HostValue[] = [];
    for (const item of children(set)) {
      if (item.tag !== TAG.SEQUENCE) return undefined;
      const [type, value] = children(item);
      if (type?.tag !== TAG.OID || value === undefined) return undefined;
      row.push({ Type: oidArcs(type), Value: anyValue(value) });
    }
    out.push(row);
  }
  return out;
}

interface AltNames {
  DNSNames: string[];
  EmailAddresses: string[];
  IPAddresses: string[];
  URIs: HostValue[];
}

function alternativeNames(extensions: Node[]): AltNames {
  const names: AltNames = { DNSNames: [], EmailAddresses: [], IPAddresses: [], URIs: [] };
  for (const ext of extensions) {
    if (dotted(ext.Id as number[]) !== SUBJECT_ALT_NAME) continue;
    const value = readOne(Buffer.from(ext.Value as string, 'base64'));
    for (const general of children(expect(value, TAG.SEQUENCE, 'subject alternative names'))) {
      const text = general.content.toString('utf8');
      if (general.tag === 0x81) names.EmailAddresses.push(text);
      else if (general.tag === 0x82) names.DNSNames.push(text);
      else if (general.tag === 0x86) names.URIs.push(goUrl(text));
      else if (general.tag === 0x87) names.IPAddresses.push(ipText(general.content));
    }
  }
  return names;
}

function ipText(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length !== 16)
    throw builtinError(`x509: cannot parse IP address of length ${bytes.length}`);
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
  // Go prints the longest run of two or more zero groups as `::`.
  let best = [-1, 0];
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best[1]! && j - i >= 2) best = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best[0]! < 0) return groups.join(':');
  const [at, run] = best as [number, number];
  return `${groups.slice(0, at).join(':')}::${groups.slice(at + run).join(':')}`;
}

/** Go's url.URL as encoding/json writes it. */
function goUrl(text: string): Node {
  try {
    const url = parseUrl(text);
    return {
      Scheme: url.scheme,
      Opaque: '',
      User: null,
      Host: url.host,
      Path: url.path,
      RawPath: url.rawPath === url.path ? '' : url.rawPath,
      OmitHost: false,
      ForceQuery: false,
      RawQuery: url.rawQuery,
      Fragment: url.fragment,
      RawFragment: '',
    };
  } catch (error) {
    if (!(error instanceof UrlError)) throw error;
    throw builtinError(`x509: cannot parse URI ${JSON.stringify(text)}: ${error.message}`);
  }
}

const orNull = <T>(list: T[]): T[] | null => (list.length === 0 ? null : list);

function parseRequest(input: Json): HostValue {
  const bytes = requestBytes(stringOperand(input, 1));
  try {
    const request = readOne(bytes);
    const [info, algorithm, signature] = children(expect(request, TAG.SEQUENCE, 'a request'));
    const [version, subject, spki, attrs] = children(expect(info, TAG.SEQUENCE, 'request info'));
    const signatureBits = expect(signature, TAG.BIT_STRING, 'a signature');
    const [keyAlgorithm, key] = publicKey(expect(spki, TAG.SEQUENCE, 'a public key'));
    const { attributes: readable, extensions } = attributes(
      attrs?.tag === 0xa0 ? attrs : undefined,
    );
    const alt = alternativeNames(extensions);
    return {
      Raw: request.full.toString('base64'),
      RawTBSCertificateRequest: (info as Der).full.toString('base64'),
      RawSubjectPublicKeyInfo: (spki as Der).full.toString('base64'),
      RawSubject: (subject as Der).full.toString('base64'),
      Version: smallInteger(version as Der),
      Signature: signatureBits.content.subarray(1).toString('base64'),
      SignatureAlgorithm: signatureAlgorithm(algorithm as Der),
      PublicKeyAlgorithm: keyAlgorithm,
      PublicKey: key,
      Subject: pkixName(subject as Der),
      Attributes: orNull(readable),
      Extensions: orNull(extensions),
      ExtraExtensions: null,
      DNSNames: orNull(alt.DNSNames),
      EmailAddresses: orNull(alt.EmailAddresses),
      IPAddresses: orNull(alt.IPAddresses),
      URIs: orNull(alt.URIs),
    };
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw builtinError(`x509: malformed certificate request: ${error.message}`);
  }
}

export const certificateRequests: BuiltinSpec[] = [
  builtin('crypto.x509.parse_certificate_request', [str], objectOf(str, any), {
    host: parseRequest,
  }),
];
