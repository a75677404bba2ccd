import { readBranchLog } from '../../src/provisioners/evidence-branch.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { createGitHubClient } from '../../src/github/index.js';
import type { Emulator, Seed } from '../emulator/index.js';
import { CATALOG, PEOPLE } from './expire-fixture.js';

/**
 * The acme organisation as the lifecycle tests find it: the access repository (identities,
 * catalog, grants) and the systems it provisions, holding exactly what the grants say. dave
 * is on the payments on-call team and reads the ledger; ed, a contractor sponsored by alice,
 * reads the ledger; gina may push to it for an incident. alice maintains team payments, the
 * policy owners, and reviews with her own token.
 */

export const ALICE = 'ghp_alice0000000000000000000000000000000';

/** ed: a contractor whose contract ended on 2026-11-20. */
export const IDENTITIES = `${PEOPLE}---\nkind: User\nid: ed\ntype: contractor\nsponsor: alice\ncontractEnds: 2026-11-20\n`;

export const ONCALL = `kind: Grant
id: alice-oncall
subject: user:alice
resource: github:team/payments-oncall
role: member
reason: Primary on-call, Q1
expires: 2027-03-31
---
kind: Grant
id: dave-oncall
subject: user:dave
resource: github:team/payments-oncall
role: member
reason: Secondary on-call, Q1
expires: 2027-03-31
`;

export const DAVE_LEDGER = `kind: Grant
id: dave-ledger-read
subject: user:dave
resource: github:repo/acme/ledger
role: read
reason: Month-end reconciliation
expires: 2027-02-01
`;

export const ED_LEDGER = `kind: Grant
id: ed-ledger-read
subject: user:ed
resource: github:repo/acme/ledger
role: read
reason: Audits the ledger exports under contract
expires: 2027-03-31
`;

export const GINA_JIT = `kind: Grant
id: gina-ledger-jit
subject: user:gina
resource: github:repo/acme/ledger
role: write
reason: Hotfix of the ledger export, incident INC-88
expires: 2026-11-27T14:30:00Z
`;

export const BASE_FILES: Record<string, string> = {
  'README.md': '# acme access\n',
  'accessctl.yaml': 'policyOwners: [team:payments]\n',
  'access/catalog/resources.yaml': CATALOG,
  'access/identities/people.yaml': IDENTITIES,
};

export function lifecycleSeed(files: Record<string, string>, now?: string): Seed {
  return {
    org: {
      login: 'acme',
      owners: ['octo-admin'],
      members: ['alice', 'dave', 'ed', 'gina', 'mia'],
    },
    users: [{ login: 'alice', token: ALICE }],
    teams: [
      { slug: 'payments', maintainers: ['alice'], repos: { access: 'push' } },
      { slug: 'payments-oncall', members: ['alice', 'dave'] },
    ],
    repos: [
      { name: 'access', files: { ...BASE_FILES, ...files } },
      { name: 'ledger', files: {}, collaborators: { dave: 'pull', ed: 'pull', gina: 'push' } },
    ],
    ...(now === undefined ? {} : { now }),
  };
}

/** The content of every file on `ref` of acme/access. */
export function filesAt(emulator: Emulator, ref: string): Map<string, string> {
  const repo = emulator.state.repo('acme', 'access')!;
  const sha = repo.refs.get(`refs/heads/${ref}`)!;
  const tree = repo.git.flatten(repo.git.commit(sha)!.tree);
  return new Map(
    [...tree].map(([path, entry]) => [path, repo.git.blob(entry.sha)!.toString('utf8')]),
  );
}

export function pulls(emulator: Emulator) {
  return emulator.state.repo('acme', 'access')!.issues.filter((i) => i.pull !== undefined);
}

/** The writes the emulator received: what a run that must change nothing may not have sent. */
export function writes(emulator: Emulator) {
  return emulator.state.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
}

export function oncallMember(emulator: Emulator, login: string): string | undefined {
  return emulator.state.org('acme')?.teams.get('payments-oncall')?.members.get(login)?.state;
}

export function ledgerPermission(emulator: Emulator, login: string): string | undefined {
  return emulator.state.repo('acme', 'ledger')?.collaborators.get(login);
}

/** The result records of the evidence branch, after checking its hash chain. */
export async function evidenceResults(emulator: Emulator) {
  const log = await readBranchLog({
    client: createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    }),
    owner: 'acme',
    repo: 'access',
    branch: 'accessctl-evidence',
  });
  const verified = verifyEvidence(log?.text ?? '');
  return { ok: verified.ok, results: verified.records.filter(isResult) };
}
