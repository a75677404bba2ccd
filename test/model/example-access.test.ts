import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  grantParts,
  isResolved,
  loadAccessRepository,
  parseAccessDate,
} from '../../src/model/index.js';

const ACCESS = fileURLToPath(new URL('../../access', import.meta.url));
/** The day the example was written; its expiries are measured from it. */
const WRITTEN_ON = Date.UTC(2026, 10, 27);
const DAY = 24 * 60 * 60 * 1000;

describe('the example access repository', async () => {
  const model = await loadAccessRepository(ACCESS);

  it('validates with no finding at all', () => {
    expect(model.findings).toEqual([]);
  });

  it('has the breadth the README promises', () => {
    expect(model.grants.length).toBeGreaterThanOrEqual(40);
    expect(new Set(model.grants.map((g) => g.source.file)).size).toBeGreaterThan(3);
    expect(new Set(model.resources.map((r) => r.provisioner))).toEqual(
      new Set(['github', 'manual', 'postgres']),
    );
    expect(model.users.filter((u) => u.status === 'leaver')).toHaveLength(1);
    expect(model.serviceAccounts.length).toBeGreaterThan(3);
    expect(model.packages.map((p) => p.id)).toEqual(['sre-responder']);
    expect(model.grants.filter((g) => g.package !== undefined).length).toBeGreaterThan(0);
  });

  it('resolves every grant, and each expires in 2027 within its role maxDays', () => {
    // a package grant as each of its roles, every one within the package's maxDays too
    for (const grant of model.grants.flatMap((g) => {
      expect(isResolved(g), g.id).toBe(true);
      return grantParts(g);
    })) {
      expect(grant.resolved, grant.id).toBeDefined();
      expect(grant.expires.startsWith('2027-'), grant.id).toBe(true);
      const end = Date.parse(parseAccessDate(grant.expires)?.end ?? '');
      const days = (end - WRITTEN_ON) / DAY;
      expect(days, grant.id).toBeLessThanOrEqual((grant.resolved?.role.maxDays ?? 0) + 1);
      const pkg = model.packages.find((p) => p.id === grant.package);
      if (pkg !== undefined) expect(days, grant.id).toBeLessThanOrEqual(pkg.maxDays + 1);
      if (grant.resolved?.role.requires.includes('ticket'))
        expect(grant.ticket, grant.id).toBeDefined();
    }
  });

  it('names the published schema on the first line of every file', () => {
    for (const file of model.files) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      expect(first, file).toMatch(
        /^# yaml-language-server: \$schema=(\.\.\/)+schema\/accessctl-v1\.schema\.json$/,
      );
    }
  });
});
