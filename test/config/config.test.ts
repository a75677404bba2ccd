import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { ConfigError, DEFAULT_CONFIG, parseConfig } from '../../src/config/config.js';

function problems(text: string): string[] {
  try {
    parseConfig('accessctl.yaml', text);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.findings.map((f) => `${f.line}:${f.column} ${f.message}`);
    throw error;
  }
  return [];
}

describe('accessctl.yaml', () => {
  it('gives the defaults when the file is missing or empty', () => {
    expect(parseConfig('accessctl.yaml', undefined)).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('accessctl.yaml', '# nothing yet\n')).toEqual(DEFAULT_CONFIG);
  });

  it('overrides only the keys it names', () => {
    const config = parseConfig(
      'accessctl.yaml',
      'approvals:\n  allowStale: true\npolicyOwners: [user:pete, team:security]\nbreakGlass:\n  maxHours: 8\n',
    );
    expect(config.approvals.allowStale).toBe(true);
    expect(config.policyOwners).toEqual(['user:pete', 'team:security']);
    expect(config.breakGlass).toEqual({ label: 'emergency', maxHours: 8, reviewWithinHours: 72 });
    expect(config.separation).toEqual(DEFAULT_CONFIG.separation);
    expect(config.evaluation).toEqual({ timeoutSeconds: 30 });
  });

  it.each([
    [
      'evaluation:\n  timeoutSeconds: 0\n',
      '2:3 evaluation.timeoutSeconds must be a whole number of seconds from 1 to 600',
    ],
    [
      'evaluation:\n  timeoutSeconds: 86400\n',
      '2:3 evaluation.timeoutSeconds must be a whole number of seconds from 1 to 600',
    ],
    ['approvals:\n  allowStale: yes please\n', '2:3 approvals.allowStale must be true or false'],
    [
      'policyOwners: [pete]\n',
      '1:1 policyOwners has "pete"; each owner is user:LOGIN or team:SLUG',
    ],
    [
      'expiry:\n  warnDays: 14\n  warnDayz: 3\n',
      '3:3 unknown setting "expiry.warnDayz"; known: expiry.warnDays, expiry.mode, expiry.graceHours',
    ],
    ['expiry:\n  graceHours: 1.5\n', '2:3 expiry.graceHours must be a whole number, 0 or more'],
    ['expiry:\n  graceHours: -1\n', '2:3 expiry.graceHours must be a whole number, 0 or more'],
    [
      'aprovals: {}\n',
      '1:1 unknown setting "aprovals"; known: approvals, policyOwners, breakGlass, expiry, highRisk, separation, prune, evaluation, github, manual, snapshot, provisioners',
    ],
    [
      'breakGlass: 24\n',
      '1:1 breakGlass must be a mapping with label, maxHours, allowedBy, reviewWithinHours',
    ],
    ['breakGlass:\n  maxHours: -1\n', '2:3 breakGlass.maxHours must be a whole number above 0'],
    [
      'breakGlass:\n  allowedBy: [pete]\n',
      '2:3 breakGlass.allowedBy has "pete"; each owner is user:LOGIN or team:SLUG',
    ],
    ['- policyOwners\n', '1:1 must be a mapping of settings (approvals:, policyOwners:, ...)'],
  ])('locates a bad value: %j', (text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('reads github.writeSpacingMs, a whole number of milliseconds', () => {
    expect(parseConfig('accessctl.yaml', 'github:\n  writeSpacingMs: 2000\n').github).toEqual({
      writeSpacingMs: 2000,
    });
    expect(problems('github:\n  writeSpacingMs: -1\n')).toEqual([
      expect.stringMatching(/^2:\d+ .*must be a whole number, 0 or more/),
    ]);
  });

  it('reads snapshot.publicKey, an Ed25519 public key in PEM, and locates any other value', () => {
    const pem = generateKeyPairSync('ed25519')
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    const block = (key: string) =>
      `snapshot:\n  publicKey: |\n${key
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}\n`;
    expect(parseConfig('accessctl.yaml', block(pem)).snapshot).toEqual({ publicKey: pem });
    expect(problems('snapshot:\n  publicKey: not a key\n')).toEqual([
      expect.stringMatching(/^2:3 snapshot\.publicKey is not a public key in PEM; print one with/),
    ]);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(problems(block(rsa))).toEqual([
      expect.stringMatching(/^2:3 snapshot\.publicKey is an rsa key; it must be Ed25519/),
    ]);
    expect(problems('snapshot:\n  publicKey: 42\n')).toEqual([
      expect.stringMatching(/^2:3 snapshot\.publicKey must be an Ed25519 public key in PEM/),
    ]);
  });

  it('reports a YAML syntax error at its line', () => {
    const [first] = problems('approvals:\n  allowStale: [true\npolicyOwners: []\n');
    expect(first).toMatch(/^\d+:\d+ /);
  });
});
