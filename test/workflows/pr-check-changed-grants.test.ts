import { lstatSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { RULES, grantDoc, scenario } from '../fixtures/generated-requests.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

// The pull-request check finds the changed grants from the files that differ alone
// (src/model/touched-grants.ts). Whatever a request does (edits, deletions, moves between
// files, copies, renames, ids that collide with untouched files, a dirty or untracked work
// tree, a base that moved on), the changes must be exactly those of the two whole models: a
// change missed is a grant judged as untouched, whose errors become warnings.

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

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
    // as the check walks it: no hidden files, no symbolic links
    .filter((p) => p.endsWith('.yaml') && !/(^|\/)\./.test(p))
    .filter((p) => !lstatSync(join(repo, 'access', p)).isSymbolicLink())
    .sort();
  return inside.map((p) => workingTreeFile(join(repo, 'access', p), `access/${p}`, p, cache));
}

/** The short way, with the touched files asked of git's index or (without) of a listing. */
async function quickChanges(
  repo: string,
  ref: string,
  fromIndex = false,
): Promise<AccessChange[] | undefined> {
  const cache = await ParseCache.open(join(repo, 'access'), DEFAULT_COMPOSE_LIMITS, {
    trusted: false,
  });
  const after = await workTreeFiles(repo);
  const parsed = buildAccessModel(after.filter((f) => f.relativePath.startsWith('grants/')));
  return grantChangesSince(repo, ref, after, parsed.documents, {
    accessDir: 'access',
    ...(fromIndex ? { workTree: cache?.indexState() } : {}),
  });
}

describe('the changed grants of a pull request, from the files that differ', () => {
  it('equal those of the two whole models in every generated request', async () => {
    let quick = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const generated = scenario(seed);
      workspace = generated.workspace;
      const { repo, baseSha, edits } = generated;
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
  }, 300_000);

  /** A repository of the rules and `grants`, committed: where, and its sha. */
  const committed = (grants: Record<string, string>): { path: string; baseSha: string } => {
    workspace = createGitWorkspace({
      commits: [{ message: 'base', files: { ...RULES, ...grants } }],
    });
    return { path: workspace.path, baseSha: workspace.head };
  };

  it('finds the same touched files from the index as from listing every path', async () => {
    const next = random(7);
    const { path, baseSha } = committed({
      'access/grants/kept.yaml': grantDoc('kept', next),
      'access/grants/edited.yaml': grantDoc('edited', next),
      'access/grants/staged.yaml': grantDoc('staged', next),
      'access/grants/gone.yaml': grantDoc('gone', next),
      'access/grants/unstaged-gone.yaml': grantDoc('unstaged-gone', next),
      'access/grants/linked.yaml': grantDoc('linked', next),
      'access/grants/unseen.yaml': grantDoc('unseen', next),
      'access/grants/notes.md': 'not a grant\n',
    });
    const ws = workspace as GitWorkspace;
    writeFileSync(join(path, 'access/grants/edited.yaml'), grantDoc('edited', next));
    writeFileSync(join(path, 'access/grants/staged.yaml'), grantDoc('staged', next));
    ws.git('add', 'access/grants/staged.yaml');
    ws.git('rm', '-q', 'access/grants/gone.yaml');
    rmSync(join(path, 'access/grants/unstaged-gone.yaml'));
    rmSync(join(path, 'access/grants/linked.yaml'));
    symlinkSync('kept.yaml', join(path, 'access/grants/linked.yaml'));
    // git is told not to look at it (as a sparse checkout does): clean in the index, yet gone
    ws.git('update-index', '--assume-unchanged', 'access/grants/unseen.yaml');
    rmSync(join(path, 'access/grants/unseen.yaml'));
    writeFileSync(join(path, 'access/grants/untracked.yaml'), grantDoc('untracked', next));
    writeFileSync(join(path, 'access/grants/.hidden.yaml'), grantDoc('hidden', next));
    writeFileSync(join(path, 'access/grants/notes.md'), 'still not a grant\n');
    const listed = await quickChanges(path, baseSha);
    expect(listed?.map((c) => `${c.change} ${c.id}`).sort()).toEqual([
      'added untracked',
      'modified edited',
      'modified staged',
      'removed gone',
      'removed linked',
      'removed unseen',
      'removed unstaged-gone',
    ]);
    expect(shown((await quickChanges(path, baseSha, true)) ?? [])).toEqual(shown(listed ?? []));
    // a rule file staged or edited in the work tree is seen from the index too
    writeFileSync(
      join(path, 'access/catalog/resources.yaml'),
      RULES['access/catalog/resources.yaml'].replace('risk: critical', 'risk: low'),
    );
    expect(await quickChanges(path, baseSha, true)).toBeUndefined();
    ws.git('add', 'access/catalog/resources.yaml');
    expect(await quickChanges(path, baseSha, true)).toBeUndefined();
  });

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
