import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { GrantRecord } from '../../src/model/index.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import { isUnsupported } from '../../src/provisioners/provisioner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { CATALOG, grants, identities } from '../workflows/provision-fixture.js';
import { modelOfFiles } from './access-files.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** Grants read by the real model, so `resolved` and the catalog config are as in a run. */
function grantRecords(specs: { subject: string; resource: string; role: string }[]): GrantRecord[] {
  // a service subject needs an owner to be a valid grant
  const text = grants(specs.map((s, i) => ({ id: `g${i}`, ...s }))).replaceAll(
    'subject: service:deployer\n',
    'subject: service:deployer\nowner: team:platform\n',
  );
  const accounts =
    'kind: ServiceAccount\nid: deployer\nowner: team:platform\npurpose: Deploys the services\n' +
    'rotation: { maxAgeDays: 90, lastRotated: 2026-10-01 }\nexpires: 2027-06-30\n';
  const model = modelOfFiles({
    'access/catalog/github.yaml': `${CATALOG}---\nkind: Resource\nid: github:team/loose\nowners: [team:platform]\nprovisioner: github\nroles:\n  member: { risk: low, maxDays: 365 }\n`,
    'access/identities/people.yaml': identities([
      ...new Set([
        'alice',
        'lead',
        ...specs.flatMap((s) => /^user:(.+)$/.exec(s.subject)?.[1] ?? []),
      ]),
    ]),
    'access/identities/accounts.yaml': accounts,
    'access/grants/g.yaml': text,
  });
  return model.grants;
}

const offline = () =>
  new GitHubProvisioner({
    client: createGitHubClient({ token: 'none', baseUrl: 'http://127.0.0.1:9' }),
  });

describe('what a grant stands for on GitHub', () => {
  it.each([
    ['user:alice', 'github:team/payments', 'member', 'team-membership acme/payments alice'],
    ['user:alice', 'github:repo/acme/ledger', 'push', 'repo-collaborator acme/ledger alice'],
    ['team:platform', 'github:repo/acme/ledger', 'pull', 'team-repository acme/ledger platform'],
  ])('%s on %s is %s', (subject, resource, role, key) => {
    const [grant] = grantRecords([{ subject, resource, role }]);
    const target = offline().target(grant as GrantRecord);
    expect(isUnsupported(target) ? target.unsupported : target.key).toBe(key);
  });

  it.each([
    [
      'service:deployer',
      'github:repo/acme/ledger',
      'pull',
      /service account.*grant its login as user:<login>/,
    ],
    ['team:platform', 'github:team/payments', 'member', /set "parent" on team platform/],
    [
      'user:alice',
      'github:team/loose',
      'member',
      /no organisation for github:team\/loose; add config: \{ org: <login> \}/,
    ],
  ])('%s on %s cannot be provisioned, and says why', (subject, resource, role, reason) => {
    const [grant] = grantRecords([{ subject, resource, role }]);
    const target = offline().target(grant as GrantRecord);
    expect(isUnsupported(target) && target.unsupported).toMatch(reason);
  });

  it('uses the default organisation when the catalog entry names none', () => {
    const [grant] = grantRecords([
      { subject: 'user:alice', resource: 'github:team/loose', role: 'member' },
    ]);
    const provisioner = new GitHubProvisioner({
      client: createGitHubClient({ token: 'none', baseUrl: 'http://127.0.0.1:9' }),
      defaultOrg: 'acme',
    });
    const target = provisioner.target(grant as GrantRecord);
    expect(isUnsupported(target) ? target.unsupported : target.key).toBe(
      'team-membership acme/loose alice',
    );
  });
});

describe('reading a repository', () => {
  it('lists its collaborators and invitations once for many people, and again after a write', async () => {
    const logins = Array.from({ length: 30 }, (_, i) => `dev${i}`);
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: logins },
        repos: [
          {
            name: 'ledger',
            files: {},
            collaborators: Object.fromEntries(logins.map((l) => [l, 'push'])),
          },
        ],
      },
    });
    const provisioner = new GitHubProvisioner({
      client: createGitHubClient({
        token: emulator.token,
        env: { GITHUB_API_URL: emulator.url },
        millisecondsPerSecond: 1,
        writeSpacingMs: 0,
      }),
    });
    const targets = grantRecords(
      logins.map((l) => ({
        subject: `user:${l}`,
        resource: 'github:repo/acme/ledger',
        role: 'push',
      })),
    ).map((g) => provisioner.target(g));
    for (const target of targets) {
      if (isUnsupported(target)) throw new Error(target.unsupported);
      expect(await provisioner.read(target)).toEqual({ role: 'push', pending: false });
    }
    expect(emulator.state.requests.length).toBeLessThanOrEqual(2);
    const first = targets[0];
    if (first === undefined || isUnsupported(first)) throw new Error('no target');
    const outcome = await provisioner.apply({
      action: 'update',
      grantId: 'g0',
      target: first,
      from: 'push',
      to: 'pull',
      removal: true,
    });
    expect(outcome.status).toBe('applied');
    expect(await provisioner.read(first)).toEqual({ role: 'pull', pending: false });
  });
});

describe('reading a team', () => {
  const members = Array.from({ length: 12 }, (_, i) => `m${i}`);
  const maintainers = ['x0', 'x1', 'x2'];
  const outside = Array.from({ length: 6 }, (_, i) => `n${i}`);

  async function teamProvisioner() {
    emulator = await startEmulator({
      seed: {
        org: {
          login: 'acme',
          owners: ['octo-admin'],
          members: [...members, ...maintainers, ...outside],
        },
        users: [{ login: 'stranger' }],
        teams: [{ slug: 'payments', members: [...members, 'octo-admin'], maintainers }],
      },
    });
    const client = createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const provisioner = new GitHubProvisioner({ client });
    const everyone = [...members, ...maintainers, ...outside, 'octo-admin', 'stranger'];
    const targets = grantRecords(
      everyone.map((l) => ({
        subject: `user:${l}`,
        resource: 'github:team/payments',
        role: 'member',
      })),
    ).map((g) => {
      const target = provisioner.target(g);
      if (isUnsupported(target)) throw new Error(target.unsupported);
      return target;
    });
    return { provisioner, targets };
  }

  it('reads many memberships of one team as one listing, with the answers one read each gives', async () => {
    const { provisioner, targets } = await teamProvisioner();
    // someone outside the organisation, invited: a pending membership
    const stranger = targets.at(-1);
    if (stranger === undefined) throw new Error('no target');
    await provisioner.apply({
      action: 'grant',
      grantId: 'g',
      target: stranger,
      to: 'member',
      removal: false,
    });

    provisioner.refresh();
    const before = emulator?.state.requests.length ?? 0;
    const oneByOne = [];
    for (const target of targets) oneByOne.push(await provisioner.read(target));
    const oneByOneReads = (emulator?.state.requests.length ?? 0) - before;

    provisioner.refresh();
    const start = emulator?.state.requests.length ?? 0;
    await provisioner.expect(targets);
    const listed = [];
    for (const target of targets) listed.push(await provisioner.read(target));
    const listedReads = (emulator?.state.requests.length ?? 0) - start;

    expect(listed).toEqual(oneByOne);
    expect(oneByOne.filter((a) => a.pending)).toHaveLength(1);
    expect(oneByOne.filter((a) => a.role === 'maintainer')).toHaveLength(4);
    expect(oneByOne.filter((a) => a.role === undefined)).toHaveLength(outside.length);
    expect(oneByOneReads).toBeGreaterThanOrEqual(targets.length);
    expect(listedReads).toBeLessThan(10);
  });

  it('reads one by one again after a write, and when a few reads cost less than the listing', async () => {
    const { provisioner, targets } = await teamProvisioner();
    provisioner.refresh();
    await provisioner.expect(targets);
    const first = targets[0];
    if (first === undefined) throw new Error('no target');
    await provisioner.apply({ action: 'revoke', grantId: 'g', target: first, removal: true });
    expect(await provisioner.read(first)).toEqual({ pending: false });

    provisioner.refresh();
    const before = emulator?.state.requests.length ?? 0;
    await provisioner.expect(targets.slice(1, 3));
    expect((emulator?.state.requests.length ?? 0) - before).toBe(0);
  });
});
