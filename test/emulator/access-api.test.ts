import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { startEmulator, type Emulator } from './server.js';
import type { Seed } from './state.js';

/** Teams, collaborators and organisation membership: the resources accessctl provisions. */

const SEED: Seed = {
  org: { login: 'acme', owners: ['olivia'], members: ['bob', 'mia'] },
  users: [
    { login: 'olivia', token: 'ghp_owner' },
    { login: 'outsider' },
    { login: 'bob', token: 'ghp_bob' },
  ],
  teams: [
    {
      slug: 'payments',
      name: 'Payments',
      members: ['bob'],
      maintainers: ['mia'],
      repos: { ledger: 'push' },
    },
  ],
  repos: [{ name: 'ledger', private: true, collaborators: { contractor: 'pull' } }],
};

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

const logins = (users: Array<{ login: string }>) => users.map((user) => user.login).sort();

describe('teams', () => {
  it('gets a team by slug with its organisation and counts', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await client(emulator, 'ghp_owner')('GET', '/orgs/acme/teams/payments');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      slug: 'payments',
      name: 'Payments',
      privacy: 'closed',
      members_count: 2,
      repos_count: 1,
      organization: { login: 'acme' },
    });
    expect((await client(emulator, 'ghp_owner')('GET', '/orgs/acme/teams/nope')).status).toBe(404);
  });

  it('lists members filtered by role', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    expect(logins((await call('GET', '/orgs/acme/teams/payments/members')).body)).toEqual([
      'bob',
      'mia',
    ]);
    const maintainers = await call('GET', '/orgs/acme/teams/payments/members?role=maintainer');
    expect(logins(maintainers.body)).toEqual(['mia']);
    const members = await call('GET', '/orgs/acme/teams/payments/members?role=member');
    expect(logins(members.body)).toEqual(['bob']);
  });

  it('adds an organisation member as active, changes the role, and removes them', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    const path = '/orgs/acme/teams/payments/memberships/olivia';
    expect((await call('GET', '/orgs/acme/teams/payments/memberships/nobody')).status).toBe(404);
    const added = await call('PUT', '/orgs/acme/teams/payments/memberships/bob', {
      role: 'maintainer',
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ role: 'maintainer', state: 'active' });
    expect((await call('PUT', path, {})).body.state).toBe('active');
    expect((await call('DELETE', '/orgs/acme/teams/payments/memberships/bob')).status).toBe(204);
    expect((await call('GET', '/orgs/acme/teams/payments/memberships/bob')).status).toBe(404);
  });

  it('makes an outside user a pending member with an organisation invitation', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    const added = await call('PUT', '/orgs/acme/teams/payments/memberships/outsider', {
      role: 'member',
    });
    expect(added.body).toMatchObject({ role: 'member', state: 'pending' });
    expect(logins((await call('GET', '/orgs/acme/teams/payments/members')).body)).not.toContain(
      'outsider',
    );
    const invitations = await call('GET', '/orgs/acme/teams/payments/invitations');
    expect(invitations.body).toMatchObject([
      { login: 'outsider', role: 'direct_member', team_count: 1 },
    ]);
  });

  it('lets a team maintainer add organisation members, but only an owner invite newcomers', async () => {
    emulator = await startEmulator({
      seed: { ...SEED, users: [...(SEED.users ?? []), { login: 'mia', token: 'ghp_mia' }] },
    });
    const maintainer = client(emulator, 'ghp_mia');
    const member = await maintainer('PUT', '/orgs/acme/teams/payments/memberships/olivia', {});
    expect(member.body).toMatchObject({ state: 'active' });
    const newcomer = await maintainer('PUT', '/orgs/acme/teams/payments/memberships/outsider', {});
    expect(newcomer.status).toBe(403);
  });

  it('answers 404 for a user that does not exist and 403 to a plain member', async () => {
    emulator = await startEmulator({ seed: SEED });
    const owner = client(emulator, 'ghp_owner');
    expect((await owner('PUT', '/orgs/acme/teams/payments/memberships/ghost', {})).status).toBe(
      404,
    );
    const denied = await client(emulator, 'ghp_bob')(
      'PUT',
      '/orgs/acme/teams/payments/memberships/outsider',
      {},
    );
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/owner or team maintainer/);
  });
});

describe('repository collaborators', () => {
  it('adds an organisation member at once with 204', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    const answer = await call('PUT', '/repos/acme/ledger/collaborators/mia', {
      permission: 'maintain',
    });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    const permission = await call('GET', '/repos/acme/ledger/collaborators/mia/permission');
    expect(permission.body).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'mia', permissions: { maintain: true, admin: false } },
    });
  });

  it('invites an outside user with 201, an invitation body and a Location', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    const answer = await call('PUT', '/repos/acme/ledger/collaborators/outsider', {
      permission: 'push',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      invitee: { login: 'outsider' },
      inviter: { login: 'olivia' },
      permissions: 'write',
      repository: { full_name: 'acme/ledger' },
    });
    expect(answer.headers.get('location')).toBe(
      `${emulator.url}/user/repository_invitations/${answer.body.id}`,
    );
    const permission = await call('GET', '/repos/acme/ledger/collaborators/outsider/permission');
    expect(permission.body.permission).toBe('none');
    const pending = await call('GET', '/repos/acme/ledger/invitations');
    expect(pending.body.map((invitation: { id: number }) => invitation.id)).toEqual([
      answer.body.id,
    ]);
  });

  it('makes the invitee a collaborator once they accept', async () => {
    emulator = await startEmulator({
      seed: { ...SEED, users: [...(SEED.users ?? []), { login: 'outsider', token: 'ghp_out' }] },
    });
    const owner = client(emulator, 'ghp_owner');
    const invited = await owner('PUT', '/repos/acme/ledger/collaborators/outsider', {
      permission: 'triage',
    });
    const invitee = client(emulator, 'ghp_out');
    expect((await invitee('GET', '/user/repository_invitations')).body).toHaveLength(1);
    expect((await invitee('PATCH', `/user/repository_invitations/${invited.body.id}`)).status).toBe(
      204,
    );
    expect((await owner('GET', '/repos/acme/ledger/collaborators/outsider')).status).toBe(204);
    const listed = await owner('GET', '/repos/acme/ledger/collaborators?affiliation=outside');
    expect(listed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ login: 'outsider', role_name: 'triage' }),
        expect.objectContaining({ login: 'contractor', role_name: 'read' }),
      ]),
    );
  });

  it('lists everyone with access and removes a collaborator', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    const all = await call('GET', '/repos/acme/ledger/collaborators');
    expect(
      all.body.map((user: { login: string; role_name: string }) => [user.login, user.role_name]),
    ).toEqual(
      expect.arrayContaining([
        ['olivia', 'admin'],
        ['bob', 'write'],
        ['mia', 'write'],
        ['contractor', 'read'],
      ]),
    );
    expect(all.body).toHaveLength(4);
    expect((await call('DELETE', '/repos/acme/ledger/collaborators/contractor')).status).toBe(204);
    expect((await call('GET', '/repos/acme/ledger/collaborators/contractor')).status).toBe(404);
  });

  it('refuses a non-admin with 403 and an invalid permission with 422', async () => {
    emulator = await startEmulator({ seed: SEED });
    const denied = await client(emulator, 'ghp_bob')(
      'PUT',
      '/repos/acme/ledger/collaborators/outsider',
      {},
    );
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('Must have admin rights to Repository.');
    const invalid = await client(emulator, 'ghp_owner')(
      'PUT',
      '/repos/acme/ledger/collaborators/outsider',
      { permission: 'superuser' },
    );
    expect(invalid.status).toBe(422);
  });

  it('hides a private repository from someone without access', async () => {
    emulator = await startEmulator({
      seed: { ...SEED, users: [...(SEED.users ?? []), { login: 'outsider', token: 'ghp_out' }] },
    });
    expect((await client(emulator, 'ghp_out')('GET', '/repos/acme/ledger')).status).toBe(404);
  });
});

describe('organisation members and owners', () => {
  it('lists members by role', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    expect(logins((await call('GET', '/orgs/acme/members?role=admin')).body)).toEqual(['olivia']);
    expect(logins((await call('GET', '/orgs/acme/members?role=member')).body)).toEqual([
      'bob',
      'mia',
    ]);
    expect((await call('GET', '/orgs/acme/members')).body).toHaveLength(3);
    expect((await call('GET', '/orgs/acme/members/bob')).status).toBe(204);
    expect((await call('GET', '/orgs/acme/members/outsider')).status).toBe(404);
  });

  it('gets and sets a membership: owners promote members, outsiders become pending', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator, 'ghp_owner');
    expect((await call('GET', '/orgs/acme/memberships/bob')).body).toMatchObject({
      state: 'active',
      role: 'member',
      user: { login: 'bob' },
      organization: { login: 'acme' },
    });
    const promoted = await call('PUT', '/orgs/acme/memberships/bob', { role: 'admin' });
    expect(promoted.body).toMatchObject({ state: 'active', role: 'admin' });
    const invited = await call('PUT', '/orgs/acme/memberships/outsider', { role: 'member' });
    expect(invited.body).toMatchObject({ state: 'pending', role: 'member' });
    expect(logins((await call('GET', '/orgs/acme/invitations')).body)).toEqual(['outsider']);
    expect((await call('DELETE', '/orgs/acme/memberships/mia')).status).toBe(204);
    expect((await call('GET', '/orgs/acme/memberships/mia')).status).toBe(404);
    expect(logins((await call('GET', '/orgs/acme/teams/payments/members')).body)).toEqual(['bob']);
  });

  it('activates a pending member and their team memberships when they accept', async () => {
    emulator = await startEmulator({
      seed: { ...SEED, users: [...(SEED.users ?? []), { login: 'outsider', token: 'ghp_out' }] },
    });
    const owner = client(emulator, 'ghp_owner');
    await owner('PUT', '/orgs/acme/teams/payments/memberships/outsider', {});
    const accepted = await client(emulator, 'ghp_out')('PATCH', '/user/memberships/orgs/acme', {
      state: 'active',
    });
    expect(accepted.body.state).toBe('active');
    expect(logins((await owner('GET', '/orgs/acme/teams/payments/members')).body)).toContain(
      'outsider',
    );
  });
});
