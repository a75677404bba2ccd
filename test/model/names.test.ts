import { describe, expect, it } from 'vitest';

import type { GitHubClient } from '../../src/github/index.js';
import { Catalog } from '../../src/model/catalog.js';
import type { GrantRecord, ResourceRecord } from '../../src/model/index.js';
import { loadAccessRepositorySync } from '../../src/model/index.js';
import { resourceIdProblem, subjectProblem } from '../../src/model/names.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import { isUnsupported } from '../../src/provisioners/provisioner.js';
import { accessDir, removeTempDirs } from './temp-repo.js';
import { afterAll } from 'vitest';

afterAll(removeTempDirs);

describe('resource ids follow the naming rules of the system they address', () => {
  it.each([
    // GitHub: dot, empty and encoded segments, whitespace, look-alikes, wrong shapes
    'github:team/..',
    'github:team/.',
    'github:team/',
    'github:team//x',
    'github:team/x/',
    'github:team/%2e%2e',
    'github:team/%2E%2e',
    'github:team/pay%2fments',
    'github:team/ payments',
    'github:team/payments\t',
    'github:team/pay\u200bments',
    'github:team/pay\u202ements',
    'github:team/pay\u0000ments',
    'github:team/p\u0430yments', // Cyrillic a
    'github:team/\uff0e\uff0e', // fullwidth dots
    'github:team/pay.ments',
    'github:team/a/b',
    'github:org/acme--corp',
    'github:org/-acme',
    'github:org/acme-',
    `github:org/${'a'.repeat(40)}`,
    'github:org/acme_corp',
    'github:repo/acme/..',
    'github:repo/acme/.',
    'github:repo/acme/ledger/..',
    'github:repo/acme',
    'github:repo/../ledger',
    'github:repo/acme/led ger',
    'github:repo/acme/ledger.git',
    'github:repo/acme/\u0131nfra', // dotless i
    `github:repo/acme/${'r'.repeat(101)}`,
    'github:environment/acme/prod',
    'github:/acme',
    // PostgreSQL: quoted, punctuated, too long, extra segments
    'postgres:warehouse/"analytics_read"',
    'postgres:warehouse/"Analytics"',
    'postgres:warehouse/analytics-read',
    'postgres:warehouse/analytics read',
    'postgres:warehouse/1role',
    'postgres:warehouse/a;drop',
    `postgres:warehouse/${'x'.repeat(64)}`,
    'postgres:warehouse/a/b',
    'postgres:warehouse/..',
    'postgres:warehouse/',
    'postgres:ware.house/analytics_read',
    // any other system (an exec provisioner)
    'vault:secret/../prod',
    'vault:secret/./prod',
    'vault:secret//prod',
    'vault:secret/prod/',
    'vault:secret/%2e%2e/prod',
    'vault:secret/pr\u0007od',
    'vault:secret/pr\u0085od',
    'vault:secret\uff0fprod',
    'vault:cafe\u0301', // not NFC
  ])('%j is invalid', (id) => {
    expect(resourceIdProblem(id)?.kind).toBe('invalid');
  });

  it.each([
    ['github:repo/acme/Infrastructure', 'github:repo/acme/infrastructure'],
    ['github:repo/ACME/infrastructure', 'github:repo/acme/infrastructure'],
    ['github:team/Payments', 'github:team/payments'],
    ['github:team/SRE-oncall', 'github:team/sre-oncall'],
    ['github:org/Acme', 'github:org/acme'],
    ['postgres:warehouse/Analytics_Read', 'postgres:warehouse/analytics_read'],
    ['postgres:Warehouse/analytics_read', 'postgres:warehouse/analytics_read'],
  ])('%j is written %j', (id, canonical) => {
    const problem = resourceIdProblem(id);
    expect(problem?.kind).toBe('noncanonical');
    expect(problem?.kind === 'noncanonical' && problem.canonical).toBe(canonical);
    expect(problem?.message).toContain(`write it as ${canonical}`);
  });

  it.each([
    'github:org/acme',
    'github:org/a1-b2-c3',
    'github:team/payments',
    'github:team/sre_oncall-2',
    'github:repo/acme/infrastructure',
    'github:repo/acme/.github',
    'github:repo/acme/my.repo_name-2',
    'postgres:warehouse',
    'postgres:dispatch-prod',
    'postgres:warehouse/analytics_read',
    'postgres:warehouse/_private$1',
    'vault:secret/prod',
    'vault:Secret/Prod',
  ])('%j is canonical', (id) => {
    expect(resourceIdProblem(id)).toBeUndefined();
  });

  it.each([
    'github:team/*',
    'github:team/payments-*',
    'github:repo/acme/*',
    'github:repo/*/*',
    'github:repo/**',
    'postgres:warehouse/*',
    'postgres:warehouse/analytics_*',
  ])('the glob %j is canonical', (id) => {
    expect(resourceIdProblem(id, true)).toBeUndefined();
  });

  it.each(['github:team/../*', 'github:repo/acme/*/..', 'github:team/*/', 'github:Team/*'])(
    'the glob %j is not',
    (id) => {
      expect(resourceIdProblem(id, true)).toBeDefined();
    },
  );
});

describe('subjects are canonical GitHub logins, team slugs and names', () => {
  it.each([
    ['user:alice', undefined],
    ['user:a-b-c', undefined],
    ['team:sre-oncall', undefined],
    ['service:etl.loader', undefined],
    ['user:Alice', 'noncanonical'],
    ['team:Payments', 'noncanonical'],
    ['service:ETL', 'noncanonical'],
    ['user:a--b', 'invalid'],
    ['user:-alice', 'invalid'],
    ['user:alice-', 'invalid'],
    ['user:al.ice', 'invalid'],
    ['user:\u0430lice', 'invalid'],
    ['team:pay.ments', 'invalid'],
    ['team:..', 'invalid'],
    ['team:pay ments', 'invalid'],
  ])('%j is %s', (subject, kind) => {
    expect(subjectProblem(subject)?.kind).toBe(kind);
  });
});

function resource(id: string): ResourceRecord {
  return {
    kind: 'Resource',
    id,
    apiVersion: 'accessctl/v1',
    source: undefined as never,
    owners: [],
    provisioner: id.split(':')[0] ?? '',
    config: {},
    roles: {},
    glob: id.includes('*'),
  };
}

describe('catalog matching is case-insensitive where the system is', () => {
  const catalog = new Catalog([
    resource('github:repo/acme/*'),
    resource('github:repo/acme/infrastructure'),
    resource('github:team/*'),
    resource('github:team/security'),
    resource('postgres:warehouse/*'),
    resource('postgres:warehouse/warehouse_admin'),
    resource('vault:secret/*'),
    resource('vault:secret/prod'),
  ]);

  it.each([
    ['github:repo/acme/infrastructure', 'github:repo/acme/infrastructure'],
    ['github:repo/acme/Infrastructure', 'github:repo/acme/infrastructure'],
    ['github:repo/acme/INFRASTRUCTURE', 'github:repo/acme/infrastructure'],
    ['github:repo/ACME/infrastructure', 'github:repo/acme/infrastructure'],
    ['github:team/Security', 'github:team/security'],
    ['github:team/SECURITY', 'github:team/security'],
    ['postgres:warehouse/Warehouse_Admin', 'postgres:warehouse/warehouse_admin'],
    ['github:repo/acme/api', 'github:repo/acme/*'],
    ['github:repo/acme/Api', 'github:repo/acme/*'],
    ['vault:secret/prod', 'vault:secret/prod'],
    // other systems are compared as written
    ['vault:secret/Prod', 'vault:secret/*'],
  ])('%j is judged by %j', (id, entry) => {
    expect(catalog.match(id)?.id).toBe(entry);
  });

  it.each([
    'github:team/..',
    'github:team/.',
    'github:team/',
    'github:team/%2e%2e',
    'github:team/se\u200bcurity',
    'github:repo/acme/..',
    'github:repo/acme/.',
    'github:repo/acme/Infrastructure\u0000',
    'github:repo/acme/infrastructure ',
    'postgres:warehouse/..',
    'vault:secret/..',
  ])('%j matches no entry, however loose', (id) => {
    expect(catalog.match(id)).toBeUndefined();
  });

  it('ignores a catalog entry whose own id breaks the rules', () => {
    const broken = new Catalog([resource('github:team/..'), resource('github:team/x/*')]);
    expect(broken.match('github:team/..')).toBeUndefined();
  });
});

describe('accessctl validate reports names against their system, where they are written', () => {
  const grant = (subject: string, resourceId: string, role = 'member') =>
    `kind: Grant\nid: g\nsubject: ${subject}\nresource: ${JSON.stringify(resourceId)}\nrole: ${role}\nreason: Needs this access for the quarterly work\nexpires: 2027-01-31\n`;

  it.each([
    ['user:bob', 'github:team/..', 'invalid-name', 4],
    ['user:bob', 'github:team//payments', 'invalid-name', 4],
    ['user:bob', 'github:repo/acme/payments/..', 'invalid-name', 4],
    ['user:bob', 'github:repo/acme/Payments', 'noncanonical-name', 4],
    ['user:Bob', 'github:team/payments', 'noncanonical-name', 3],
  ])('%s on %j is a %s finding at line %i', (subject, resourceId, rule, line) => {
    const dir = accessDir({ 'grants/x.yaml': grant(subject, resourceId, 'pull') });
    const model = loadAccessRepositorySync(dir);
    const finding = model.findings.find((f) => f.rule === rule);
    expect(finding).toMatchObject({ severity: 'error', line });
    expect(finding?.file).toMatch(/grants\/x\.yaml$/);
    expect(model.grants.find((g) => g.id === 'g')?.resolved).toBeUndefined();
  });

  it('names the exact entry, not a glob, for a resource in the wrong case', () => {
    const dir = accessDir({
      'grants/x.yaml': grant('user:bob', 'github:repo/acme/Payments', 'pull'),
    });
    const model = loadAccessRepositorySync(dir);
    expect(model.findings.map((f) => f.message)).toContain(
      '"github:repo/acme/Payments" is not in its canonical spelling (GitHub compares organisation, team and repository names case-insensitively); write it as github:repo/acme/payments',
    );
    expect(model.catalog.match('github:repo/acme/Payments')?.id).toBe('github:repo/acme/payments');
  });

  it('reports an identity or catalog entry named twice in different case as a duplicate', () => {
    const dir = accessDir({
      'identities/more.yaml': 'kind: User\nid: Bob\n',
      'catalog/more.yaml':
        'kind: Resource\nid: github:repo/acme/PAYMENTS\nowners: [team:platform]\nprovisioner: github\nroles:\n  pull: { risk: low, maxDays: 30 }\n',
    });
    const rules = loadAccessRepositorySync(dir).findings.map((f) => `${f.rule} ${f.message}`);
    expect(rules.filter((r) => r.startsWith('duplicate-id'))).toHaveLength(2);
  });
});

describe('the GitHub provisioner never builds a URL from an unsafe segment', () => {
  // the client is never reached: every call below is refused before a request
  const github = new GitHubProvisioner({ client: {} as GitHubClient, defaultOrg: 'acme' });
  const grantOf = (subject: string, resourceId: string): GrantRecord =>
    ({
      kind: 'Grant',
      id: 'g',
      subject,
      subjectKind: subject.split(':')[0],
      subjectId: subject.slice(subject.indexOf(':') + 1),
      resource: resourceId,
      role: 'member',
    }) as GrantRecord;

  it.each([
    ['user:eve', 'github:team/..'],
    ['user:eve', 'github:team/%2e%2e'],
    ['user:eve', 'github:repo/acme/..'],
    ['user:eve', 'github:repo/acme/Infrastructure'],
    ['user:eve', 'github:org/acme/..'],
    ['user:..', 'github:team/payments'],
    ['team:..', 'github:repo/acme/api'],
    ['user:Eve', 'github:team/payments'],
  ])('%s on %j has no target', (subject, resourceId) => {
    const target = github.target(grantOf(subject, resourceId));
    expect(isUnsupported(target) && target.unsupported).toMatch(/canonical names/);
  });

  it.each([
    { type: 'team-membership', org: 'acme', team: '..', user: 'eve' },
    { type: 'team-membership', org: 'acme', team: '', user: 'eve' },
    { type: 'team-membership', org: 'acme', team: 'a/b', user: 'eve' },
    { type: 'org-membership', org: 'acme', user: '%2e%2e' },
    { type: 'repo-collaborator', owner: 'acme', repo: '.', user: 'eve' },
    { type: 'repo-collaborator', owner: 'acme', repo: 'api', user: 'eve\n' },
    { type: 'team-repository', owner: 'acme', repo: 'api', team: 'pay ments' },
  ])('refuses to apply or read %j', async (fields) => {
    const target = { provisioner: 'github', key: 'k', label: 'l', ...fields } as never;
    const outcome = await github.apply({
      action: 'grant',
      grantId: 'g',
      target,
      to: 'member',
      removal: false,
    });
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/refusing/) });
    await expect(github.read(target)).rejects.toThrow(/refusing/);
  });
});
