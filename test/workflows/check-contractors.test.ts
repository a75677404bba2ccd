import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadAccessRepository } from '../../src/model/index.js';
import { checkRepository } from '../../src/workflows/check/repository.js';

// Contractors and externals judged end to end through the model, the policy input and the
// repository's own policies/ (compiled here, so the rules under test are the ones in src).
const NOW = new Date('2026-11-27T12:00:00Z');
const POLICIES = join(import.meta.dirname, '../../policies');

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api-leads]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90, contractors: false }
`;

const PEOPLE = `kind: User
id: alice
---
kind: User
id: bob
---
kind: User
id: lee
status: leaver
leftOn: 2026-10-01
---
kind: User
id: ed
type: contractor
sponsor: alice
contractEnds: 2027-01-15
---
kind: Team
id: api-leads
members: [bob]
`;

function repository(people: string, grants: string): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-contractors-'));
  for (const dir of ['catalog', 'identities', 'grants'])
    mkdirSync(join(root, 'access', dir), { recursive: true });
  writeFileSync(join(root, 'access/catalog/repos.yaml'), CATALOG);
  writeFileSync(join(root, 'access/identities/people.yaml'), people);
  writeFileSync(join(root, 'access/grants/api.yaml'), grants);
  return root;
}

const grant = (id: string, subject: string, role: string, expires: string) => `kind: Grant
id: ${id}
subject: ${subject}
resource: github:repo/acme/api
role: ${role}
reason: Works on the public API this quarter
expires: ${expires}
`;

/** "rule file:line:column" of every finding, for exact comparison. */
async function judge(root: string): Promise<string[]> {
  const { findings } = await checkRepository({
    accessDir: join(root, 'access'),
    policiesDir: POLICIES,
    now: NOW,
  });
  return findings.map(
    (f) => `${f.severity} ${f.rule} ${f.file.slice(root.length + 1)}:${f.line}:${f.column}`,
  );
}

function lineOf(root: string, file: string, text: string): number {
  return (
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe('contractors and externals', () => {
  it('reads type, sponsor and contractEnds into the user record', async () => {
    const root = repository(PEOPLE, '');
    const model = await loadAccessRepository(join(root, 'access'));
    const ed = model.identities.users.get('ed');
    expect(ed).toMatchObject({
      type: 'contractor',
      sponsor: 'alice',
      contractEnds: '2027-01-15',
      contractEndsAt: '2027-01-16T00:00:00.000Z',
    });
    expect(model.identities.users.get('alice')?.type).toBe('employee');
    expect(model.resources[0]?.roles.push?.contractors).toBe(false);
    expect(model.resources[0]?.roles.pull?.contractors).toBe(true);
  });

  it('passes a sponsored contractor whose grant ends with the contract', async () => {
    const root = repository(PEOPLE, grant('ed-pull', 'user:ed', 'pull', '2027-01-15'));
    expect(await judge(root)).toEqual([]);
  }, 180_000);

  it('points at each broken rule: no sponsor, bad sponsors, a grant past the contract, a closed role', async () => {
    const people = `${PEOPLE}---
kind: User
id: nosponsor
type: external
contractEnds: 2027-01-15
---
kind: User
id: gone
type: contractor
sponsor: lee
contractEnds: 2027-01-15
---
kind: User
id: chained
type: contractor
sponsor: ed
contractEnds: 2027-01-15
---
kind: User
id: ghostly
type: contractor
sponsor: nobody
contractEnds: 2027-01-15
`;
    const grants = [
      grant('chained-late', 'user:chained', 'pull', '2027-02-01'),
      grant('ed-push', 'user:ed', 'push', '2027-01-10'),
    ].join('---\n');
    const root = repository(people, grants);
    const at = (file: string, text: string, column = 1) =>
      `${file}:${lineOf(root, file, text)}:${column}`;
    const people_ = 'access/identities/people.yaml';
    const grants_ = 'access/grants/api.yaml';
    expect((await judge(root)).sort()).toEqual(
      [
        `error contractor-sponsor ${at(people_, 'type: external')}`,
        `error sponsor-invalid ${at(people_, 'sponsor: lee')}`,
        `error sponsor-invalid ${at(people_, 'sponsor: ed')}`,
        `error sponsor-invalid ${at(people_, 'sponsor: nobody')}`,
        `error outlives-contract ${at(grants_, 'expires: 2027-02-01')}`,
        `error contractor-role ${at(grants_, 'role: push')}`,
      ].sort(),
    );
  }, 180_000);

  it('rejects a bad type and a malformed contract end at their lines', async () => {
    const root = repository(
      `${PEOPLE}---
kind: User
id: odd
type: freelancer
contractEnds: 2027-02-30
`,
      '',
    );
    const model = await loadAccessRepository(join(root, 'access'));
    const file = join(root, 'access/identities/people.yaml');
    expect(model.findings.map((f) => [f.rule, f.file, f.line, f.column])).toEqual([
      ['invalid-field', file, lineOf(root, 'access/identities/people.yaml', 'type: freelancer'), 7],
      [
        'invalid-date',
        file,
        lineOf(root, 'access/identities/people.yaml', 'contractEnds: 2027-02-30'),
        15,
      ],
    ]);
  });
});
