import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/index.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

/**
 * The calls the workflows will make, through the product's client and Octokit's own request
 * encoding (slashes in refs and paths, pagination, media types), against the emulator.
 */

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

async function setup(): Promise<GitHubClient> {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['bob', 'carol'] },
      users: [{ login: 'alice', token: 'ghp_alice' }, { login: 'dana' }],
      teams: [{ slug: 'payments-oncall', members: ['bob'], maintainers: ['carol'] }],
      repos: [
        {
          name: 'access',
          files: {
            'access/grants/bob.yaml': 'kind: Grant\nid: bob-oncall\nexpires: 2026-01-01\n',
            'access/grants/carol.yaml': 'kind: Grant\nid: carol-oncall\nexpires: 2027-01-01\n',
          },
          pulls: [
            {
              title: 'Grant alice payments write',
              user: 'alice',
              head: 'feature/alice',
              files: { 'access/grants/alice.yaml': 'kind: Grant\nid: alice\n' },
              reviews: [
                { user: 'bob', state: 'APPROVED' },
                { user: 'carol', state: 'CHANGES_REQUESTED' },
              ],
            },
          ],
        },
      ],
    },
    actor: 'octo-admin',
  });
  return createGitHubClient({
    token: emulator.token,
    env: { GITHUB_API_URL: emulator.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
}

describe('the check flow', () => {
  it('reads the pull, its files and its reviews, and reports with a comment and a check run', async () => {
    const github = await setup();
    const { data: pull } = await github.rest.pulls.get({
      owner: 'acme',
      repo: 'access',
      pull_number: 1,
    });
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'access',
      pull_number: 1,
    });
    const reviews = await github.paginate(github.rest.pulls.listReviews, {
      owner: 'acme',
      repo: 'access',
      pull_number: 1,
    });
    expect(files.map((file) => [file.filename, file.status])).toEqual([
      ['access/grants/alice.yaml', 'added'],
    ]);
    expect(reviews.map((review) => [review.user?.login, review.state])).toEqual([
      ['bob', 'APPROVED'],
      ['carol', 'CHANGES_REQUESTED'],
    ]);
    const { data: comment } = await github.rest.issues.createComment({
      owner: 'acme',
      repo: 'access',
      issue_number: pull.number,
      body: '<!-- accessctl -->\n1 grant checked',
    });
    await github.rest.issues.updateComment({
      owner: 'acme',
      repo: 'access',
      comment_id: comment.id,
      body: '<!-- accessctl -->\n1 grant checked, 0 denied',
    });
    const { data: run } = await github.rest.checks.create({
      owner: 'acme',
      repo: 'access',
      name: 'accessctl',
      head_sha: pull.head.sha,
      conclusion: 'success',
      output: { title: 'Passed', summary: '1 grant checked' },
    });
    expect(run.status).toBe('completed');
    const { data: combined } = await github.rest.repos.getCombinedStatusForRef({
      owner: 'acme',
      repo: 'access',
      ref: 'feature/alice',
    });
    expect(combined.sha).toBe(pull.head.sha);
    const comments = emulator.state.repo('acme', 'access')?.comments ?? [];
    expect(comments.map((item) => item.body)).toEqual([
      '<!-- accessctl -->\n1 grant checked, 0 denied',
    ]);
  });
});

describe('the expire flow', () => {
  it('branches, commits a removal through git data, and opens a labelled pull request', async () => {
    const github = await setup();
    const { data: main } = await github.rest.git.getRef({
      owner: 'acme',
      repo: 'access',
      ref: 'heads/main',
    });
    const { data: base } = await github.rest.git.getCommit({
      owner: 'acme',
      repo: 'access',
      commit_sha: main.object.sha,
    });
    const { data: tree } = await github.rest.git.createTree({
      owner: 'acme',
      repo: 'access',
      base_tree: base.tree.sha,
      tree: [{ path: 'access/grants/bob.yaml', mode: '100644', type: 'blob', sha: null }],
    });
    const { data: commit } = await github.rest.git.createCommit({
      owner: 'acme',
      repo: 'access',
      message: 'Remove expired grant bob-oncall',
      tree: tree.sha,
      parents: [main.object.sha],
    });
    await github.rest.git.createRef({
      owner: 'acme',
      repo: 'access',
      ref: 'refs/heads/accessctl/expire-2026-11-27',
      sha: commit.sha,
    });
    const { data: branchRef } = await github.rest.git.getRef({
      owner: 'acme',
      repo: 'access',
      ref: 'heads/accessctl/expire-2026-11-27',
    });
    expect(branchRef.object.sha).toBe(commit.sha);
    const { data: pull } = await github.rest.pulls.create({
      owner: 'acme',
      repo: 'access',
      title: 'Remove 1 expired grant',
      head: 'accessctl/expire-2026-11-27',
      base: 'main',
    });
    await github.rest.issues.addLabels({
      owner: 'acme',
      repo: 'access',
      issue_number: pull.number,
      labels: ['accessctl:expire'],
    });
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'access',
      pull_number: pull.number,
    });
    expect(files.map((file) => [file.filename, file.status])).toEqual([
      ['access/grants/bob.yaml', 'removed'],
    ]);
    const { data: content } = await github.rest.repos.getContent({
      owner: 'acme',
      repo: 'access',
      path: 'access/grants/carol.yaml',
      ref: 'accessctl/expire-2026-11-27',
    });
    expect(Array.isArray(content) ? undefined : content.type).toBe('file');
  });
});

describe('the provision flow', () => {
  it('adds and removes team members and collaborators, idempotently', async () => {
    const github = await setup();
    const add = () =>
      github.rest.teams.addOrUpdateMembershipForUserInOrg({
        org: 'acme',
        team_slug: 'payments-oncall',
        username: 'carol',
        role: 'member',
      });
    expect((await add()).data).toMatchObject({ role: 'member', state: 'active' });
    expect((await add()).data).toMatchObject({ role: 'member', state: 'active' });
    const outsider = await github.rest.teams.addOrUpdateMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'payments-oncall',
      username: 'dana',
    });
    expect(outsider.data.state).toBe('pending');
    const invitations = await github.paginate(github.rest.teams.listPendingInvitationsInOrg, {
      org: 'acme',
      team_slug: 'payments-oncall',
    });
    expect(invitations.map((invitation) => invitation.login)).toEqual(['dana']);
    const maintainers = await github.paginate(github.rest.teams.listMembersInOrg, {
      org: 'acme',
      team_slug: 'payments-oncall',
      role: 'maintainer',
    });
    expect(maintainers.map((user) => user.login)).toEqual([]);

    const member = await github.rest.repos.addCollaborator({
      owner: 'acme',
      repo: 'access',
      username: 'bob',
      permission: 'maintain',
    });
    expect(member.status).toBe(204);
    const invited = await github.rest.repos.addCollaborator({
      owner: 'acme',
      repo: 'access',
      username: 'alice',
      permission: 'pull',
    });
    expect(invited.status).toBe(201);
    expect(invited.data?.permissions).toBe('read');
    const { data: level } = await github.rest.repos.getCollaboratorPermissionLevel({
      owner: 'acme',
      repo: 'access',
      username: 'bob',
    });
    expect([level.permission, level.role_name]).toEqual(['write', 'maintain']);
    await github.rest.repos.removeCollaborator({ owner: 'acme', repo: 'access', username: 'bob' });
    await github.rest.teams.removeMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'payments-oncall',
      username: 'bob',
    });
    const members = await github.paginate(github.rest.teams.listMembersInOrg, {
      org: 'acme',
      team_slug: 'payments-oncall',
    });
    expect(members.map((user) => user.login)).toEqual(['carol']);
    const owners = await github.paginate(github.rest.orgs.listMembers, {
      org: 'acme',
      role: 'admin',
    });
    expect(owners.map((user) => user.login)).toEqual(['octo-admin']);
  });
});
