import type { Seed } from '../emulator/index.js';

/**
 * An access repository on the night of 2026-11-27: three grants past `expires` (one inside a
 * multi-document file), a leaver holding two grants in two files, grants ending within 14 days
 * for two owners, and comments and odd formatting that must survive the removals.
 */

export const DAY_1 = '2026-11-27T03:00:00Z';
export const DAY_2 = '2026-11-28T03:00:00Z';

export const CATALOG = `# Catalog for the expiry tests.
kind: Resource
id: github:team/payments-oncall
owners: [team:payments]
provisioner: github
roles:
  member: { risk: low, maxDays: 365 }
---
kind: Resource
id: github:repo/acme/ledger
owners: [user:mia]
provisioner: github
roles:
  read: { risk: low, maxDays: 365 }
  write: { risk: medium, maxDays: 90 }
`;

export const PEOPLE = ['alice', 'carol', 'dave', 'erin', 'frank', 'gina', 'mia']
  .map((id) => `kind: User\nid: ${id}\nstatus: active\n`)
  .concat(['kind: User\nid: bob\nstatus: leaver\nleftOn: 2026-11-20\n'])
  .concat(['kind: Team\nid: payments\nmaintainers: [alice]\nmembers: [dave]\n'])
  .join('---\n');

/** Four documents: alice stays, carol expired, bob left, dave ends on 2026-12-05. */
export const ONCALL = `# Payments on-call rotation. Keep sorted by id.
kind: Grant
id: alice-oncall
subject: user:alice
resource: github:team/payments-oncall
role: member
reason: "Primary on-call, Q1"   # quoted on purpose
expires: 2027-03-31
---
# Bob left in November.
kind: Grant
id: bob-oncall
subject: user:bob
resource: github:team/payments-oncall
role: member
reason: Secondary on-call
expires: 2027-01-31
---
# Carol covered November only.
kind: Grant
id: carol-oncall
subject: user:carol
resource: github:team/payments-oncall
role: member
reason: >
  November cover
  for the holidays
expires: 2026-11-20

---   # dave
kind: Grant
id: dave-oncall
subject: user:dave
resource: github:team/payments-oncall
role: member
reason: December cover
expires: 2026-12-05
`;

/** Alice's on-call and Dave's December cover, as they remain once carol and bob are cut out. */
export const ONCALL_AFTER =
  ONCALL.slice(0, ONCALL.indexOf('---\n# Bob left')) + ONCALL.slice(ONCALL.indexOf('---   # dave'));

export const LEDGER = `kind: Grant
id: erin-ledger-read
subject: user:erin
resource: github:repo/acme/ledger
role: read
reason: Audit of October ledger entries
expires: 2026-11-01
`;

export const FRANK = `kind: Grant
id: frank-ledger-write
subject: user:frank
resource: github:repo/acme/ledger
role: write
reason: Ledger migration
expires: '2026-11-25T18:00:00Z'
`;

export const BOB = `kind: Grant
id: bob-ledger-read
subject: user:bob
resource: github:repo/acme/ledger
role: read
reason: Month-end reconciliation
expires: 2027-02-01
`;

/** Ends at the start of 2026-11-28: a reminder on day 1, a removal on day 2. */
export const GINA = `kind: Grant
id: gina-ledger-read
subject: user:gina
resource: github:repo/acme/ledger
role: read
reason: Quarter close
expires: 2026-11-27
`;

export const FILES: Record<string, string> = {
  'README.md': '# acme access\n',
  'access/catalog/resources.yaml': CATALOG,
  'access/identities/people.yaml': PEOPLE,
  'access/grants/oncall.yaml': ONCALL,
  'access/grants/ledger.yaml': LEDGER,
  'access/grants/frank.yaml': FRANK,
  'access/grants/bob.yaml': BOB,
  'access/grants/gina.yaml': GINA,
};

export function seed(files: Record<string, string> = FILES): Seed {
  return {
    org: { login: 'acme', owners: ['octo-admin'], members: ['mia', 'alice'] },
    teams: [{ slug: 'payments', members: ['alice'], repos: { access: 'push' } }],
    repos: [{ name: 'access', files }],
  };
}
