import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import {
  DEFAULT_COMPOSE_LIMITS,
  ParseCache,
  buildAccessModel,
  grantChangesSince,
  workingTreeFile,
  type AccessChange,
  type AccessSourceFile,
  type GrantRecord,
} from '../../src/model/index.js';
import { readBaseRules } from '../../src/policy/base-rules.js';
import { loadJudgedModel } from '../../src/workflows/pr-check/judged-model.js';
import { random } from '../../bench/generate-access.js';
import { CATALOG, IDENTITIES } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

// The pull-request check finds the changed grants from the files that differ alone
// (src/model/touched-grants.ts). Whatever a request does (edits, deletions, moves between
// files, copies, renames, ids that collide with untouched files, a dirty or untracked work
// tree, a base that moved on), the changes must be exactly those of the two whole models: a
// change missed is a grant judged as untouched, whose errors become warnings.

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

// the ledger (its owners' team) and a vault only pete owns, so a change of resource changes
// whose approval a removal needs
const RULES = {
  'access/catalog/resources.yaml': `${CATALOG}---
kind: Resource
id: github:repo/acme/vault
owners: [user:pete]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  admin: { risk: critical, maxDays: 30 }
`,
  'access/identities/people.yaml': IDENTITIES,
};

function grantDoc(id: string, next: () => number): string {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  return `kind: Grant
id: ${id}
subject: user:${pick(['alice', 'olivia', 'pete'])}
resource: github:repo/acme/${pick(['ledger', 'vault'])}
role: ${pick(['pull', 'admin'])}
reason: Needed for the quarterly reconciliation, case ${Math.floor(next() * 1000)}.
expires: 2027-01-15
`;
}

/** Grant files by path: documents joined as YAML writes them. */
type Grants = Map<string, string[]>;

const asFiles = (grants: Grants): Record<string, string> =>
  Object.fromEntries([...grants].map(([path, docs]) => [path, docs.join('---\n')]));

/** What a change says, with the resolution of the grant it removes or changes. */
function shown(changes: AccessChange[]): unknown[] {
  return changes.map((c) => {
    const record = c.before?.record as GrantRecord | null | undefined;
    return {
      id: c.id,
      change: c.change,
      moved: c.moved,
      contentChanged: c.contentChanged,
      before: c.before?.file,
      beforeIndex: c.before?.index,
      after: c.after?.file,
      afterIndex: c.after?.index,
      owners: record?.resolved?.resource.owners,
      risk: record?.resolved?.role.risk,
    };
  });
}

async function judgedChanges(repo: string, baseSha: string, wholeModels: boolean) {
  const base = await readBaseRules({
    workspace: repo,
    baseCommit: baseSha,
    accessDir: 'access',
    policiesDir: 'policies',
  });
  const parseCache = await ParseCache.open(join(repo, 'access'), DEFAULT_COMPOSE_LIMITS, {
    trusted: false,
  });
  const judged = await loadJudgedModel({
    workspace: repo,
    accessDir: 'access',
    baseCommit: base.commit,
    baseAccessFiles: base.accessFiles,
    parseCache,
    wholeModels,
  });
  return judged.grantChanges;
}

/** The work tree's access files with the blob ids git gives the clean ones. */
async function workTreeFiles(repo: string): Promise<AccessSourceFile[]> {
  const cache = await ParseCache.open(join(repo, 'access'), DEFAULT_COMPOSE_LIMITS, {
    trusted: false,
  });
  const inside = readdirSync(join(repo, 'access'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.yaml'))
    .sort();
  return inside.map((p) => workingTreeFile(join(repo, 'access', p), `access/${p}`, p, cache));
}

async function quickChanges(repo: string, ref: string): Promise<AccessChange[] | undefined> {
  const after = await workTreeFiles(repo);
  const parsed = buildAccessModel(after.filter((f) => f.relativePath.startsWith('grants/')));
  return grantChangesSince(repo, ref, after, parsed.documents, { accessDir: 'access' });
}

/**
 * One generated request: a base of grant files (some holding several grants), then edits
 * made on the request's branch, some left uncommitted, and sometimes a base that moved on.
 */
function scenario(seed: number): { repo: string; baseSha: string; edits: string[] } {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const base: Grants = new Map();
  let ids = 0;
  for (let i = 0; i < 8; i++) {
    const count = next() < 0.3 ? 2 : 1;
    base.set(
      `access/grants/team-${i % 3}/g${i}.yaml`,
      Array.from({ length: count }, () => grantDoc(`g${ids++}`, next)),
    );
  }
  workspace = createGitWorkspace({
    commits: [
      {
        message: 'base',
        files: { ...RULES, ...asFiles(base) },
      },
    ],
  });
  const ws = workspace;
  ws.checkout('request', { create: true });
  const head: Grants = new Map([...base].map(([p, docs]) => [p, [...docs]]));
  const edits: string[] = [];
  const existingId = () => `g${Math.floor(next() * ids)}`;
  const someFile = () => pick([...head.keys()]);
  const newFile = () => `access/grants/team-${Math.floor(next() * 4)}/n${ids++}.yaml`;
  const deleted: string[] = [];
  const editCount = 1 + Math.floor(next() * 4);
  let ruleEdit: Record<string, string> = {};
  for (let e = 0; e < editCount && head.size > 1; e++) {
    const kind = pick([
      'modify',
      'modify',
      'delete',
      'add',
      'duplicate',
      'move',
      'rename',
      'copy',
      'rule',
    ]);
    const file = someFile();
    const docs = head.get(file) as string[];
    edits.push(`${kind} ${file}`);
    if (kind === 'modify') {
      const at = Math.floor(next() * docs.length);
      const id = /^id: (.*)$/m.exec(docs[at] as string)?.[1] as string;
      docs[at] = grantDoc(id, next);
    } else if (kind === 'delete') {
      head.delete(file);
      deleted.push(file);
    } else if (kind === 'add') head.set(newFile(), [grantDoc(`x${ids++}`, next)]);
    else if (kind === 'duplicate') head.set(newFile(), [grantDoc(existingId(), next)]);
    else if (kind === 'move') {
      const doc = docs.pop() as string;
      if (docs.length === 0) {
        head.delete(file);
        deleted.push(file);
      }
      const target = next() < 0.5 ? newFile() : someFile();
      head.set(target, [...(head.get(target) ?? []), doc]);
    } else if (kind === 'rename') {
      head.delete(file);
      deleted.push(file);
      head.set(newFile(), docs);
    } else if (kind === 'copy') head.set(newFile(), [...docs]);
    else
      ruleEdit = pick<Record<string, string>>([
        {
          'access/catalog/resources.yaml': RULES['access/catalog/resources.yaml'].replace(
            'risk: critical',
            'risk: low',
          ),
        },
        { 'access/identities/people.yaml': `${IDENTITIES}---\n${grantDoc(existingId(), next)}` },
      ]);
  }
  const files: Record<string, string | null> = { ...asFiles(head), ...ruleEdit };
  for (const path of deleted) if (!head.has(path)) files[path] = null;
  // some edits committed, the rest left in the work tree (dirty, deleted or untracked)
  const committed = Object.entries(files).filter(() => next() < 0.7);
  ws.commit({ message: 'request', files: Object.fromEntries(committed) });
  if (next() < 0.3) {
    // the base moved on after the request branched: its merge base is no longer the base
    ws.checkout('main');
    const moved = pick([...base.keys()]);
    ws.commit({ message: 'main moves', files: { [moved]: grantDoc('m0', next) } });
    ws.checkout('request');
    edits.push(`main moved ${moved}`);
  }
  for (const [path, content] of Object.entries(files)) {
    if (committed.some(([p]) => p === path)) continue;
    const target = join(ws.path, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return { repo: ws.path, baseSha: ws.git('rev-parse', 'main'), edits };
}

describe('the changed grants of a pull request, from the files that differ', () => {
  it('equal those of the two whole models in every generated request', async () => {
    let quick = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const { repo, baseSha, edits } = scenario(seed);
      const whole = await judgedChanges(repo, baseSha, true);
      const fast = await judgedChanges(repo, baseSha, false);
      expect(shown(fast), `seed ${seed}: ${edits.join(', ')}`).toEqual(shown(whole));
      if (
        (await quickChanges(repo, workspace?.git('merge-base', 'main', 'HEAD') ?? '')) !== undefined
      )
        quick++;
      workspace?.remove();
      workspace = undefined;
    }
    // most requests take the short way; the rest build both sides whole
    expect(quick).toBeGreaterThanOrEqual(8);
  });

  /** A repository of the rules and `grants`, committed: where, and its sha. */
  const committed = (grants: Record<string, string>): { path: string; baseSha: string } => {
    workspace = createGitWorkspace({
      commits: [{ message: 'base', files: { ...RULES, ...grants } }],
    });
    return { path: workspace.path, baseSha: workspace.head };
  };

  it('builds both sides whole when a rule file changes', async () => {
    const { path, baseSha } = committed({ 'access/grants/a.yaml': grantDoc('a', random(1)) });
    writeFileSync(join(path, 'access/grants/a.yaml'), grantDoc('a', random(2)));
    const changes = await quickChanges(path, baseSha);
    expect(changes?.map((c) => `${c.change} ${c.id}`)).toEqual(['modified a']);
    writeFileSync(
      join(path, 'access/catalog/resources.yaml'),
      RULES['access/catalog/resources.yaml'].replace('risk: critical', 'risk: low'),
    );
    expect(await quickChanges(path, baseSha)).toBeUndefined();
  });

  it('builds both sides whole when a changed grant id is also held by an untouched file', async () => {
    const { path, baseSha } = committed({ 'access/grants/b.yaml': grantDoc('shared', random(1)) });
    // a.yaml comes first in path order: in the whole models it is now the grant "shared"
    writeFileSync(join(path, 'access/grants/a.yaml'), grantDoc('shared', random(2)));
    expect(await quickChanges(path, baseSha)).toBeUndefined();
    const whole = await judgedChanges(path, baseSha, true);
    expect(whole.map((c) => `${c.change} ${c.id} ${String(c.after?.file)}`)).toEqual([
      'modified shared access/grants/a.yaml',
    ]);
    expect(shown(await judgedChanges(path, baseSha, false))).toEqual(shown(whole));
  });
});
