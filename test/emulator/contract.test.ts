import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario, replay, type RecordedExchange, type ReplayStep } from './fixture-replay.js';
import { startEmulator, type Emulator } from './server.js';
import type { Seed } from './state.js';

/**
 * The emulator answers the recorded GitHub scenarios of @octokit/fixtures with the same
 * statuses, headers, response shapes and descriptive values (names, states, permissions,
 * messages) GitHub sent.
 */

const ORG = 'octokit-fixture-org';
const USER_A = {
  login: 'octokit-fixture-user-a',
  token: '0000000000000000000000000000000000000001',
};
const USER_B = {
  login: 'octokit-fixture-user-b',
  token: '0000000000000000000000000000000000000002',
};

function fixtureSeed(repo: Seed['repos']): Seed {
  return {
    org: { login: ORG, owners: [USER_A.login] },
    users: [USER_A, USER_B],
    repos: repo ?? [],
  };
}

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function expectFaithful(steps: ReplayStep[]): void {
  const report = steps.map((step) => ({
    request: step.request,
    status: step.status.actual,
    mismatches: step.mismatches,
  }));
  const expected = steps.map((step) => ({
    request: step.request,
    status: step.status.recorded,
    mismatches: [],
  }));
  expect(report).toEqual(expected);
}

async function put(path: string, body: unknown, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator?.url}${path}`, {
    method: 'PUT',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Record<string, unknown>;
}

describe('replaying recorded GitHub scenarios', () => {
  it('add-and-remove-repository-collaborator: invite an outside user, accept, remove', async () => {
    emulator = await startEmulator({
      seed: fixtureSeed([{ name: 'add-and-remove-repository-collaborator', files: {} }]),
    });
    const steps = await replay(emulator, loadScenario('add-and-remove-repository-collaborator'));
    expectFaithful(steps);
    expect(steps.map((step) => step.status.actual)).toEqual([201, 200, 204, 200, 204, 200]);
  });

  it('git-refs: list, create, update and delete references', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'git-refs', files: {} }]) });
    // the recording made two commits first, unrecorded; the emulator makes the same two
    const path = `/repos/${ORG}/git-refs/contents`;
    const first = await put(
      `${path}/1.md`,
      { message: 'initial commit', content: 'Iw==' },
      USER_A.token,
    );
    const second = await put(
      `${path}/2.md`,
      { message: '2nd commit', content: 'Iw==' },
      USER_A.token,
    );
    const sha = (answer: Record<string, unknown>) => (answer.commit as { sha: string }).sha;
    const steps = await replay(emulator, loadScenario('git-refs'), {
      shas: {
        '0000000000000000000000000000000000000001': sha(second),
        '0000000000000000000000000000000000000002': sha(first),
      },
    });
    expectFaithful(steps);
    expect(emulator.state.repo(ORG, 'git-refs')?.refs.has('refs/heads/test')).toBe(false);
  });

  it('create-status: two statuses, the list and the combined state', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'create-status' }]) });
    const head = emulator.state.repo(ORG, 'create-status')?.refs.get('refs/heads/main') ?? '';
    const steps = await replay(emulator, loadScenario('create-status'), {
      shas: { '0000000000000000000000000000000000000001': head },
    });
    expectFaithful(steps);
  });

  it('errors: an invalid label colour is 422 Validation Failed with the field named', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'errors' }]) });
    const steps = await replay(emulator, loadScenario('errors'));
    expectFaithful(steps);
  });

  it('paginate-issues: five pages of three with GitHub-exact Link headers', async () => {
    const issues = Array.from({ length: 13 }, (_, index) => ({
      title: `Test issue ${index + 1}`,
      user: USER_A.login,
    }));
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'paginate-issues', issues }]) });
    const repoId = emulator.state.repo(ORG, 'paginate-issues')?.id;
    const steps = await replay(emulator, loadScenario('paginate-issues'), {
      ...(repoId === undefined ? {} : { repoId }),
    });
    expectFaithful(steps);
  });

  it('get-repository: the full repository shape, seen by an admin', async () => {
    emulator = await startEmulator({
      seed: fixtureSeed([
        {
          name: 'hello-world',
          defaultBranch: 'master',
          topics: ['fixtures', 'hello', 'hello-world'],
        },
      ]),
    });
    expectFaithful(await replay(emulator, loadScenario('get-repository')));
  });

  it('get-organization: the organisation with the fields only owners see', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([]) });
    expectFaithful(await replay(emulator, loadScenario('get-organization')));
  });

  it('get-content: a folder listing, then a file in the raw media type, with git blob shas', async () => {
    emulator = await startEmulator({
      seed: fixtureSeed([
        { name: 'hello-world', defaultBranch: 'master', files: { 'README.md': '# hello-world' } },
      ]),
    });
    const recorded = loadScenario('get-content');
    expectFaithful(await replay(emulator, recorded));
    // GitHub's recording keeps the real blob sha: the emulator hashes exactly as git does
    const listing = recorded[0]?.response as Array<{ sha: string }>;
    expect(
      emulator.state
        .repo(ORG, 'hello-world')
        ?.git.blob(listing[0]?.sha ?? '')
        ?.toString(),
    ).toBe('# hello-world');
  });

  it('create-file: the first file of an empty repository, with the same blob sha as GitHub', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'create-file', files: {} }]) });
    const recorded = loadScenario('create-file');
    expectFaithful(await replay(emulator, recorded));
    const content = (recorded[0]?.response as { content: { sha: string } }).content;
    const repo = emulator.state.repo(ORG, 'create-file');
    expect(repo?.git.blob(content.sha)?.toString()).toBe('Test content');
    expect(repo?.refs.has('refs/heads/main')).toBe(true);
  });

  it('labels: list, create, get, rename and delete a label', async () => {
    const recorded = loadScenario('labels');
    const defaults = (recorded[0] as RecordedExchange).response as Array<{
      name: string;
      color: string;
      description: string | null;
      default: boolean;
    }>;
    emulator = await startEmulator({
      seed: fixtureSeed([
        {
          name: 'labels',
          labels: defaults.map(({ name, color, description, default: isDefault }) => ({
            name,
            color,
            description,
            default: isDefault,
          })),
        },
      ]),
    });
    expectFaithful(await replay(emulator, recorded));
    expect(emulator.state.repo(ORG, 'labels')?.labels.size).toBe(defaults.length);
  });

  it('add-labels-to-issue: labels that do not exist yet are created, keeping their case', async () => {
    emulator = await startEmulator({ seed: fixtureSeed([{ name: 'add-labels-to-issue' }]) });
    expectFaithful(await replay(emulator, loadScenario('add-labels-to-issue')));
  });
});
