import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { checkRepository } from '../../src/workflows/check/repository.js';

// One repository holding one violation of each rule a whole-repository check can see
// (the approval, separation and break-glass rules need a pull request and are covered by
// the pull-request tests; wildcards, missing owners and missing expiries cannot pass the
// schema). Each violation must come out exactly once, at its line, with its rule id.
const NOW = new Date('2026-11-27T12:00:00Z');
const FIXTURE = join(import.meta.dirname, '../fixtures/every-rule');

/** The 1-based line of the first line of `file` that holds `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

describe('a repository with one violation of each rule', () => {
  it('yields exactly one located finding per violation', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-every-rule-'));
    cpSync(FIXTURE, root, { recursive: true });
    const { findings } = await checkRepository({
      accessDir: join(root, 'access'),
      now: NOW,
      config: { expiry: { warnDays: 7 } },
    });

    const grants = join(root, 'access/grants/every.yaml');
    const people = join(root, 'access/identities/people.yaml');
    const catalog = join(root, 'access/catalog/repos.yaml');
    const expected = [
      ['unknown-owner', catalog, 'owners: [team:ghosts]'],
      ['unknown-role', grants, 'role: owner'],
      ['missing-field', grants, 'id: missing-required-ticket', -1],
      ['high-risk-ticket', grants, 'role: maintain'],
      ['high-risk-reason', grants, 'reason: Edits protection'],
      ['team-role-limit', grants, 'role: push # above the team limit'],
      ['redundant-role', grants, 'id: alice-web-pull', 3],
      ['max-duration', grants, 'expires: 2027-11-30'],
      ['already-expired', grants, 'expires: 2026-11-01'],
      ['expires-soon', grants, 'expires: 2026-12-02'],
      // judged as a whole, nothing is asked for now: the overdue account is warned about
      // once, and no grant to it is an error (a change that adds one is: policies/expiry_test.rego)
      ['rotation-overdue', people, 'rotation: { maxAgeDays: 30'],
      ['leaver-has-grant', grants, 'subject: user:lee'],
      ['service-account-owner', people, 'owner: user:lee'],
    ] as const;
    const found = findings.map((f) => `${f.rule} ${relative(root, f.file)}:${f.line}`).sort();
    const want = expected
      .map(
        ([rule, file, text, offset]) =>
          `${rule} ${relative(root, file)}:${lineOf(file, text) + (offset ?? 0)}`,
      )
      .sort();
    expect(found).toEqual(want);
  });
});
