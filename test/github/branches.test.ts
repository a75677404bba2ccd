import { afterEach, describe, expect, it } from 'vitest';
import {
  branchTip,
  createBranch,
  defaultBranch,
  deleteBranch,
  findBranchTip,
  moveBranch,
} from '../../src/github/branches.js';
import {
  commitTree,
  readBlobText,
  readTree,
  writeCommit,
  writeTree,
} from '../../src/github/contents.js';
import { createGitHubClient, GitHubError, type GitHubClient } from '../../src/github/index.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

/** Branches and Git Data through src/github/, against the emulator over real HTTP. */

const REPO = { owner: 'acme', repo: 'access' };

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

async function setup(): Promise<GitHubClient> {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'] },
      repos: [{ name: 'access', defaultBranch: 'trunk', files: { 'README.md': '# access\n' } }],
    },
  });
  return createGitHubClient({
    token: emulator.token,
    env: { GITHUB_API_URL: emulator.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
    serverErrorRetries: 0,
  });
}

/** A commit on `parent` that writes one file, as the expiry and the evidence log write. */
async function commitFile(github: GitHubClient, parent: string, path: string, content: string) {
  const tree = await writeTree(
    github,
    REPO,
    [{ path, mode: '100644', type: 'blob', content }],
    await commitTree(github, REPO, parent),
  );
  return writeCommit(github, REPO, { message: `write ${path}\n`, tree, parents: [parent] });
}

describe('branches', () => {
  it('finds the default branch and its tip, and a missing branch as undefined', async () => {
    const github = await setup();
    expect(await defaultBranch(github, REPO)).toBe('trunk');
    const tip = await branchTip(github, REPO, 'trunk');
    expect(tip).toMatch(/^[0-9a-f]{40}$/);
    expect(await findBranchTip(github, REPO, 'trunk')).toBe(tip);
    expect(await findBranchTip(github, REPO, 'accessctl/expire')).toBeUndefined();
    await expect(branchTip(github, REPO, 'accessctl/expire')).rejects.toMatchObject({
      status: 404,
    });
  });

  it('does not take a failing GitHub for a missing branch', async () => {
    const github = await setup();
    emulator.faults.serverError({ route: /\/git\/ref\// });
    const failure = await findBranchTip(github, REPO, 'trunk').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubError);
    expect((failure as GitHubError).status).toBe(502);
  });

  it('creates, moves forward, refuses a backward move without force, and deletes', async () => {
    const github = await setup();
    const base = await branchTip(github, REPO, 'trunk');
    const first = await commitFile(github, base, 'a.txt', 'one\n');
    await createBranch(github, REPO, 'accessctl/expire', first);
    expect(await findBranchTip(github, REPO, 'accessctl/expire')).toBe(first);

    const second = await commitFile(github, first, 'a.txt', 'two\n');
    await moveBranch(github, REPO, 'accessctl/expire', second, false);
    expect(await branchTip(github, REPO, 'accessctl/expire')).toBe(second);

    // another writer's history: without force GitHub answers 422, which is how a writer
    // learns the branch moved under it
    const aside = await commitFile(github, base, 'b.txt', 'aside\n');
    await expect(moveBranch(github, REPO, 'accessctl/expire', aside, false)).rejects.toMatchObject({
      status: 422,
    });
    await moveBranch(github, REPO, 'accessctl/expire', aside, true);
    expect(await branchTip(github, REPO, 'accessctl/expire')).toBe(aside);

    await deleteBranch(github, REPO, 'accessctl/expire');
    expect(await findBranchTip(github, REPO, 'accessctl/expire')).toBeUndefined();
  });
});

describe('contents', () => {
  it('writes a tree over a base and reads it back, text in UTF-8 byte for byte', async () => {
    const github = await setup();
    const base = await branchTip(github, REPO, 'trunk');
    const text = 'reason: Zoë’s on-call — ünïcode\n';
    const commit = await commitFile(github, base, 'access/grants/zoe.yaml', text);
    const tree = await readTree(github, REPO, await commitTree(github, REPO, commit), true);
    const paths = tree.map((entry) => entry.path);
    expect(paths).toContain('README.md');
    expect(paths).toContain('access/grants/zoe.yaml');
    const blob = tree.find((entry) => entry.path === 'access/grants/zoe.yaml');
    expect(await readBlobText(github, REPO, blob?.sha ?? '')).toBe(text);
    // without recursion only the top level is listed
    const top = await readTree(github, REPO, await commitTree(github, REPO, commit));
    expect(top.map((entry) => entry.path)).not.toContain('access/grants/zoe.yaml');
  });

  it('deletes a file by writing its entry with no blob', async () => {
    const github = await setup();
    const base = await branchTip(github, REPO, 'trunk');
    const tree = await writeTree(
      github,
      REPO,
      [{ path: 'README.md', mode: '100644', type: 'blob', sha: null }],
      await commitTree(github, REPO, base),
    );
    expect((await readTree(github, REPO, tree, true)).map((entry) => entry.path)).not.toContain(
      'README.md',
    );
  });
});
