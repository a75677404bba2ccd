import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { GrantRecord } from '../../src/model/index.js';
import { changeOf, ManualProvisioner, type ManualTarget } from '../../src/provisioners/manual.js';
import { isUnsupported, type Operation } from '../../src/provisioners/provisioner.js';
import { manualIssue } from '../../src/report/manual/issue.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { modelOfFiles } from './access-files.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const TOKENS = {
  carol: 'ghp_carol000000000000000000000000000000',
  dave: 'ghp_dave0000000000000000000000000000000',
  mallory: 'ghp_mallory00000000000000000000000000',
};

const CATALOG = `kind: Resource
id: legacy:billing
owners: [team:billing-admins, user:carol]
provisioner: manual
roles:
  clerk: { risk: low, maxDays: 365 }
  approver: { risk: medium, maxDays: 90 }
`;

function grant(reason = 'Month-end close for the billing team'): GrantRecord {
  const model = modelOfFiles({
    'access/catalog/legacy.yaml': CATALOG,
    'access/identities/people.yaml': ['alice', 'carol', 'dave', 'mallory']
      .map((id) => `kind: User\nid: ${id}\nstatus: active\n`)
      .join('---\n'),
    'access/grants/g.yaml': `kind: Grant\nid: alice-billing\nsubject: user:alice\nresource: legacy:billing\nrole: clerk\nreason: ${JSON.stringify(reason)}\nexpires: 2027-03-31\n`,
  });
  const [record] = model.grants;
  if (record?.resolved === undefined)
    throw new Error(JSON.stringify(model.findings.map((f) => f.message)));
  return record;
}

/** The provisioner over a fresh emulator; `bot`: its token is an installation's, as in Actions. */
async function start(bot = false): Promise<{ manual: ManualProvisioner; target: ManualTarget }> {
  const self = bot ? 'accessctl-app[bot]' : 'accessctl-bot';
  emulator = await startEmulator({
    ...(bot ? { actor: self } : {}),
    seed: {
      org: { login: 'acme', owners: [self], members: ['dave', 'carol', 'mallory'] },
      users: [
        { login: 'carol', token: TOKENS.carol },
        { login: 'dave', token: TOKENS.dave },
        { login: 'mallory', token: TOKENS.mallory },
        { login: 'eve' },
        ...(bot ? [{ login: self, type: 'Bot' as const }] : []),
      ],
      teams: [{ slug: 'billing-admins', members: ['dave'] }],
      repos: [
        {
          name: 'access',
          files: {},
          collaborators: { carol: 'push', dave: 'push', mallory: 'triage' },
        },
      ],
    },
  });
  const manual = new ManualProvisioner({
    client: createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    }),
    repository: 'acme/access',
    label: 'accessctl-manual',
    write: manualIssue,
  });
  const target = manual.target(grant());
  if (isUnsupported(target)) throw new Error(target.unsupported);
  return { manual, target };
}

/** A provisioner knowing nothing of its issues yet: what the next run starts with. */
function rerun(): ManualProvisioner {
  const next = new ManualProvisioner({
    client: createGitHubClient({
      token: emulator?.token ?? '',
      env: { GITHUB_API_URL: emulator?.url ?? '' },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    }),
    repository: 'acme/access',
    label: 'accessctl-manual',
    write: manualIssue,
  });
  next.target(grant());
  return next;
}

const grantOperation = (target: ManualTarget): Operation<ManualTarget> => ({
  action: 'grant',
  grantId: 'alice-billing',
  target,
  to: 'clerk',
  removal: false,
});

async function as(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator?.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const issues = () => emulator?.state.repos.get('acme/access')?.issues ?? [];

describe('the manual provisioner', () => {
  it('opens one issue for the owners, and a re-run finds it instead of opening another', async () => {
    const { manual, target } = await start();
    expect(await manual.read(target)).toEqual({ pending: false });
    const first = await manual.apply(grantOperation(target), { pullRequest: 7, commit: 'abc123' });
    expect(first.status).toBe('pending');
    expect(first.issue?.number).toBeGreaterThan(0);
    const [issue] = issues();
    expect(issue?.labels).toEqual(['accessctl-manual']);
    // team:billing-admins is dave; user:carol as named
    expect([...(issue?.assignees ?? [])].sort()).toEqual(['carol', 'dave']);
    expect(issue?.body).toContain('`legacy:billing`');
    expect(issue?.body).toContain('#7');
    expect(issue?.body).toContain('`2027-03-31`');
    expect(changeOf(issue?.body ?? '')).toMatchObject({
      key: target.key,
      action: 'grant',
      to: 'clerk',
    });

    manual.refresh();
    expect(await manual.read(target)).toEqual({ pending: true });
    const again = await manual.apply(grantOperation(target));
    expect(again).toMatchObject({ status: 'pending', issue: { number: first.issue?.number } });
    expect(again.message).toMatch(/still waiting on issue #\d+/);
    expect(issues()).toHaveLength(1);
    expect((await manual.waiting()).map((w) => w.operation)).toEqual([
      'grant clerk to user:alice on legacy:billing',
    ]);
  });

  it.each([
    ['takes the label off', { labels: [] }],
    ['labels it otherwise', { labels: ['billing', 'wontfix'] }],
  ])('finds its issue after somebody %s, and never opens a second one', async (_, relabel) => {
    for (const bot of [false, true]) {
      const { manual, target } = await start(bot);
      const first = await manual.apply(grantOperation(target));
      const number = first.issue?.number ?? 0;
      // anyone with triage access may relabel an issue
      const relabelled = await as(
        TOKENS.mallory,
        'PUT',
        `/repos/acme/access/issues/${number}/labels`,
        relabel,
      );
      expect(relabelled.status).toBe(200);
      expect(issues()[0]?.labels).toEqual(relabel.labels);

      // the next run: a fresh provisioner, as a new job starts
      const next = rerun();
      expect(await next.read(target)).toEqual({ pending: true });
      const second = await next.apply(grantOperation(target));
      expect(second).toMatchObject({ status: 'pending', issue: { number } });
      expect(issues()).toHaveLength(1);
      expect((await next.waiting()).map((w) => w.issue.number)).toEqual([number]);
      // an installation token cannot ask GET /user who it is; GraphQL's viewer answers
      if (bot) expect(emulator?.state.requests.some((r) => r.path === '/graphql')).toBe(true);

      // closed as completed without its label, it still counts
      await as(TOKENS.carol, 'PATCH', `/repos/acme/access/issues/${number}`, {
        state: 'closed',
        state_reason: 'completed',
      });
      next.refresh();
      expect(await next.read(target)).toEqual({ role: 'clerk', pending: false });
      await emulator?.close();
      emulator = undefined;
    }
  });

  it('holds the role once an owner closes the issue as completed, and says who', async () => {
    const { manual, target } = await start();
    const opened = await manual.apply(grantOperation(target));
    const number = opened.issue?.number ?? 0;
    const closed = await as(TOKENS.carol, 'PATCH', `/repos/acme/access/issues/${number}`, {
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.json.closed_by).toMatchObject({ login: 'carol' });
    manual.refresh();
    expect(await manual.read(target)).toEqual({ role: 'clerk', pending: false });
    const [state] = await manual.followUp([{ number, owners: target.owners }]);
    expect(state).toMatchObject({ state: 'applied', closedBy: 'carol', byOwner: true });
    expect(state?.message).toMatch(/closed as completed by carol, an owner/);
  });

  it('counts a member of an owner team as an owner', async () => {
    const { manual, target } = await start();
    const number = (await manual.apply(grantOperation(target))).issue?.number ?? 0;
    await as(TOKENS.dave, 'PATCH', `/repos/acme/access/issues/${number}`, { state: 'closed' });
    const [state] = await manual.followUp([{ number, owners: target.owners }]);
    expect(state).toMatchObject({ state: 'applied', closedBy: 'dave', byOwner: true });
  });

  it('records who closed it when that is not an owner', async () => {
    const { manual, target } = await start();
    const number = (await manual.apply(grantOperation(target))).issue?.number ?? 0;
    await as(TOKENS.mallory, 'PATCH', `/repos/acme/access/issues/${number}`, {
      state: 'closed',
      state_reason: 'completed',
    });
    const [state] = await manual.followUp([{ number, owners: target.owners }]);
    expect(state).toMatchObject({ state: 'applied', closedBy: 'mallory', byOwner: false });
    expect(state?.message).toMatch(/mallory, who is not an owner of the resource/);
  });

  it('declines a change closed as not planned, and keeps it as drift', async () => {
    const { manual, target } = await start();
    const number = (await manual.apply(grantOperation(target))).issue?.number ?? 0;
    await as(TOKENS.carol, 'PATCH', `/repos/acme/access/issues/${number}`, {
      state: 'closed',
      state_reason: 'not_planned',
    });
    manual.refresh();
    const actual = await manual.read(target);
    expect(actual).toEqual({ pending: false });
    expect(
      manual.plan(target, { grantId: 'alice-billing', role: 'clerk' }, actual, ''),
    ).toMatchObject({ action: 'grant', to: 'clerk' });
    const [state] = await manual.followUp([{ number, owners: target.owners }]);
    expect(state).toMatchObject({ state: 'declined', closedBy: 'carol' });
  });

  it('takes a reopened issue as not done', async () => {
    const { manual, target } = await start();
    const number = (await manual.apply(grantOperation(target))).issue?.number ?? 0;
    const path = `/repos/acme/access/issues/${number}`;
    await as(TOKENS.carol, 'PATCH', path, { state: 'closed', state_reason: 'completed' });
    await as(TOKENS.carol, 'PATCH', path, { state: 'open' });
    manual.refresh();
    expect(await manual.read(target)).toEqual({ pending: true });
    const [state] = await manual.followUp([{ number, owners: target.owners }]);
    expect(state).toMatchObject({ state: 'pending' });
    expect(state?.message).toMatch(/open again \(reopened\)/);
  });

  it('ignores an issue somebody else opens with a copied marker and closes', async () => {
    const { manual, target } = await start();
    const genuine = await manual.apply(grantOperation(target));
    const body = issues()[0]?.body ?? '';
    const forged = await as(TOKENS.mallory, 'POST', '/repos/acme/access/issues', {
      title: 'done',
      body,
      labels: ['accessctl-manual'],
    });
    const number = Number(forged.json.number);
    await as(TOKENS.mallory, 'PATCH', `/repos/acme/access/issues/${number}`, {
      state: 'closed',
      state_reason: 'completed',
    });
    manual.refresh();
    expect(await manual.read(target)).toEqual({ pending: true });
    expect(await manual.followUp([{ number, owners: target.owners }])).toEqual([]);
    expect(genuine.issue?.number).not.toBe(number);
  });

  it('closes the open issue of a change the repository no longer wants', async () => {
    const { manual, target } = await start();
    const first = await manual.apply(grantOperation(target));
    const second = await manual.apply({ ...grantOperation(target), to: 'approver' });
    const [old, fresh] = issues();
    expect(old).toMatchObject({
      number: first.issue?.number,
      state: 'closed',
      stateReason: 'not_planned',
    });
    expect(fresh).toMatchObject({ number: second.issue?.number, state: 'open' });
  });

  it('shows the grant’s text as text: no mention, no disguised link, no HTML', async () => {
    emulator = undefined;
    const reason =
      '@mallory please see [the ticket](https://evil.example/x) <img src=x onerror=alert(1)> ' +
      '<!-- accessctl-manual e30 --> #1 `code` ![i](https://evil.example/i.png)';
    const target = {
      provisioner: 'manual',
      key: 'manual legacy:billing user:alice',
      label: 'user:alice on legacy:billing',
      resource: 'legacy:billing',
      subject: 'user:alice',
      owners: ['user:carol'],
    };
    const text = manualIssue({
      operation: grantOperation(target),
      reason,
      expires: '2027-03-31',
      run: { pullRequest: 7 },
      repository: 'acme/access',
      assignees: ['carol'],
      unlisted: [],
      marker: '<!-- accessctl-manual abc -->',
    });
    expect(text.body).not.toMatch(/@mallory/);
    // a bracket that is not escaped could close a link's text
    expect(text.body).not.toMatch(/(?<!\\)\]\(/);
    expect(text.body).not.toMatch(/<img|<!-- accessctl-manual e30/);
    expect(text.body).not.toMatch(/https:\/\//);
    expect(text.body).not.toMatch(/@carol/);
    // only the real marker is a marker
    expect(text.body.match(/<!-- accessctl-manual/g)).toHaveLength(1);
    expect(text.title).not.toMatch(/\n/);
  });

  it('cannot provision without the repository to open issues in', () => {
    const manual = new ManualProvisioner({
      client: createGitHubClient({ token: 'none', baseUrl: 'http://127.0.0.1:9' }),
      repository: '',
      label: 'accessctl-manual',
      write: manualIssue,
    });
    const target = manual.target(grant());
    expect(isUnsupported(target) && target.unsupported).toMatch(/GITHUB_REPOSITORY/);
  });
});
