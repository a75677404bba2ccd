import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { codeownersCommand } from '../../src/commands/codeowners.js';
import { UsageError } from '../../src/commands/command.js';
import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, grant, IDENTITIES } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

const EXPECTED = `# Written by \`accessctl codeowners\` from the access catalog; edit the catalog, not this file.
# Each grant file is reviewed by the owners of the resources it grants.

# The rules every request is judged by: the policy owners.
/policies/ @pete
/access/catalog/ @pete
/access/identities/ @pete
/accessctl.yaml @pete
/.github/CODEOWNERS @pete

# Grants.
/access/grants/alice.yaml @acme/ledger-owners
`;

let dir: string | undefined;
let workspace: GitWorkspace | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  workspace?.remove();
  workspace = undefined;
});

function repo(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-codeowners-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(cwd: string, values: Record<string, string | boolean>) {
  const out: string[] = [];
  const err: string[] = [];
  const options = Object.fromEntries(
    Object.entries(codeownersCommand.options).map(([k, v]) => [k, v.default]),
  ) as Record<string, string | boolean | undefined>;
  const code = await codeownersCommand.run({ ...options, ...values }, [], {
    cwd,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join(''), err: err.join('') };
}

const FILES = {
  'access/catalog/ledger.yaml': CATALOG,
  'access/identities/people.yaml': IDENTITIES,
  'access/grants/alice.yaml': grant('pull'),
  'accessctl.yaml': CONFIG,
};

describe('accessctl codeowners', () => {
  it("writes each grant file's resource owners and the policy owners for the rules", async () => {
    const cwd = repo(FILES);
    expect(await run(cwd, { org: 'acme' })).toEqual({
      code: 0,
      out: 'wrote .github/CODEOWNERS\n',
      err: '',
    });
    expect(readFileSync(join(cwd, '.github/CODEOWNERS'), 'utf8')).toBe(EXPECTED);
    expect((await run(cwd, { org: 'acme', check: true })).code).toBe(0);
  });

  it('--check fails when a grant file was added since', async () => {
    const cwd = repo({ ...FILES, '.github/CODEOWNERS': EXPECTED });
    writeFileSync(join(cwd, 'access/grants/bob.yaml'), grant('pull').replaceAll('alice', 'bob'));
    expect(await run(cwd, { org: 'acme', check: true })).toEqual({
      code: 1,
      out: '',
      err: '.github/CODEOWNERS is out of date; run `accessctl codeowners` and commit it\n',
    });
  });

  it('asks for --org when an owner is a team', async () => {
    const cwd = repo(FILES);
    await expect(run(cwd, {})).rejects.toThrow(UsageError);
    await expect(run(cwd, {})).rejects.toThrow('pass --org ORG');
  });
});

describe('the pull-request check and CODEOWNERS', () => {
  async function checkWith(codeowners: string) {
    workspace = createGitWorkspace({
      commits: [
        { message: 'base', files: { ...FILES, 'access/grants/alice.yaml': grant('pull') } },
      ],
    });
    const baseSha = workspace.head;
    workspace.checkout('next', { create: true });
    const headSha = workspace.commit({ files: { '.github/CODEOWNERS': codeowners } });
    return checkPullRequest({
      workspace: workspace.path,
      accessDir: 'access',
      policiesDir: 'policies',
      request: {
        number: 1,
        author: 'alice',
        title: '',
        headSha,
        baseSha,
        labels: [],
        labelActors: {},
        approvals: [],
        pushers: ['alice'],
      },
      org: 'acme',
      now: new Date(),
    });
  }

  it('warns when CODEOWNERS is out of date', async () => {
    const report = await checkWith(EXPECTED.replace('@acme/ledger-owners', '@acme/someone-else'));
    expect(report.findings.filter((f) => f.rule !== 'policy-owner-approval')).toEqual([
      expect.objectContaining({
        rule: 'codeowners-stale',
        severity: 'warning',
        file: '.github/CODEOWNERS',
        line: 1,
      }),
    ]);
  });

  it('says nothing of CODEOWNERS when it matches the catalog; editing it is still a rule change', async () => {
    expect((await checkWith(EXPECTED)).findings.map((f) => [f.rule, f.file])).toEqual([
      ['policy-owner-approval', '.github/CODEOWNERS'],
    ]);
  });
});
