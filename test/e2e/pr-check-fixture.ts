// An access repository and a GitHub organisation around it, for the pull-request check's
// end-to-end tests: alice asks for access to the ledger, the ledger-owners team (olivia)
// owns it, pete owns the rules.
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator, type SeedPull } from '../emulator/index.js';

/** A date `days` from today, as grants write it: always inside the roles' limits. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const CATALOG = `kind: Resource
id: github:repo/acme/ledger
owners: [team:ledger-owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  admin: { risk: high, maxDays: 60 }
`;

export const IDENTITIES = `kind: User
id: alice
---
kind: User
id: olivia
---
kind: User
id: pete
---
kind: Team
id: ledger-owners
members: [olivia]
`;

export const BASE_GRANTS = `kind: Grant
id: olivia-ledger-pull
subject: user:olivia
resource: github:repo/acme/ledger
role: pull
reason: Owns the ledger service and reads its code every day.
expires: ${inDays(200)}
`;

export const CONFIG = `policyOwners: [user:pete]
`;

/** The repository's own rule: nobody is ever admin of the ledger. */
export const LEDGER_POLICY = `package access

import data.access.lib

deny contains lib.finding("ledger-no-admin", g, "role", "nobody is admin of the ledger") if {
	some g in lib.changed_grants
	g.resource == "github:repo/acme/ledger"
	g.role == "admin"
}
`;

/** The same file with the rule gutted, as a pull request might try. */
export const LEDGER_POLICY_WEAKENED = `package access

ledger_rules_retired := true
`;

export function grant(role: 'pull' | 'admin', extra = ''): string {
  return `kind: Grant
id: alice-ledger-${role}
subject: user:alice
resource: github:repo/acme/ledger
role: ${role}
reason: Reconciles the November settlements that failed the bank's validation checks.
expires: ${inDays(20)}
${extra}`;
}

export interface RepoOptions {
  pull: Omit<SeedPull, 'title' | 'user' | 'head'> & { title?: string };
  /** The token's login: the Action's own identity (default an org owner with a ghs_ token). */
  actor?: string;
  baseFiles?: Record<string, string>;
}

export const TOKENS = {
  alice: 'ghp_alice000000000000000000000000000000',
  olivia: 'ghp_olivia00000000000000000000000000000',
  pete: 'ghp_pete0000000000000000000000000000000',
};

export async function startAccessRepo(options: RepoOptions): Promise<Emulator> {
  return startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia', 'pete'] },
      users: [
        { login: 'alice', token: TOKENS.alice },
        { login: 'olivia', token: TOKENS.olivia },
        { login: 'pete', token: TOKENS.pete },
        { login: 'reader', token: 'ghs_readonly000000000000000000000000000' },
      ],
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', olivia: 'push', pete: 'push', reader: 'pull' },
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'access/grants/olivia.yaml': BASE_GRANTS,
            'accessctl.yaml': CONFIG,
            ...options.baseFiles,
          },
          pulls: [
            {
              title: options.pull.title ?? 'Access for alice to the ledger',
              user: 'alice',
              head: 'grant-alice',
              ...options.pull,
            },
          ],
        },
      ],
    },
    ...(options.actor === undefined ? {} : { actor: options.actor }),
  });
}

/** A commit on the pull request's branch (or another), as `git push` by `login` would add it. */
export async function push(
  emulator: Emulator,
  path: string,
  content: string,
  login: keyof typeof TOKENS = 'alice',
  branch = 'grant-alice',
): Promise<void> {
  const api = client(emulator, TOKENS[login]);
  const current = await api('GET', `/repos/acme/access/contents/${path}?ref=${branch}`);
  const answer = await api('PUT', `/repos/acme/access/contents/${path}`, {
    message: `update ${path}`,
    content: Buffer.from(content).toString('base64'),
    branch,
    ...(current.status === 200 ? { sha: current.body.sha } : {}),
  });
  if (answer.status !== 200 && answer.status !== 201)
    throw new Error(`push failed: ${answer.status} ${JSON.stringify(answer.body)}`);
}

export async function approve(emulator: Emulator, login: keyof typeof TOKENS): Promise<void> {
  const answer = await client(emulator, TOKENS[login])(
    'POST',
    '/repos/acme/access/pulls/1/reviews',
    { event: 'APPROVE' },
  );
  if (answer.status !== 200) throw new Error(`review failed: ${answer.status}`);
}
