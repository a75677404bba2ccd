import { afterEach, describe, expect, it } from 'vitest';

import { readInputs } from '../../src/action/inputs.js';

// The inputs as the runner hands them over: INPUT_<NAME> variables, read by the toolkit.
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function withInputs(inputs: Record<string, string>): void {
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_')) delete process.env[name];
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('readInputs', () => {
  it('refuses a missing or unknown command, naming the input', () => {
    withInputs({});
    expect(() => readInputs()).toThrow(/command/);
    withInputs({ command: 'deploy' });
    expect(() => readInputs()).toThrow(
      'input "command" is "deploy"; it must be one of check, provision, reconcile, expire, evidence, sync-identities, snapshot',
    );
  });

  it('gives check the folders and the token, with the defaults of action.yml', () => {
    withInputs({ command: 'check', token: 'ghs_secret' });
    expect(readInputs()).toEqual({
      command: 'check',
      accessDir: 'access',
      policiesDir: 'policies',
      token: 'ghs_secret',
    });
  });

  it('reads only the inputs the command documents: a bad value of another is not its concern', () => {
    withInputs({ command: 'check', 'dry-run': 'yes', now: 'yesterday', 'max-removals': 'many' });
    expect(readInputs().command).toBe('check');
  });

  it('gives provision a guarded plan: limit 10, nothing forced, the evidence branch', () => {
    withInputs({ command: 'provision' });
    const before = Date.now();
    const inputs = readInputs();
    expect(inputs).toMatchObject({
      command: 'provision',
      maxRemovals: 10,
      force: false,
      allowUnapproved: false,
      dryRun: false,
      evidenceLog: { branch: 'accessctl-evidence' },
    });
    if (inputs.command !== 'provision') throw new Error('not provision');
    expect(inputs.now.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('reads provision inputs as given; the evidence file wins over the branch', () => {
    withInputs({
      command: 'provision',
      'access-dir': 'infra/access',
      'dry-run': 'true',
      force: 'TRUE',
      'allow-unapproved': 'False',
      'max-removals': '3',
      now: '2027-01-15T00:00:00Z',
      'evidence-file': 'log.jsonl',
      'evidence-branch': 'audit',
    });
    expect(readInputs()).toMatchObject({
      accessDir: 'infra/access',
      dryRun: true,
      force: true,
      allowUnapproved: false,
      maxRemovals: 3,
      now: new Date('2027-01-15T00:00:00Z'),
      evidenceLog: { file: 'log.jsonl' },
    });
  });

  it('gives reconcile apply and its evidence branch', () => {
    withInputs({ command: 'reconcile', apply: 'true', 'evidence-branch': 'audit' });
    expect(readInputs()).toMatchObject({
      command: 'reconcile',
      apply: true,
      evidenceLog: { branch: 'audit' },
    });
  });

  it('leaves expire mode and warn-days to accessctl.yaml when they are empty', () => {
    withInputs({ command: 'expire', mode: '' });
    const inputs = readInputs();
    expect(inputs).not.toHaveProperty('mode');
    expect(inputs).not.toHaveProperty('warnDays');
    withInputs({ command: 'expire', mode: 'commit', 'warn-days': '0' });
    expect(readInputs()).toMatchObject({ mode: 'commit', warnDays: 0 });
  });

  it('reads judge-minutes as the moment judging stops, and no limit when it is empty', () => {
    withInputs({ command: 'expire', 'judge-minutes': '' });
    expect(readInputs()).not.toHaveProperty('judgeUntil');
    const before = Date.now();
    withInputs({ command: 'reconcile', 'judge-minutes': '90' });
    const { judgeUntil } = readInputs() as { judgeUntil?: number };
    expect(judgeUntil).toBeGreaterThanOrEqual(before + 90 * 60_000);
    expect(judgeUntil).toBeLessThanOrEqual(Date.now() + 90 * 60_000);
  });

  it('reads the evidence window: a date is its whole day in UTC, up to the next midnight', () => {
    withInputs({ command: 'evidence', since: '2026-01-01', until: '2026-03-31' });
    expect(readInputs()).toMatchObject({
      since: new Date('2026-01-01T00:00:00Z'),
      until: new Date('2026-04-01T00:00:00Z'),
      evidenceLog: { branch: 'accessctl-evidence' },
    });
    withInputs({ command: 'evidence' });
    expect(readInputs()).not.toHaveProperty('since');
  });

  it('gives sync-identities the HR file', () => {
    withInputs({ command: 'sync-identities', from: 'hr/export.csv' });
    expect(readInputs()).toMatchObject({ command: 'sync-identities', from: 'hr/export.csv' });
  });

  it.each([
    ['provision', 'dry-run', 'yes', 'input "dry-run" is "yes"; it must be true or false'],
    ['provision', 'force', '1', 'input "force" is "1"; it must be true or false'],
    [
      'reconcile',
      'allow-unapproved',
      'on',
      'input "allow-unapproved" is "on"; it must be true or false',
    ],
    ['reconcile', 'apply', 'yes', 'input "apply" is "yes"; it must be true or false'],
    [
      'provision',
      'max-removals',
      '-1',
      'input "max-removals": "-1" must be a whole number, 0 or more',
    ],
    [
      'reconcile',
      'max-removals',
      'many',
      'input "max-removals": "many" must be a whole number, 0 or more',
    ],
    [
      'provision',
      'now',
      'yesterday',
      'input "now": "yesterday" is not an ISO 8601 instant, e.g. 2026-11-27T00:00:00Z',
    ],
    ['expire', 'now', 'soon', 'input "now": "soon" is not an ISO 8601 instant'],
    [
      'expire',
      'warn-days',
      '1.5',
      'input "warn-days": "1.5" must be a whole number of days, 0 or more',
    ],
    [
      'expire',
      'judge-minutes',
      '1h',
      'input "judge-minutes": "1h" is not a number of minutes between 0 and 1440, e.g. 60',
    ],
    [
      'expire',
      'mode',
      'sideways',
      'input "mode" is "sideways"; it must be one of pr, commit, report',
    ],
    [
      'evidence',
      'since',
      '2026-13-45',
      'input "since": "2026-13-45" is not a date (2026-01-31) or an RFC 3339 time',
    ],
    ['evidence', 'until', 'tomorrow', 'input "until": "tomorrow" is not a date'],
  ])('%s refuses %s: %s, naming the input and no CLI flag', (command, input, value, message) => {
    withInputs({ command, [input]: value });
    let thrown: unknown;
    try {
      readInputs();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toMatch(/--[a-z]/);
  });
});
