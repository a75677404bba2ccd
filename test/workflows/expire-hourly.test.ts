import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { buildAccessModel, type AccessSourceFile } from '../../src/model/index.js';
import { findExpiry } from '../../src/model/expiry.js';
import { CATALOG, PEOPLE } from '../e2e/expire-fixture.js';

// Just-in-time access: a grant whose `expires` is a timestamp hours away is removed by the
// first hourly run after that instant, never before it.

const JIT = `kind: Grant
id: gina-ledger-jit
subject: user:gina
resource: github:repo/acme/ledger
role: write
reason: Hotfix of the ledger export, incident INC-88
expires: 2026-11-27T14:30:00Z
`;

const model = buildAccessModel(
  Object.entries({
    'access/catalog/resources.yaml': CATALOG,
    'access/identities/people.yaml': PEOPLE,
    'access/grants/jit.yaml': JIT,
  }).map(([path, text]): AccessSourceFile => ({
    path,
    relativePath: path.replace(/^access\//, ''),
    size: text.length,
    read: () => text,
  })),
);

describe('hourly expiry', () => {
  it.each([
    ['2026-11-27T12:30:00Z', false],
    ['2026-11-27T14:17:00Z', false],
    ['2026-11-27T14:30:00Z', true],
    ['2026-11-27T15:17:00Z', true],
  ])('a grant ending at 14:30 is removed by a run at %s: %s', (now, removed) => {
    expect(model.findings).toEqual([]);
    const plan = findExpiry(model, new Date(now), 14);
    expect(plan.removals.map((r) => r.grant.id)).toEqual(removed ? ['gina-ledger-jit'] : []);
    if (!removed)
      expect(plan.expiring.map((e) => [e.grant.id, e.daysLeft])).toEqual([['gina-ledger-jit', 0]]);
  });

  it('reads expiry.mode from accessctl.yaml and refuses another value at its line', () => {
    expect(parseConfig('accessctl.yaml', 'expiry:\n  mode: commit\n').expiry.mode).toBe('commit');
    expect(() => parseConfig('accessctl.yaml', 'expiry:\n  mode: push\n')).toThrow(ConfigError);
    expect(() => parseConfig('accessctl.yaml', 'expiry:\n  mode: push\n')).toThrow(
      /accessctl\.yaml:2:3: expiry\.mode must be pr, commit or report/,
    );
  });
});
