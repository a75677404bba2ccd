import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import { buildHistory } from '../../bench/suites/evidence.js';
import { PolicyInputText } from '../../src/evidence/input-text.js';
import { buildAccessModel, type AccessModel } from '../../src/model/index.js';
import { buildPolicyInput, type PolicyInputOptions } from '../../src/policy/input.js';
import { runEvidence, type EvidenceOptions } from '../../src/workflows/evidence.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { ledgerPackage, ledgerPackageGrant } from '../fixtures/packages/ledger.js';
import { buildKnownHistory, grant, knownGitHub } from './history-fixture.js';

/**
 * Evidence joins each evaluation's input from the kept text of its parts (PolicyInputText).
 * That text is, byte for byte, the serialised value buildPolicyInput gives for the same commit,
 * on every evaluation of the fixtures and the generated history; a part kept across a change
 * of the rules, or a grant's text read for another version of it, would make it differ, and
 * the comparison sees it.
 */

const temps: string[] = [];
const workspaces: GitWorkspace[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  for (const w of workspaces) w.remove();
});
afterEach(() => vi.restoreAllMocks());

/** Runs evidence with every input text checked against buildPolicyInput; the texts made. */
async function checkedRun(options: EvidenceOptions): Promise<{ texts: string[]; json: string }> {
  const texts: string[] = [];
  const made = PolicyInputText.prototype.text;
  vi.spyOn(PolicyInputText.prototype, 'text').mockImplementation(function (
    this: PolicyInputText,
    model: AccessModel,
    input: PolicyInputOptions,
    rules: object,
  ) {
    const text = made.call(this, model, input, rules);
    // the same text, byte for byte, as serialising the whole input (keys in the same order)
    expect(text).toBe(JSON.stringify(buildPolicyInput(model, input)));
    texts.push(text);
    return text;
  });
  const report = await runEvidence(options);
  return { texts, json: JSON.stringify(report.rows) };
}

function repositoryFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const CATALOG = (pushDays: number) => `kind: Resource
id: github:repo/acme/ledger
owners: [team:owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: ${pushDays} }
`;
const PEOPLE = `kind: User
id: ann
---
kind: User
id: ben
---
kind: User
id: cid
---
kind: Team
id: owners
members: [ann]
---
kind: Team
id: ledger-readers
members: [ben]
---
kind: Team
id: ledger-owners
parent: owners
members: [cid]
`;

describe('the policy input joined from kept text', () => {
  it('is the text of what buildPolicyInput gives on the generated history the benchmark measures', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-input-text-'));
    temps.push(root);
    buildHistory(root, 80);
    const { texts } = await checkedRun({
      repo: root,
      pullsNotFetched: 'not asked here',
      now: new Date('2027-06-01T00:00:00Z'),
      evaluationGroup: 9,
    });
    expect(texts.length).toBeGreaterThan(80);
  }, 120_000);

  it('is the text of what buildPolicyInput gives on the known history, with its pull requests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accessctl-input-text-known-'));
    temps.push(dir);
    const known = await buildKnownHistory(dir);
    try {
      const { texts } = await checkedRun({
        repo: known.workspace.path,
        github: knownGitHub(known),
        now: new Date('2026-06-01T00:00:00Z'),
      });
      expect(
        texts.some((t) => (JSON.parse(t) as { request?: unknown }).request !== undefined),
      ).toBe(true);
    } finally {
      await known.close();
    }
  }, 120_000);

  it('is the text of what buildPolicyInput gives on every kind of record the rules know', async () => {
    const files = repositoryFiles('test/fixtures/every-rule');
    const workspace = createGitWorkspace({
      commits: [
        { files },
        {
          files: {
            'access/identities/teams.yaml': PEOPLE.replace(/kind: User\nid: \w+\n---\n/g, ''),
            'access/packages/ledger.yaml': ledgerPackage({ teams: 'ledger-readers' }),
            'access/grants/ben-ledger.yaml': ledgerPackageGrant('ben', '2026-02-01'),
            'access/grants/later.yaml': grant(
              'ben-later-pull',
              'user:ben',
              'pull',
              '2026-12-01',
              'starts: 2026-07-01\n',
            ),
          },
        },
      ],
    });
    workspaces.push(workspace);
    const { texts } = await checkedRun({ repo: workspace.path, now: new Date('2026-06-01Z') });
    expect(texts.length).toBeGreaterThanOrEqual(2);
    // a grant with a start of its own, and a package grant, are among what was judged
    expect(texts.some((t) => t.includes('"startedBy":"starts"'))).toBe(true);
    expect(texts.some((t) => t.includes('"package":"ledger-reader"'))).toBe(true);
  }, 120_000);

  it('judges each commit by its own rules: a catalog change between two commits changes the verdict', async () => {
    const workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/ledger.yaml': CATALOG(365),
            'access/identities/people.yaml': PEOPLE,
            'access/grants/ann.yaml': grant('ann-push', 'user:ann', 'push', '2026-12-01'),
          },
        },
        {
          message: 'push may last 30 days now; ben asks for the same as ann',
          files: {
            'access/catalog/ledger.yaml': CATALOG(30),
            'access/grants/ben.yaml': grant('ben-push', 'user:ben', 'push', '2026-12-01'),
          },
        },
        {
          message: 'ann renews, with another reason',
          files: {
            'access/grants/ann.yaml': grant(
              'ann-push',
              'user:ann',
              'push',
              '2026-12-01',
              '',
              'Second reason',
            ),
          },
        },
        {
          message: 'push may last a year again; cid asks for the same',
          files: {
            'access/catalog/ledger.yaml': CATALOG(365),
            'access/grants/cid.yaml': grant('cid-push', 'user:cid', 'push', '2026-12-01'),
          },
        },
      ],
    });
    workspaces.push(workspace);
    const { texts, json } = await checkedRun({
      repo: workspace.path,
      now: new Date('2026-06-01Z'),
    });
    const rows = JSON.parse(json) as { grant: string; verdict: { messages: string[] } }[];
    const tooLong = (id: string) =>
      rows
        .filter((r) => r.grant === id)
        .map((r) => r.verdict.messages.some((m) => /max(imum)?|longer|days/i.test(m)));
    expect(tooLong('ann-push')).toEqual([false, true]);
    expect(tooLong('ben-push')).toEqual([true]);
    expect(tooLong('cid-push')).toEqual([false]);
    // the renewed grant's text is its own version's, never the one before
    const inputs = texts.map((t) => JSON.parse(t) as { grants: { id: string; reason: string }[] });
    const reasons = inputs.flatMap((i) => i.grants.filter((g) => g.id === 'ann-push'));
    expect(reasons.map((g) => g.reason)).toEqual([
      'Works on the ledger (ann-push)',
      'Second reason',
    ]);
  }, 120_000);

  it('is checked for real: a part kept past a change of the rules makes the text differ', () => {
    const model = buildAccessModel([
      source('access/catalog/ledger.yaml', CATALOG(365)),
      source('access/identities/people.yaml', PEOPLE),
      source('access/grants/ann.yaml', grant('ann-push', 'user:ann', 'push', '2026-12-01')),
    ]);
    const options: PolicyInputOptions = {
      now: new Date('2026-06-01Z'),
      changes: { added: ['ann-push'], modified: [], removed: [], files: [] },
      config: {},
    };
    const texts = new PolicyInputText();
    const rules = {};
    expect(JSON.parse(texts.text(model, options, rules))).toStrictEqual(
      buildPolicyInput(model, options),
    );
    // The same record objects, now saying something else, under the same rules key: the kept
    // text is stale, and the comparison of the tests above catches it.
    const resource = model.resources[0] as AccessModel['resources'][number];
    (resource.roles.push as { maxDays: number }).maxDays = 30;
    const stale = JSON.parse(texts.text(model, options, rules));
    expect(stale).not.toStrictEqual(buildPolicyInput(model, options));
    // Under a new rules key (what the judge passes when a commit changes the rules) it is right.
    expect(JSON.parse(texts.text(model, options, {}))).toStrictEqual(
      buildPolicyInput(model, options),
    );
  });

  it('orders and replaces keys as an object does: array indexes first, a repeated id last in place', () => {
    const model = buildAccessModel([source('access/identities/people.yaml', PEOPLE)]);
    const user = model.users[0] as AccessModel['users'][number];
    const odd: AccessModel = {
      ...model,
      users: [
        { ...user, id: 'b' },
        { ...user, id: '10' },
        { ...user, id: '2' },
        { ...user, id: '__proto__' },
        { ...user, id: '4294967295' },
        { ...user, id: '007' },
        { ...user, id: 'b', status: 'leaver' },
      ],
    };
    const options: PolicyInputOptions = {
      now: new Date('2026-06-01Z'),
      changes: { added: [], modified: [], removed: [], files: ['b', 'a'] },
    };
    const text = new PolicyInputText().text(odd, options, {});
    expect(text).toBe(JSON.stringify(buildPolicyInput(odd, options)));
    expect(
      Object.keys((JSON.parse(text) as { identities: { users: object } }).identities.users),
    ).toContain('__proto__');
  });

  it('refuses what evidence never asks for rather than leaving it out', () => {
    const model = buildAccessModel([]);
    const texts = new PolicyInputText();
    expect(() => texts.text(model, { now: new Date() }, {})).toThrow(/only for a change/);
  });
});

function source(path: string, text: string) {
  return {
    path,
    relativePath: path.slice('access/'.length),
    size: Buffer.byteLength(text),
    read: () => text,
  };
}
