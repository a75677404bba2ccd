import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Catalog,
  composeYaml,
  loadAccessRepository,
  parseAccessDate,
} from '../../src/model/index.js';
import type { ResourceRecord } from '../../src/model/index.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

afterAll(removeTempDirs);

describe('typed records keep the source of every field', () => {
  it('locates fields of documents in a multi-document file', async () => {
    const dir = accessDir({
      'grants/two.yaml': [
        '# two grants',
        'kind: Grant',
        'id: first',
        'subject: user:bob',
        'resource: github:team/platform',
        'role: member',
        "reason: 'Joins the platform team for Q1'",
        'expires: 2027-03-31',
        '---',
        'kind: Grant',
        'id: second',
        'subject: team:payments',
        'resource: github:repo/acme/payments',
        'role: admin',
        'reason: Incident response drill',
        'expires: 2027-01-05T18:00:00+01:00',
        'ticket: PAY-77',
        '',
      ].join('\n'),
    });
    const model = await loadAccessRepository(dir);
    expect(model.findings).toEqual([]);
    const file = join(dir, 'grants/two.yaml');
    const first = model.grants.find((g) => g.id === 'first');
    const second = model.grants.find((g) => g.id === 'second');
    expect(first?.source.location).toEqual({ file, line: 2, column: 1 });
    expect(first?.source.locate('/role')).toEqual({ file, line: 6, column: 7 });
    expect(first?.source.locate('/reason')).toEqual({ file, line: 7, column: 9 });
    expect(first?.source.locateKey('/reason')).toEqual({ file, line: 7, column: 1 });
    expect(second?.source.locate('/ticket')).toEqual({ file, line: 17, column: 9 });
    expect(second?.source.locate('/no/such/field')).toEqual({ file, line: 10, column: 1 });
    expect(second?.resolved?.role).toMatchObject({ name: 'admin', risk: 'high', approvals: 2 });
    expect(second?.resolved?.subject.kind).toBe('Team');
    expect(second?.expiresAt).toBe('2027-01-05T17:00:00.000Z');
    expect(first?.expiresAt).toBe('2027-04-01T00:00:00.000Z');
    expect(JSON.parse(JSON.stringify(first?.source))).toEqual({ file, line: 2, column: 1 });
  });

  it('locates nested fields and list items of a resource', () => {
    const text =
      'kind: Resource\nid: x:y\nowners:\n  - team:a\n  - team:b\nroles:\n  read: { risk: low, maxDays: 3 }\n';
    const [doc] = composeYaml('c.yaml', text).documents;
    expect(doc?.source.locate('/owners/1')).toMatchObject({ line: 5, column: 5 });
    expect(doc?.source.locate('/roles/read/maxDays')).toMatchObject({ line: 7, column: 31 });
    expect(doc?.source.locateKey('/roles/read')).toMatchObject({ line: 7, column: 3 });
  });

  it('builds records of every kind', async () => {
    const model = await loadAccessRepository(accessDir());
    expect(model.users.map((u) => [u.id, u.status])).toEqual([
      ['alice', 'active'],
      ['bob', 'active'],
      ['mallory', 'leaver'],
    ]);
    expect(model.teams.map((t) => t.id)).toEqual(['platform', 'payments']);
    expect(model.serviceAccounts[0]).toMatchObject({
      id: 'ci-deployer',
      owner: 'team:payments',
      rotation: { maxAgeDays: 90, lastRotated: '2026-10-01' },
      expiresAt: '2027-07-01T00:00:00.000Z',
    });
    const payments = model.resources.find((r) => r.id === 'github:repo/acme/payments');
    expect(payments?.roles.admin).toEqual({
      name: 'admin',
      risk: 'high',
      maxDays: 14,
      approvals: 2,
      requires: ['ticket'],
      contractors: true,
    });
    expect(payments?.roles.pull?.approvals).toBe(1);
    const json = JSON.parse(JSON.stringify(payments)) as Record<string, unknown>;
    expect(json).toMatchObject({
      id: 'github:repo/acme/payments',
      roles: { admin: { risk: 'high', requires: ['ticket'] } },
      source: { line: 16, column: 1 },
    });
  });
});

describe('catalog matching', () => {
  const resource = (id: string): ResourceRecord =>
    ({ kind: 'Resource', id, glob: id.includes('*') }) as ResourceRecord;
  const catalog = new Catalog(
    [
      'github:team/*',
      'github:team/payments-*',
      'github:team/payments-oncall',
      'github:repo/**',
    ].map(resource),
  );

  it.each([
    ['github:team/payments-oncall', 'github:team/payments-oncall'],
    ['github:team/payments-leads', 'github:team/payments-*'],
    ['github:team/platform', 'github:team/*'],
    ['github:repo/acme/api', 'github:repo/**'],
  ])('%s → %s', (id, expected) => {
    expect(catalog.match(id)?.id).toBe(expected);
  });

  it('does not let * cross a path segment', () => {
    expect(catalog.match('github:team/a/b')).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2027-03-31', '2027-04-01T00:00:00.000Z'],
    ['2028-02-29', '2028-03-01T00:00:00.000Z'],
    ['2027-03-31T18:00:00Z', '2027-03-31T18:00:00.000Z'],
    ['2027-03-31t18:00:00.5-02:30', '2027-03-31T20:30:00.500Z'],
  ])('%s ends at %s', (text, end) => {
    expect(parseAccessDate(text)?.end).toBe(end);
  });

  it.each([
    '2027-02-29',
    '2027-13-01',
    '2027-3-1',
    '2027-03-31T25:00:00Z',
    '2027-03-31T10:00:00',
    'soon',
  ])('rejects %s', (text) => {
    expect(parseAccessDate(text)).toBeNull();
  });
});
