// Private keys: `crypto.parse_private_keys` and `crypto.x509.parse_keypair`. OPA returns
// Go's key structs as JSON (`rsa.PrivateKey` as N, E, D, Primes and Precomputed, an ECDSA
// key as Curve, X, Y and D, an Ed25519 key as base64 bytes), with the big integers as
// exact numbers; the same shapes are built here from Node's KeyObject.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';

import { any, arrayOf, builtin, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';
import { pemBlocks } from './pem.js';
import { describeCertificate } from './x509.js';

const KEY_BLOCKS = ['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY'];

/** Go's base64.StdEncoding.DecodeString succeeds only on padded standard base64. */
function strictBase64(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return Buffer.from(text, 'base64');
}

const integer = (base64url: string | undefined): bigint =>
  BigInt(`0x${Buffer.from(base64url ?? '', 'base64url').toString('hex') || '0'}`);

/** A private key as Go's encoding/json writes the struct `x509.Parse*PrivateKey` returns. */
function goKey(key: KeyObject): HostValue {
  const jwk = key.export({ format: 'jwk' });
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return {
        N: integer(jwk.n),
        E: Number(integer(jwk.e)),
        D: integer(jwk.d),
        Primes: [integer(jwk.p), integer(jwk.q)],
        Precomputed: {
          Dp: integer(jwk.dp),
          Dq: integer(jwk.dq),
          Qinv: integer(jwk.qi),
          CRTValues: [],
        },
      };
    case 'ec':
      // Go's curve value has no exported fields, so it is written as an empty object.
      return { Curve: {}, X: integer(jwk.x), Y: integer(jwk.y), D: integer(jwk.d) };
    case 'ed25519':
      // Go's ed25519.PrivateKey is the seed followed by the public key.
      return Buffer.concat([
        Buffer.from(jwk.d ?? '', 'base64url'),
        Buffer.from(jwk.x ?? '', 'base64url'),
      ]).toString('base64');
    default:
      throw builtinError(
        `x509: PKCS#8 wrapping contained private key with unknown algorithm: ${key.asymmetricKeyType ?? 'none'}`,
      );
  }
}

function readKey(pem: string, block: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch (error) {
    throw builtinError(`x509: failed to parse ${block}: ${(error as Error).message}`);
  }
}

/**
 * Every private key in `text`: PEM blocks (PKCS #1 RSA, PKCS #8, SEC 1 EC), the whole
 * optionally base64-encoded. Blocks of other types are skipped, as OPA skips them.
 */
function parsePrivateKeys(input: Json): HostValue {
  const text = stringOperand(input, 1);
  if (text === '') return null;
  const source = strictBase64(text)?.toString('latin1') ?? text;
  return pemBlocks(source)
    .filter((b) => KEY_BLOCKS.includes(b.type))
    .map((b) => goKey(readKey(b.text, b.type)));
}

/** PEM text, or base64 of PEM or of DER (wrapped into a PEM block of `type`). */
function pemText(text: string, type: string): string {
  if (text.startsWith('-----BEGIN ')) return text;
  const decoded = strictBase64(text);
  if (!decoded) throw builtinError('illegal base64 data in the input');
  const asText = decoded.toString('latin1');
  if (asText.startsWith('-----BEGIN ')) return asText;
  const lines = decoded.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

/** Go's tls.X509KeyPair: the certificate chain and the key that matches its leaf. */
function parseKeyPair(certInput: Json, keyInput: Json): HostValue {
  const certText = pemText(stringOperand(certInput, 1), 'CERTIFICATE');
  const keyText = pemText(stringOperand(keyInput, 2), 'PRIVATE KEY');
  const certBlocks = pemBlocks(certText);
  const certs = certBlocks.filter((b) => b.type === 'CERTIFICATE');
  if (certs.length === 0) {
    throw builtinError(
      certBlocks.length === 0
        ? 'tls: failed to find any PEM data in certificate input'
        : `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${certBlocks.map((b) => b.type).join(' ')}]`,
    );
  }
  const keyBlocks = pemBlocks(keyText);
  const keyBlock = keyBlocks.find((b) => b.type.endsWith('PRIVATE KEY'));
  if (!keyBlock) {
    throw builtinError(
      keyBlocks.length === 0
        ? 'tls: failed to find any PEM data in key input'
        : `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${keyBlocks.map((b) => b.type).join(' ')}]`,
    );
  }
  let chain: X509Certificate[];
  let key: KeyObject;
  try {
    chain = certs.map((b) => new X509Certificate(b.text));
  } catch (error) {
    throw builtinError(`x509: cannot parse certificate: ${(error as Error).message}`);
  }
  try {
    key = createPrivateKey(keyBlock.text);
  } catch {
    throw builtinError('tls: failed to parse private key');
  }
  const leaf = chain[0] as X509Certificate;
  if (leaf.publicKey.asymmetricKeyType !== key.asymmetricKeyType) {
    throw builtinError('tls: private key type does not match public key type');
  }
  if (!leaf.checkPrivateKey(key)) throw builtinError('tls: private key does not match public key');
  return {
    Certificate: chain.map((c) => c.raw.toString('base64')),
    PrivateKey: goKey(key),
    OCSPStaple: null,
    SignedCertificateTimestamps: null,
    SupportedSignatureAlgorithms: null,
    Leaf: describeCertificate(leaf),
  };
}

export const keys: BuiltinSpec[] = [
  builtin('crypto.parse_private_keys', [str], arrayOf(objectOf(str, any)), {
    host: parsePrivateKeys,
  }),
  builtin('crypto.x509.parse_keypair', [str, str], objectOf(str, any), { host: parseKeyPair }),
];
