import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { PathEncodingError } from '../../src/model/git.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { formatProvisionText } from '../../src/report/provision/text.js';
import { runProvision } from '../../src/workflows/provision.js';
import { directPushes, judgeMerges } from '../../src/workflows/provision/gate.js';
import type { GitRepo } from '../model/git-repo.js';
import { useProvisionEnv } from './provision-env.js';
import { NOW, githubProvisioner, grants, teamGrant } from './provision-fixture.js';

// A merge that adds a grant file whose name is not UTF-8 (the byte 0xFE) beside a decoy really
// named "\uFFFD.yaml": read as UTF-8, both are one name. Provisioning never judges a file under
// another's name: the range is refused whole, nothing from it is applied (not even with
// --allow-unapproved), the run fails saying which file, and the refusal is in the evidence.

const env = useProvisionEnv();

function mergeHiddenGrant(repo: GitRepo): string {
  const name = Buffer.concat([
    Buffer.from(join(repo.dir, 'access/grants/')),
    Buffer.from([0xfe]),
    Buffer.from('.yaml'),
  ]);
  repo.write({ 'access/grants/\uFFFD.yaml': '# notes\n' });
  writeFileSync(name, grants([teamGrant('alice', 'maintainer')]));
  return repo.commit('access');
}

describe('provisioning a range with a file name that is not UTF-8', () => {
  it('the gate refuses to judge it', async () => {
    const { repo, base } = env.accessRepo(['alice']);
    const merged = mergeHiddenGrant(repo);
    const judged = judgeMerges({
      repo: repo.dir,
      from: base,
      to: merged,
      accessDir: 'access',
      policiesDir: 'policies',
      now: NOW,
      lookup: directPushes('pushed directly'),
    });
    await expect(judged).rejects.toBeInstanceOf(PathEncodingError);
    await expect(judged).rejects.toThrow(/"access\/grants\/\\xFE\.yaml"/);
  });

  it.each([false, true])(
    'applies nothing, fails and records why (allowUnapproved: %s)',
    async (allowUnapproved) => {
      const gh = await env.github({
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
        teams: [{ slug: 'payments' }],
      });
      const { repo, base } = env.accessRepo(['alice']);
      const merged = mergeHiddenGrant(repo);
      const evidenceFile = join(env.scratchDir('accessctl-evidence-'), 'evidence.jsonl');

      const result = await runProvision({
        repo: repo.dir,
        from: base,
        to: merged,
        now: NOW,
        provisioners: [githubProvisioner(gh)],
        allowUnapproved,
        evidenceFile,
      });
      expect(result.ok).toBe(false);
      expect(result.operations).toEqual([]);
      expect(result.blocked).toMatch(
        new RegExp(
          `^the changes from ${base.slice(0, 12)} to ${merged.slice(0, 12)} cannot be judged: .*"access/grants/\\\\xFE\\.yaml".*git mv`,
        ),
      );
      expect(formatProvisionText(result, 25)).toContain('Nothing was applied: the changes from');
      expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')).toBeUndefined();

      const verdict = verifyEvidence(readFileSync(evidenceFile, 'utf8'));
      expect(verdict.ok).toBe(true);
      expect(
        verdict.records.filter(isResult).map((r) => [r.grant, r.result, r.mergeCommit]),
      ).toEqual([['', 'refused', merged]]);
      expect(verdict.records.filter(isResult)[0]?.message).toContain('\\xFE.yaml');
    },
  );
});
