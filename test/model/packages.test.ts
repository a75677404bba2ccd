import { afterAll, describe, expect, it } from 'vitest';
import { grantParts, isResolved, loadAccessRepository } from '../../src/model/index.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

afterAll(removeTempDirs);

// The base fixture has alice and bob in team payments, github:team/payments-* (member, 90
// days) and github:repo/acme/payments (pull 365 days; admin 14 days, needs a ticket).
const PACKAGE = `kind: Package
id: payments-oncall
owners: [team:payments]
maxDays: 60
roles:
  - { resource: github:team/payments-oncall, role: member }
  - { resource: github:repo/acme/payments, role: pull }
eligible:
  teams: [payments]
  types: [employee]
`;

const packageGrant = (extra = '') => `kind: Grant
id: bob-oncall
subject: user:bob
package: payments-oncall
reason: Joins the payments on-call rotation
expires: 2027-01-15
${extra}`;

async function load(files: Record<string, string>) {
  return loadAccessRepository(accessDir(files));
}

describe('access packages in the model', () => {
  it('gives a package grant one part per role, each resolved like a grant of its own', async () => {
    const model = await load({
      'packages/payments.yaml': PACKAGE,
      'grants/bob.yaml': packageGrant(),
    });
    expect(model.findings).toEqual([]);
    expect(model.packages.map((p) => p.id)).toEqual(['payments-oncall']);
    expect(model.packages[0]?.eligible).toEqual({ teams: ['payments'], types: ['employee'] });
    const grant = model.grants.find((g) => g.id === 'bob-oncall');
    expect(grant?.package).toBe('payments-oncall');
    expect(grant && isResolved(grant)).toBe(true);
    const parts = grant === undefined ? [] : grantParts(grant);
    expect(
      parts.map((p) => [p.id, p.subject, p.resource, p.role, p.resolved?.resource.id]),
    ).toEqual([
      ['bob-oncall', 'user:bob', 'github:team/payments-oncall', 'member', 'github:team/payments-*'],
      ['bob-oncall', 'user:bob', 'github:repo/acme/payments', 'pull', 'github:repo/acme/payments'],
    ]);
    expect(parts.every((p) => p.package === 'payments-oncall' && p.expires === '2027-01-15')).toBe(
      true,
    );
  });

  it('reads eligible.types as [employee] when the package does not say', async () => {
    const model = await load({
      'packages/payments.yaml': PACKAGE.replace('  types: [employee]\n', ''),
    });
    expect(model.findings).toEqual([]);
    expect(model.packages[0]?.eligible.types).toEqual(['employee']);
  });

  interface Case {
    name: string;
    files: Record<string, string>;
    rule: string;
    file: string;
    line: number;
    column: number;
    message: RegExp;
  }
  const cases: Case[] = [
    {
      name: 'a grant naming an unknown package',
      files: { 'grants/bob.yaml': packageGrant().replace('payments-oncall', 'payments-oncal') },
      rule: 'unknown-package',
      file: 'grants/bob.yaml',
      line: 4,
      column: 10,
      message: /^package payments-oncal is not a known Package; name one under packages\//,
    },
    {
      name: 'a grant naming both a package and a resource',
      files: {
        'packages/payments.yaml': PACKAGE,
        'grants/bob.yaml': packageGrant('resource: github:repo/acme/payments\n'),
      },
      rule: 'invalid-field',
      file: 'grants/bob.yaml',
      line: 7,
      column: 1,
      message: /^a grant names either a package or a resource and role, not both: remove resource/,
    },
    {
      name: 'a grant with neither a package nor a role',
      files: {
        'grants/bob.yaml': packageGrant().replace(
          'package: payments-oncall\n',
          'resource: github:repo/acme/payments\n',
        ),
      },
      rule: 'missing-field',
      file: 'grants/bob.yaml',
      line: 1,
      column: 1,
      message: /^Grant "bob-oncall" is missing required field "role"; add it/,
    },
    {
      name: 'a package role the catalog does not define',
      files: { 'packages/payments.yaml': PACKAGE.replace('role: pull', 'role: push') },
      rule: 'unknown-role',
      file: 'packages/payments.yaml',
      line: 7,
      column: 50,
      message: /^role "push" is not defined for github:repo\/acme\/payments/,
    },
    {
      name: 'a package resource outside the catalog',
      files: {
        'packages/payments.yaml': PACKAGE.replace(
          'github:repo/acme/payments',
          'github:repo/acme/ledger',
        ),
      },
      rule: 'unknown-resource',
      file: 'packages/payments.yaml',
      line: 7,
      column: 17,
      message: /^resource github:repo\/acme\/ledger matches no catalog entry/,
    },
    {
      name: 'a package longer than one of its roles allows',
      files: { 'packages/payments.yaml': PACKAGE.replace('maxDays: 60', 'maxDays: 120') },
      rule: 'package-role-limit',
      file: 'packages/payments.yaml',
      line: 4,
      column: 10,
      message:
        /^package payments-oncall lasts up to 120 days but role "member" on github:team\/payments-oncall allows at most 90; lower maxDays to 90/,
    },
    {
      name: 'a package open to contractors with a role closed to them',
      files: {
        'catalog/github.yaml':
          'kind: Resource\nid: github:repo/acme/vault\nowners: [team:payments]\nprovisioner: github\nroles:\n  pull: { risk: low, maxDays: 365, contractors: false }\n',
        'packages/payments.yaml': PACKAGE.replace(
          'github:repo/acme/payments',
          'github:repo/acme/vault',
        ).replace('types: [employee]', 'types: [employee, contractor]'),
      },
      rule: 'package-role-limit',
      file: 'packages/payments.yaml',
      line: 10,
      column: 10,
      message:
        /^role "pull" on github:repo\/acme\/vault is closed to contractors and externals, but the package is open to contractor/,
    },
    {
      name: 'an eligibility team nobody defined',
      files: { 'packages/payments.yaml': PACKAGE.replace('teams: [payments]', 'teams: [payment]') },
      rule: 'unknown-team',
      file: 'packages/payments.yaml',
      line: 9,
      column: 11,
      message: /^team payment is not a known Team \(did you mean "payments"\?\)/,
    },
    {
      name: 'a package owner nobody defined',
      files: {
        'packages/payments.yaml': PACKAGE.replace(
          'owners: [team:payments]',
          'owners: [team:treasury]',
        ),
      },
      rule: 'unknown-owner',
      file: 'packages/payments.yaml',
      line: 3,
      column: 10,
      message: /^owner team:treasury is not a known team/,
    },
    {
      name: 'a package among the grants',
      files: { 'grants/payments.yaml': PACKAGE },
      rule: 'misplaced-document',
      file: 'grants/payments.yaml',
      line: 1,
      column: 1,
      message: /^Package documents belong under packages\//,
    },
    {
      name: 'a package with no eligibility condition',
      files: { 'packages/payments.yaml': PACKAGE.replace(/eligible:[\s\S]*$/, 'eligible: {}\n') },
      rule: 'invalid-field',
      file: 'packages/payments.yaml',
      line: 8,
      column: 11,
      message: /^"eligible" is empty; give at least 1 of its fields \(teams, types\)$/,
    },
  ];

  it.each(cases)('reports $name where it is written', async (c) => {
    const model = await load(c.files);
    const found = model.findings.filter((f) => f.rule === c.rule);
    expect(found, JSON.stringify(model.findings, null, 1)).toHaveLength(1);
    const [f] = found;
    expect(f?.file.endsWith(c.file)).toBe(true);
    expect([f?.line, f?.column, f?.severity]).toEqual([c.line, c.column, 'error']);
    expect(f?.message).toMatch(c.message);
  });

  it('leaves a grant of a broken package without parts, so nothing of it is provisioned', async () => {
    const model = await load({
      'packages/payments.yaml': PACKAGE.replace('role: pull', 'role: push'),
      'grants/bob.yaml': packageGrant(),
    });
    const grant = model.grants.find((g) => g.id === 'bob-oncall');
    expect(grant && isResolved(grant)).toBe(false);
    expect(grant && grantParts(grant)).toEqual([]);
  });

  it('asks a package grant for the ticket one of its roles requires', async () => {
    const model = await load({
      'packages/payments.yaml': PACKAGE.replace('role: pull', 'role: admin').replace(
        'maxDays: 60',
        'maxDays: 14',
      ),
      'grants/bob.yaml': packageGrant().replace('2027-01-15', '2026-12-10'),
    });
    expect(model.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'missing-field',
        'role "admin" on github:repo/acme/payments in package payments-oncall requires a ticket; add ticket: <change or incident id>',
      ],
    ]);
  });
});
