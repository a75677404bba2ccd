import { createHash, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';
import { runCliWith } from '../harness/index.js';
import { saveBaseSnapshot, snapshotFolder, type SnapshotTree } from '../../src/model/index.js';
import { generateAccess } from '../../bench/generate-access.js';
import type { PrReport } from '../../src/report/pull-request/report.js';
import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import {
  BASE_GRANTS,
  CATALOG,
  CONFIG,
  IDENTITIES,
  LEDGER_POLICY,
  grant,
} from '../e2e/pr-check-fixture.js';
import { compilePolicies, compiledAt } from '../../src/policy/library.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { snapshotKeyPair, withSnapshotKey } from '../fixtures/snapshot-key.js';

// The pull-request check judges against a base snapshot only when the default branch's key
// signed it and it is of the base's own tree; whatever else is found, the check says why it
// was not used and judges exactly as it does without one.

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = new Date();

const TRUSTED = snapshotKeyPair();
const ATTACKER = snapshotKeyPair();

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

interface Repo {
  path: string;
  baseSha: string;
  headSha: string;
  tree: SnapshotTree;
}

/** A base commit on main and a pull request's branch on top of it, checked out. */
function repository(base: Record<string, string>, head: Record<string, string | null>): Repo {
  workspace = createGitWorkspace({ commits: [{ message: 'base', files: base }] });
  const baseSha = workspace.head;
  workspace.checkout('request', { create: true });
  const headSha = workspace.commit({ message: 'request', files: head });
  const path = workspace.path;
  return {
    path,
    baseSha,
    headSha,
    tree: { repo: path, accessDir: 'access', policiesDir: 'policies' },
  };
}

const LEDGER_BASE = {
  'access/catalog/ledger.yaml': CATALOG,
  'access/identities/people.yaml': IDENTITIES,
  'access/grants/olivia.yaml': BASE_GRANTS,
  'accessctl.yaml': withSnapshotKey(CONFIG, TRUSTED.publicKey),
};

/** alice asks for the ledger; olivia (an owner) approved. */
function ledgerRepo(head: Record<string, string | null> = {}): Repo {
  return repository(LEDGER_BASE, { 'access/grants/alice.yaml': grant('pull'), ...head });
}

function judge(
  repo: Repo,
  snapshot = true,
  approvers: readonly string[] = ['olivia'],
): Promise<PrReport> {
  return checkPullRequest({
    workspace: repo.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request: {
      number: 1,
      author: 'alice',
      title: 'access',
      headSha: repo.headSha,
      baseSha: repo.baseSha,
      labels: [],
      labelActors: {},
      approvals: approvers.map((reviewer) => ({ reviewer, commit: repo.headSha, stale: false })),
      pushers: ['alice'],
    },
    org: 'acme',
    now: NOW,
    snapshot,
  });
}

/** Everything the check decides, without the line that says where the base model came from. */
function verdictOf(report: PrReport): Omit<PrReport, 'baseModel'> {
  const rest: Partial<PrReport> = { ...report };
  delete rest.baseModel;
  return rest as Omit<PrReport, 'baseModel'>;
}

async function snapshotFile(repo: Repo): Promise<string> {
  const folder = await snapshotFolder(repo.path);
  const [name] = readdirSync(folder).filter((n) => n.endsWith('.snapshot'));
  if (name === undefined) throw new Error(`no snapshot in ${folder}`);
  return join(folder, name);
}

/** A snapshot file's three parts; `write` puts them back as an attacker would. */
function open(file: string) {
  const bytes = readFileSync(file);
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  return {
    header: JSON.parse(bytes.toString('utf8', 0, first)) as Record<string, unknown>,
    signature: bytes.toString('utf8', first + 1, second),
    rows: JSON.parse(gunzipSync(bytes.subarray(second + 1)).toString('utf8')) as [
      string,
      [number, string, [number, number, string, Record<string, unknown>, string, string | null][]],
    ][],
    write(header: Record<string, unknown>, signature: string, body: Buffer) {
      writeFileSync(
        file,
        Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n${signature}\n`), body]),
      );
    },
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('the pull-request check with a base snapshot', () => {
  it('uses a signed snapshot of the base and judges exactly as it does without one', async () => {
    const repo = ledgerRepo();
    const without = await judge(repo);
    expect(without.baseModel).toEqual({
      snapshot: 'none',
      reason: expect.stringMatching(
        /^no snapshot of the base commit [0-9a-f]{7} in .*accessctl\/snapshots/,
      ),
    });
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const withSnapshot = await judge(repo);
    expect(withSnapshot.baseModel).toEqual({
      snapshot: 'used',
      reason: expect.stringMatching(/^the snapshot of the base commit [0-9a-f]{7} \(3 files/),
    });
    expect(verdictOf(withSnapshot)).toEqual(verdictOf(without));
    expect(withSnapshot.grants.map((g) => [g.id, g.verdict, g.approvals])).toEqual([
      ['alice-ledger-pull', 'passes', ['olivia']],
    ]);
  });

  it("judges the example repository's change the same with its snapshot", async () => {
    const base: Record<string, string> = { 'accessctl.yaml': '' };
    const copy = (dir: string) => {
      for (const name of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
        const file = join(ROOT, dir, name);
        if (/\.(ya?ml|rego)$/.test(name)) base[`${dir}/${name}`] = readFileSync(file, 'utf8');
      }
    };
    copy('access');
    copy('policies');
    base['accessctl.yaml'] = withSnapshotKey(
      readFileSync(join(ROOT, 'accessctl.yaml'), 'utf8'),
      TRUSTED.publicKey,
    );
    const grantFile = Object.keys(base).find((p) => p.startsWith('access/grants/'));
    if (grantFile === undefined) throw new Error('the example has no grant');
    const repo = repository(base, {
      [grantFile]: (base[grantFile] ?? '').replace(
        /^reason: .*$/m,
        'reason: Needed for the quarterly audit of the payments service.',
      ),
      'access/grants/new/alice.yaml': grant('pull'),
    });
    const without = await judge(repo);
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const withSnapshot = await judge(repo);
    expect(withSnapshot.baseModel.snapshot).toBe('used');
    expect(without.grants.length).toBeGreaterThan(0);
    expect(verdictOf(withSnapshot)).toEqual(verdictOf(without));
  }, 60_000);

  it('judges a generated repository with ten changed grants the same with its snapshot', async () => {
    workspace = createGitWorkspace({
      commits: [{ message: 'empty', files: { 'README.md': 'bench\n' } }],
    });
    generateAccess(workspace.path, 400);
    writeFileSync(join(workspace.path, 'accessctl.yaml'), withSnapshotKey('', TRUSTED.publicKey));
    const files: Record<string, string> = {};
    for (const name of readdirSync(join(workspace.path, 'access'), {
      recursive: true,
      encoding: 'utf8',
    }))
      if (name.endsWith('.yaml'))
        files[`access/${name}`] = readFileSync(join(workspace.path, 'access', name), 'utf8');
    files['accessctl.yaml'] = withSnapshotKey('', TRUSTED.publicKey);
    const baseSha = workspace.commit({ message: 'generated', files });
    workspace.checkout('request', { create: true });
    const head: Record<string, string | null> = {};
    for (let i = 0; i < 10; i++) {
      const g = i * 40 + 7;
      const path = `access/grants/batch-0/grant-${g}.yaml`;
      const text = files[path] ?? '';
      // one becomes an admin grant without the ticket the role requires; one is removed
      head[path] =
        i === 3
          ? null
          : i === 5
            ? text.replace(/^role: .*$/m, 'role: admin')
            : text.replace(/^reason: .*$/m, `reason: Asked for again, ${g}`);
    }
    const headSha = workspace.commit({ message: 'ten changed', files: head });
    const repo: Repo = {
      path: workspace.path,
      baseSha,
      headSha,
      tree: { repo: workspace.path, accessDir: 'access', policiesDir: 'policies' },
    };
    const without = await judge(repo);
    await saveBaseSnapshot(repo.tree, baseSha, TRUSTED.privateKey);
    const withSnapshot = await judge(repo);
    expect(withSnapshot.baseModel.snapshot).toBe('used');
    expect(without.grants).toHaveLength(10);
    expect(without.grants.map((g) => g.change).filter((c) => c === 'removed')).toHaveLength(1);
    expect(verdictOf(withSnapshot)).toEqual(verdictOf(without));
  }, 60_000);

  it('is not used when snapshots are off, and says so', async () => {
    const repo = ledgerRepo();
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    expect((await judge(repo, false)).baseModel.snapshot).toBe('off');
  });
});

describe('a snapshot the check must not trust', () => {
  it('a pull-request run cannot write one', async () => {
    const repo = ledgerRepo();
    const before = process.env.GITHUB_EVENT_NAME;
    const key = process.env.ACCESSCTL_SNAPSHOT_KEY;
    process.env.GITHUB_EVENT_NAME = 'pull_request';
    process.env.ACCESSCTL_SNAPSHOT_KEY = TRUSTED.privateKey;
    let err = '';
    try {
      const code = await runCli(['snapshot'], {
        out: () => undefined,
        err: (t) => void (err += t),
        cwd: repo.path,
      });
      expect(code).toBe(2);
    } finally {
      if (before === undefined) delete process.env.GITHUB_EVENT_NAME;
      else process.env.GITHUB_EVENT_NAME = before;
      if (key === undefined) delete process.env.ACCESSCTL_SNAPSHOT_KEY;
      else process.env.ACCESSCTL_SNAPSHOT_KEY = key;
    }
    expect(err).toMatch(
      /this is a pull-request run; snapshots are saved only by runs of the default branch/,
    );
    expect((await judge(repo)).baseModel.snapshot).toBe('none');
  });

  it('ignores one signed by a key the pull request puts in its own accessctl.yaml', async () => {
    // The request drops the ledger's owners from the catalog in its snapshot, so that its own
    // approval... would be needed by nobody; it signs with its own key and names that key.
    const repo = ledgerRepo({ 'accessctl.yaml': withSnapshotKey(CONFIG, ATTACKER.publicKey) });
    const honest = await judge(repo);
    await saveBaseSnapshot(repo.tree, repo.baseSha, ATTACKER.privateKey);
    const report = await judge(repo);
    expect(report.baseModel).toEqual({
      snapshot: 'untrusted',
      reason: expect.stringMatching(
        /is not signed with the key of the base commit's snapshot\.publicKey/,
      ),
    });
    expect(verdictOf(report)).toEqual(verdictOf(honest));
  });

  it('ignores one when the base names no key', async () => {
    const repo = repository(
      { ...LEDGER_BASE, 'accessctl.yaml': CONFIG },
      { 'access/grants/alice.yaml': grant('pull') },
    );
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    expect((await judge(repo)).baseModel).toEqual({
      snapshot: 'untrusted',
      reason: expect.stringMatching(/sets no snapshot\.publicKey/),
    });
  });

  it.each([
    [
      // the request removes olivia's grant, which needs an approval; a base without that
      // grant would hide the removal
      'a grant',
      { 'access/grants/olivia.yaml': null },
      [],
      (rows: ReturnType<typeof open>['rows']) =>
        rows.map(([blob, [size, lines, docs]]) => [
          blob,
          [size, lines, docs.filter((d) => d[3].kind !== 'Grant')],
        ]) as ReturnType<typeof open>['rows'],
    ],
    [
      // olivia owns the ledger and approved; a catalog without its owners makes that count
      // for nothing (and one with other owners would let them approve)
      'an owner',
      {},
      ['olivia'],
      (rows: ReturnType<typeof open>['rows']) =>
        rows.map(([blob, [size, lines, docs]]) => [
          blob,
          [
            size,
            lines,
            docs.map((d) =>
              d[3].kind === 'Resource'
                ? [d[0], d[1], d[2], { ...d[3], owners: ['team:nobody'] }, d[4], d[5]]
                : d,
            ),
          ],
        ]) as ReturnType<typeof open>['rows'],
    ],
  ] as const)(
    'ignores one edited to drop %s, even with its digest made to match',
    async (_what, head, approvers, edit) => {
      // The base grant olivia holds and the ledger's owners (olivia's team) come from the base.
      const repo = ledgerRepo(head);
      const honest = await judge(repo, true, approvers);
      await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
      const file = await snapshotFile(repo);
      const snapshot = open(file);
      const body = gzipSync(JSON.stringify(edit(snapshot.rows)));

      snapshot.write(snapshot.header, snapshot.signature, body);
      expect((await judge(repo)).baseModel).toEqual({
        snapshot: 'damaged',
        reason: expect.stringMatching(/is cut short or changed after it was written/),
      });

      snapshot.write({ ...snapshot.header, body: sha256(body) }, snapshot.signature, body);
      const report = await judge(repo, true, approvers);
      expect(report.baseModel.snapshot).toBe('untrusted');
      expect(verdictOf(report)).toEqual(verdictOf(honest));

      // The edit matters: had the trusted key signed it, the check would judge otherwise.
      await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
      const signed = open(file);
      signed.write(signed.header, signed.signature, body);
      const header = { ...signed.header, body: sha256(body) };
      const signature = sign(
        null,
        Buffer.from(JSON.stringify(header)),
        createPrivateKey(TRUSTED.privateKey),
      ).toString('base64');
      signed.write(header, signature, body);
      const forged = await judge(repo, true, approvers);
      expect(forged.baseModel.snapshot).toBe('used');
      expect(verdictOf(forged)).not.toEqual(verdictOf(honest));
    },
  );

  it('ignores a snapshot of another tree, even under the name of the base', async () => {
    const repo = ledgerRepo();
    const honest = await judge(repo);
    // a snapshot of the request's own head, signed by the trusted key (a default-branch run
    // of a commit with the same content would make one)
    await saveBaseSnapshot(repo.tree, repo.headSha, TRUSTED.privateKey);
    expect((await judge(repo)).baseModel).toEqual({
      snapshot: 'mismatch',
      reason: expect.stringMatching(/are of other trees \(1\), none of the base commit/),
    });
    const file = await snapshotFile(repo);
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const baseFile = await snapshotFile(repo);
    // put the head's snapshot back, under the base's name
    await saveBaseSnapshot(repo.tree, repo.headSha, TRUSTED.privateKey);
    renameSync(file, baseFile);
    const report = await judge(repo);
    expect(report.baseModel).toEqual({
      snapshot: 'mismatch',
      reason: expect.stringMatching(/holds a snapshot of another tree \(of commit [0-9a-f]{7}\)/),
    });
    expect(verdictOf(report)).toEqual(verdictOf(honest));
  });

  it('ignores one written by another build of accessctl', async () => {
    const repo = ledgerRepo();
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const snapshot = open(await snapshotFile(repo));
    const bytes = readFileSync(await snapshotFile(repo));
    const body = bytes.subarray(bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1);
    snapshot.write({ ...snapshot.header, code: '0'.repeat(32) }, snapshot.signature, body);
    expect((await judge(repo)).baseModel).toEqual({
      snapshot: 'another-build',
      reason: expect.stringMatching(/written by another build of accessctl/),
    });
  });

  it('ignores a link in place of the snapshot, whatever it points at', async () => {
    const repo = ledgerRepo();
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const file = await snapshotFile(repo);
    renameSync(file, `${file}.real`);
    symlinkSync(`${file}.real`, file);
    expect((await judge(repo)).baseModel).toEqual({
      snapshot: 'damaged',
      reason: expect.stringMatching(/is not a regular file; it is ignored/),
    });
  });

  it.each([
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 100)],
    ['without a header', () => Buffer.from('not a snapshot')],
    ['empty', () => Buffer.alloc(0)],
  ])('ignores one %s as damaged', async (_what, damage) => {
    const repo = ledgerRepo();
    const honest = await judge(repo);
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey);
    const file = await snapshotFile(repo);
    writeFileSync(file, damage(readFileSync(file)));
    const report = await judge(repo);
    expect(report.baseModel.snapshot).toBe('damaged');
    expect(verdictOf(report)).toEqual(verdictOf(honest));
  });
});

describe('the base policies a snapshot carries compiled', () => {
  const OWN = { ...LEDGER_BASE, 'policies/ledger.rego': LEDGER_POLICY };
  const admin = () => repository(OWN, { 'access/grants/alice.yaml': grant('admin') });

  it('judges with them exactly as with the policies compiled in the check', async () => {
    const repo = admin();
    const without = await judge(repo);
    expect(without.findings.map((f) => f.rule)).toContain('ledger-no-admin');
    const saved = await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey, {
      policies: (at) => compiledAt(repo.path, at, repo.tree),
    });
    const withSnapshot = await judge(repo);
    expect(withSnapshot.baseModel.snapshot).toBe('used');
    expect(verdictOf(withSnapshot)).toEqual(verdictOf(without));
    expect(saved.bytes).toBeGreaterThan(100_000); // the module rides in the signed file
  });

  it('loads the module it carries, not a compile of its own, and only for the sources it names', async () => {
    const repo = admin();
    const honest = await compiledAt(repo.path, repo.baseSha, repo.tree);
    if (honest === undefined) throw new Error('the base has policies of its own');
    // a module of other rules (the ledger rule gutted), signed under the base's digest: the
    // check uses what the key signed, which is why only default-branch runs hold the key
    const weakened = await compilePolicies({
      userSources: {
        modules: [
          {
            file: 'policies/ledger.rego',
            source: 'package access\n\ndeny contains "never" if {\n\tinput.nothing\n}\n',
          },
        ],
        data: {},
      },
    });
    if (weakened === undefined) throw new Error('compiled');
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey, {
      policies: async () => ({ wasm: weakened.wasm, digest: honest.digest }),
    });
    expect((await judge(repo)).findings.map((f) => f.rule)).not.toContain('ledger-no-admin');
    // under any other digest it is not the base's: the check compiles them itself
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey, {
      policies: async () => ({ wasm: weakened.wasm, digest: 'of other sources' }),
    });
    const report = await judge(repo);
    expect(report.baseModel.snapshot).toBe('used');
    expect(report.findings.map((f) => f.rule)).toContain('ledger-no-admin');
  });
});

describe("the base rules' standing a snapshot carries", () => {
  const broken = async (commit: string) => ({
    stand: false as const,
    commit,
    reasons: ['no pull request: a direct push, approved by nobody'],
  });

  it('fails a grant the request adds while the base rules do not stand, saying what to do', async () => {
    const repo = ledgerRepo();
    await saveBaseSnapshot(repo.tree, repo.baseSha, TRUSTED.privateKey, { rules: broken });
    const report = await judge(repo);
    expect(report.verdict).toBe('fail');
    const held = report.findings.filter((f) => f.rule === 'base-rules-not-approved');
    expect(held).toEqual([
      expect.objectContaining({
        severity: 'error',
        grant: 'alice-ledger-pull',
        file: 'access/grants/alice.yaml',
        line: 1,
      }),
    ]);
    expect(held[0]?.message).toContain(
      `the rules of the base do not stand: ${repo.baseSha.slice(0, 7)} changed them without a policy owner's approval (no pull request: a direct push, approved by nobody), so provisioning would hold this grant once merged; revert that change`,
    );
  });

  it('says nothing when they stand, or for a request that only takes access away', async () => {
    const standing = ledgerRepo();
    await saveBaseSnapshot(standing.tree, standing.baseSha, TRUSTED.privateKey, {
      rules: async () => ({ stand: true }),
    });
    const report = await judge(standing);
    expect(report.findings.map((f) => f.rule)).not.toContain('base-rules-not-approved');
    expect(report.verdict).toBe('pass');
    workspace?.remove();
    const removal = repository(LEDGER_BASE, { 'access/grants/olivia.yaml': null });
    await saveBaseSnapshot(removal.tree, removal.baseSha, TRUSTED.privateKey, { rules: broken });
    const removed = await judge(removal);
    expect(removed.findings.map((f) => f.rule)).not.toContain('base-rules-not-approved');
  });

  it('takes it only from a snapshot of the base commit itself, not of another with the same trees', async () => {
    // main's next commit changes a file outside the access folder, the policies and the
    // config: its snapshot key is the same, its history (and the rules' standing) is not
    workspace = createGitWorkspace({ commits: [{ message: 'base', files: LEDGER_BASE }] });
    const older = workspace.head;
    const baseSha = workspace.commit({ message: 'readme', files: { 'README.md': 'hello\n' } });
    workspace.checkout('request', { create: true });
    const headSha = workspace.commit({
      message: 'request',
      files: { 'access/grants/alice.yaml': grant('pull') },
    });
    const path = workspace.path;
    const repo = {
      path,
      baseSha,
      headSha,
      tree: { repo: path, accessDir: 'access', policiesDir: 'policies' },
    };
    await saveBaseSnapshot(repo.tree, older, TRUSTED.privateKey, { rules: broken });
    const report = await judge(repo);
    expect(report.baseModel.snapshot).toBe('used');
    expect(report.findings.map((f) => f.rule)).not.toContain('base-rules-not-approved');
    expect(report.verdict).toBe('pass');
  });
});

describe('accessctl snapshot', () => {
  it('saves the snapshot of a commit, and --check says the check would use it', async () => {
    const repo = ledgerRepo();
    expect(await runCliWith(['snapshot', '--check', '--ref', repo.baseSha], repo.path)).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(
        /^snapshot none, the base model is built from git: no snapshot of the base commit/,
      ),
    });
    const saved = await runCliWith(['snapshot', '--ref', repo.baseSha], repo.path, {
      ACCESSCTL_SNAPSHOT_KEY: TRUSTED.privateKey,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_TOKEN: '',
    });
    expect(saved).toEqual({
      code: 0,
      out: expect.stringMatching(
        /^wrote .*\.snapshot: 3 parsed files of [0-9a-f]{7} \(\d+ KiB\)\n$/,
      ),
      // without GitHub, nothing says whether the rules stand: it says so
      err: expect.stringMatching(
        /^accessctl snapshot: whether the rules of [0-9a-f]{7} stand is not judged without GitHub \(set GITHUB_TOKEN/,
      ),
    });
    expect(await runCliWith(['snapshot', '--check', '--ref', repo.baseSha], repo.path)).toEqual({
      code: 0,
      out: expect.stringMatching(/^snapshot used: the snapshot of the base commit/),
      err: '',
    });
  });

  it.each([
    ['no key', {}, /ACCESSCTL_SNAPSHOT_KEY is not set; give this run the Ed25519 private key/],
    [
      'a key that is not PEM',
      { ACCESSCTL_SNAPSHOT_KEY: 'hunter2' },
      /ACCESSCTL_SNAPSHOT_KEY is not a private key in PEM/,
    ],
    [
      'an RSA key',
      {
        ACCESSCTL_SNAPSHOT_KEY: generateKeyPairSync('rsa', { modulusLength: 1024 })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      },
      /ACCESSCTL_SNAPSHOT_KEY is an rsa key; snapshots are signed with Ed25519/,
    ],
  ])('refuses %s', async (_what, env, message) => {
    const repo = ledgerRepo();
    const result = await runCliWith(['snapshot'], repo.path, {
      ACCESSCTL_SNAPSHOT_KEY: '',
      ...env,
      GITHUB_EVENT_NAME: 'push',
    });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toContain('hunter2');
  });

  it('refuses a ref that is not a commit, naming it', async () => {
    const repo = ledgerRepo();
    const result = await runCliWith(['snapshot', '--check', '--ref', 'no-such-branch'], repo.path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--ref no-such-branch: /);
  });
});
