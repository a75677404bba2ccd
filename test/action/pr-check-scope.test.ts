import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { approve, CATALOG, grant, inDays, startAccessRepo } from '../e2e/pr-check-fixture.js';

/**
 * The pull-request check reports the change: run from the sources as a runner runs the
 * Action, against the emulated API and a real git checkout, on a repository whose untouched
 * grants carry many findings of their own.
 */

const SOURCE_ENTRY = fileURLToPath(new URL('./run-source.mjs', import.meta.url));
const GRANT_FILE = 'access/grants/alice.yaml';
const MARKER = '<!-- accessctl:pr-check -->';
/** People whose two grants each on the ledger make two findings elsewhere in the repository. */
const PEOPLE = 30;

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

const people = Array.from({ length: PEOPLE }, (_, n) => `p${n}`);
/** People who left: every grant they hold is a `leaver-has-grant` error. */
const LEAVERS = people.slice(0, 10);

/** Identities for alice, olivia, pete and the people, with the ledger owners' team. */
function identities(): string {
  return [...['alice', 'olivia', 'pete'], ...people]
    .map((id) => `kind: User\nid: ${id}\n${LEAVERS.includes(id) ? 'status: leaver\n' : ''}`)
    .concat('kind: Team\nid: ledger-owners\nmembers: [olivia]\n')
    .join('---\n');
}

/**
 * Each person holds pull and admin on the ledger, `redundant-role` (a warning); the leavers'
 * grants are `leaver-has-grant` errors, on grants the pull request does not touch.
 */
function untouchedGrants(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const id of people)
    files[`access/grants/${id}.yaml`] = ['pull', 'admin']
      .map(
        (role) => `kind: Grant
id: ${id}-ledger-${role}
subject: user:${id}
resource: github:repo/acme/ledger
role: ${role}
reason: Reconciles the settlements of the ledger for the finance team.
expires: ${inDays(50)}
`,
      )
      .join('---\n');
  return files;
}

async function start(files: Record<string, string>, reviews = true): Promise<Emulator> {
  emulator = await startAccessRepo({
    baseFiles: {
      'access/catalog/ledger.yaml': CATALOG,
      'access/identities/people.yaml': identities(),
      ...untouchedGrants(),
    },
    pull: { files, ...(reviews ? { reviews: [{ user: 'olivia', state: 'APPROVED' }] } : {}) },
  });
  return emulator;
}

async function check(name: 'pull_request' | 'pull_request_review' = 'pull_request') {
  const em = emulator as Emulator;
  const workspace = checkoutEmulatorRepo(em, 'acme/access', { ref: 'grant-alice' });
  workspaces.push(workspace);
  const event = buildEvent(em, {
    name,
    repo: 'acme/access',
    pullNumber: 1,
    action: name === 'pull_request_review' ? 'submitted' : 'synchronize',
  });
  const result = await runAction({
    command: 'check',
    event,
    workspace,
    emulator: em,
    entry: SOURCE_ENTRY,
    timeoutMs: 120_000,
  });
  return result;
}

function repoState() {
  const repo = (emulator as Emulator).state.repo('acme', 'access');
  if (repo === undefined) throw new Error('no repository');
  return repo;
}

function writes(pathPart: string) {
  return (emulator as Emulator).state.requests.filter(
    (q) => q.method !== 'GET' && q.path.includes(pathPart),
  );
}

function sticky(): string {
  const comments = repoState().comments.filter((c) => c.body.startsWith(MARKER));
  expect(comments).toHaveLength(1);
  return comments[0]?.body ?? '';
}

describe('the pull-request check reports the change', () => {
  it('annotates only the changed grant and counts the untouched findings by rule', async () => {
    await start({ [GRANT_FILE]: grant('pull') });
    const result = await check();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [run, ...others] = repoState().checkRuns;
    expect(others).toEqual([]);
    expect(run?.conclusion).toBe('success');
    // nothing on the change, so nothing annotated: not one of the 50 findings elsewhere
    expect(run?.annotations).toEqual([]);
    const comment = sticky();
    expect(comment).toContain('#### Elsewhere in the repository');
    expect(comment).toContain(
      `${PEOPLE + LEAVERS.length * 2} finding(s) on grants and files this pull request does not change`,
    );
    expect(comment).toContain(`| \`redundant-role\` | ${PEOPLE} |`);
    expect(comment).toContain(`| \`leaver-has-grant\` | ${LEAVERS.length * 2} |`);
    expect(comment).toMatch(/Run `accessctl check --base [0-9a-f]{12}` on the head for each one/);
    // counted, not listed: the comment names none of the untouched files
    expect(comment).not.toContain('access/grants/p0.yaml');
    // the job summary lists every one
    expect(result.summary).toContain('Every finding elsewhere');
    for (const id of people) expect(result.summary).toContain(`access/grants/${id}.yaml`);
    expect(run?.output.summary).not.toContain('access/grants/p0.yaml');
  });

  it('always annotates a blocking error on a changed grant, among many findings elsewhere', async () => {
    const text = grant('admin');
    await start({ [GRANT_FILE]: text });
    const result = await check();
    expect(result.exitCode).toBe(1);
    const run = repoState().checkRuns[0];
    expect(run?.conclusion).toBe('failure');
    const failures = run?.annotations.filter((a) => a.annotation_level === 'failure') ?? [];
    expect(failures.map((a) => [a.path, a.title])).toContainEqual([GRANT_FILE, 'high-risk-ticket']);
    expect(run?.annotations.every((a) => a.path === GRANT_FILE)).toBe(true);
    expect(sticky()).toContain('high-risk-ticket');
  });

  it('annotates the first 50 errors of a large change, lists the rest, and says so', async () => {
    const files: Record<string, string> = {};
    // 60 admin grants without a ticket on the change: 60 blocking errors, 10 over the cap
    for (let n = 0; n < 60; n++)
      files[`access/grants/alice-${n}.yaml`] = grant('admin').replace(
        'id: alice-ledger-admin',
        `id: alice-ledger-admin-${n}`,
      );
    await start(files);
    const result = await check();
    expect(result.exitCode).toBe(1);
    const run = repoState().checkRuns[0];
    expect(run?.annotations).toHaveLength(50);
    expect(run?.annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(writes('check-runs')).toHaveLength(1);
    const comment = sticky();
    const errorLines = comment.split('\n').filter((l) => l.startsWith('- ❌ `high-risk-ticket`'));
    expect(errorLines).toHaveLength(60);
    expect(comment).toMatch(/Annotations: 50 of \d+ findings on this change, at most 50 a run/);
    expect(result.summary).toMatch(/Annotations: 50 of \d+ findings on this change/);
  });

  it('writes nothing when it runs again on the same head with the same result', async () => {
    await start({ [GRANT_FILE]: grant('pull') });
    await check();
    expect(writes('check-runs')).toHaveLength(1);
    expect(writes('/comments')).toHaveLength(1);
    // a review event on the same head that changes no verdict
    const again = await check('pull_request_review');
    expect(again.exitCode).toBe(0);
    expect(writes('check-runs')).toHaveLength(1);
    expect(writes('/comments')).toHaveLength(1);
    expect(repoState().checkRuns).toHaveLength(1);
  });

  it('writes a new check run when the same head is judged differently', async () => {
    await start({ [GRANT_FILE]: grant('pull') }, false);
    const first = await check();
    expect(first.exitCode).toBe(1);
    await approve(emulator as Emulator, 'olivia');
    const second = await check('pull_request_review');
    expect(second.exitCode).toBe(0);
    expect(repoState().checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
    expect(writes('check-runs')).toHaveLength(2);
    expect(writes('/comments').map((q) => q.method)).toEqual(['POST', 'PATCH']);
  });
});
