import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { pemBlocks } from '../../../../src/rego/builtins/crypto/pem.js';
import { call, callLenient } from '../call.js';

const leaf = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'fixtures', 'x509', 'leaf.pem'),
  'utf8',
);

describe('PEM blocks', () => {
  it('finds each block with its type, skipping text around and between them', () => {
    const blocks = pemBlocks(`junk\n${leaf}between\n${leaf}`);
    expect(blocks.map((b) => b.type)).toEqual(['CERTIFICATE', 'CERTIFICATE']);
    expect(blocks[0]?.text).toBe(leaf.trimEnd());
  });

  it('skips a block whose END names another type, as Go does', () => {
    const bad = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END PRIVATE KEY-----\n';
    expect(pemBlocks(bad + leaf).map((b) => b.type)).toEqual(['CERTIFICATE']);
    expect(pemBlocks('-----BEGIN lower-----\nAA\n-----END lower-----')).toEqual([]);
    expect(pemBlocks('-----BEGIN CERTIFICATE-----\nAA')).toEqual([]);
  });

  it('reads a hostile input of many lone BEGIN lines in linear time', () => {
    const hostile = '-----BEGIN CERTIFICATE-----\n'.repeat(100_000) + leaf;
    const started = performance.now();
    expect(pemBlocks(hostile)).toHaveLength(1);
    expect(callLenient('crypto.parse_private_keys', hostile)).toEqual([]);
    expect(call('crypto.x509.parse_certificates', hostile)).toHaveLength(1);
    // A pairing regular expression takes minutes here; noisy on a shared machine.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
