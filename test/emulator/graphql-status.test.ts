import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { startEmulator, type Emulator } from './server.js';

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

const QUERY = `query ($owner: String!, $name: String!, $a: GitObjectID!, $b: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    a: object(oid: $a) { ... on Commit { status { state context(name: "ci/one") { context state description targetUrl createdAt creator { login } } contexts { context description } } } }
    b: object(oid: $b) { ... on Commit { status { context(name: "ci/one") { description } } } }
  }
}`;

describe("a commit's combined status through GraphQL", () => {
  it('answers the latest status of each context, as REST lists them, and null without any', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'] },
        repos: [{ name: 'access', files: { 'a.txt': 'a\n' } }],
      },
    });
    const api = client(emulator);
    const repo = emulator.state.repo('acme', 'access');
    const sha = repo?.refs.get('refs/heads/main') as string;
    for (const [context, description] of [
      ['ci/one', 'first'],
      ['ci/two', 'other'],
      ['ci/one', 'second'],
    ] as const)
      expect(
        (
          await api('POST', `/repos/acme/access/statuses/${sha}`, {
            state: 'success',
            context,
            description,
          })
        ).status,
      ).toBe(201);
    const listed = await api('GET', `/repos/acme/access/commits/${sha}/statuses`);
    // REST lists every status, newest first
    expect(listed.body.map((s: { description: string }) => s.description)).toEqual([
      'second',
      'other',
      'first',
    ]);
    const answer = await api('POST', '/graphql', {
      query: QUERY,
      variables: { owner: 'acme', name: 'access', a: sha, b: 'f'.repeat(40) },
    });
    expect(answer.status).toBe(200);
    const latest = listed.body[0];
    expect(answer.body.data.repository.a.status).toEqual({
      state: 'SUCCESS',
      context: {
        context: 'ci/one',
        state: 'SUCCESS',
        description: 'second',
        targetUrl: null,
        createdAt: latest.created_at,
        creator: { login: 'octo-admin' },
      },
      // in the order of the combined status REST answers (GET .../commits/{ref}/status)
      contexts: [
        { context: 'ci/two', description: 'other' },
        { context: 'ci/one', description: 'second' },
      ],
    });
    // a commit GitHub does not have: no object
    expect(answer.body.data.repository.b).toBeNull();
  });
});
