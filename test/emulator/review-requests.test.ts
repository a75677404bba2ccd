import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { startEmulator, type Emulator } from './server.js';
import type { Seed } from './state.js';

/** Review requests on a pull: users and teams, as GitHub takes and refuses them. */

const SEED: Seed = {
  org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mia', 'outsider'] },
  users: [{ login: 'alice', token: 'ghp_alice' }, { login: 'stranger' }],
  teams: [
    { slug: 'payments', members: ['mia'], repos: { access: 'push' } },
    { slug: 'elsewhere', members: ['outsider'] },
  ],
  repos: [
    {
      name: 'access',
      files: { 'a.yaml': 'kind: Grant\n' },
      pulls: [{ title: 'Change', user: 'alice', head: 'change', files: { 'a.yaml': 'x: 1\n' } }],
    },
  ],
};

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

describe('requested reviewers', () => {
  it('requests users and teams once each and shows them on the pull', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin' });
    const api = client(emulator);
    const path = '/repos/acme/access/pulls/1/requested_reviewers';
    const first = await api('POST', path, { reviewers: ['mia'], team_reviewers: ['payments'] });
    expect(first.status).toBe(201);
    await api('POST', path, { reviewers: ['MIA'], team_reviewers: ['payments'] });
    const listed = (await api('GET', path)).body as {
      users: { login: string }[];
      teams: { slug: string }[];
    };
    expect(listed.users.map((u) => u.login)).toEqual(['mia']);
    expect(listed.teams.map((t) => t.slug)).toEqual(['payments']);
    const pull = (await api('GET', '/repos/acme/access/pulls/1')).body as {
      requested_reviewers: { login: string }[];
      requested_teams: { slug: string }[];
    };
    expect(pull.requested_reviewers.map((u) => u.login)).toEqual(['mia']);
    expect(pull.requested_teams.map((t) => t.slug)).toEqual(['payments']);
  });

  it('refuses the author, people without access and teams without the repository', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin' });
    const api = client(emulator);
    const path = '/repos/acme/access/pulls/1/requested_reviewers';
    const author = await api('POST', path, { reviewers: ['alice'] });
    expect(author.status).toBe(422);
    expect((author.body as { message: string }).message).toBe(
      'Review cannot be requested from pull request author.',
    );
    for (const body of [{ reviewers: ['stranger'] }, { team_reviewers: ['elsewhere'] }]) {
      const refused = await api('POST', path, body);
      expect(refused.status).toBe(422);
      expect((refused.body as { message: string }).message).toMatch(
        /only be requested from collaborators/,
      );
    }
  });

  it('takes a reviewer off the list once the review is submitted', async () => {
    emulator = await startEmulator({
      seed: { ...SEED, users: [...(SEED.users ?? []), { login: 'mia', token: 'ghp_mia' }] },
      actor: 'octo-admin',
    });
    const api = client(emulator);
    await api('POST', '/repos/acme/access/pulls/1/requested_reviewers', { reviewers: ['mia'] });
    const asMia = client(emulator, 'ghp_mia');
    await asMia('POST', '/repos/acme/access/pulls/1/reviews', { event: 'APPROVE' });
    const listed = (await api('GET', '/repos/acme/access/pulls/1/requested_reviewers')).body as {
      users: unknown[];
    };
    expect(listed.users).toEqual([]);
  });
});
