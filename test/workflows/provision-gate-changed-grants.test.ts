import { afterEach, describe, expect, it } from 'vitest';

import { accessFilesAtRef, buildAccessModel, grantChangesSince } from '../../src/model/index.js';
import { directPushes, judgeMerges, type GateResult } from '../../src/workflows/provision/gate.js';
import { scenario } from '../fixtures/generated-requests.js';
import type { GitWorkspace } from '../harness/index.js';

// The provision gate finds what each commit changed from the files that differ from its
// parent alone (src/model/touched-grants.ts), building only the commit's model whole. On
// every generated request, merged as it stands, its verdicts must be exactly those of both
// sides built whole: a change missed is a grant provisioned without being judged.

const SEEDS = Number(process.env.GATE_SEEDS ?? 10);

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const judge = (repo: string, from: string, wholeModels: boolean) =>
  judgeMerges({
    repo,
    from,
    to: 'HEAD',
    accessDir: 'access',
    policiesDir: 'policies',
    now: new Date('2026-12-01T12:00:00Z'),
    lookup: directPushes('pushed directly'),
    wholeModels,
  });

/** The gate's answer as plain, ordered values. */
const shown = (result: GateResult) => ({
  grants: [...result.grants].sort(([a], [b]) => (a < b ? -1 : 1)),
  changed: [...result.changed].sort(([a], [b]) => (a < b ? -1 : 1)),
  ruleChanges: result.ruleChanges,
  notes: result.notes,
});

describe('the provision gate, judging each commit from the files that differ', () => {
  it('gives the verdicts of both sides built whole on every generated request', async () => {
    let quick = 0;
    let judged = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const generated = scenario(seed);
      workspace = generated.workspace;
      const { repo, baseSha, edits } = generated;
      // what the request left in the work tree is committed too: the gate reads commits only
      workspace.commit({ message: 'the rest of the request', files: {} });
      const from = workspace.git('merge-base', 'main', 'HEAD');
      const whole = await judge(repo, from, true);
      const fast = await judge(repo, from, false);
      expect(shown(fast), `seed ${seed}: ${edits.join(', ')}`).toEqual(shown(whole));
      judged += whole.changed.size + whole.grants.size;
      for (const commit of workspace.git('rev-list', `${from}..HEAD`).split('\n')) {
        const files = await accessFilesAtRef(repo, commit, { accessDir: 'access' });
        const model = buildAccessModel(files.filter((f) => f.relativePath.startsWith('grants/')));
        const short = await grantChangesSince(repo, `${commit}^1`, files, model.documents, {
          accessDir: 'access',
        });
        if (short !== undefined) quick++;
      }
      expect(baseSha).toMatch(/^[0-9a-f]{40}$/);
      workspace.remove();
      workspace = undefined;
    }
    // the gate had grants to judge, and most commits took the short way
    expect(judged).toBeGreaterThan(SEEDS);
    expect(quick).toBeGreaterThanOrEqual(SEEDS / 2);
  }, 300_000);
});
