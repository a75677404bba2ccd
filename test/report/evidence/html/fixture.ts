// An evidence report with one of each thing the HTML must show an auditor: a late removal,
// a direct push, a modification approved partly before the last push, a service account
// with NHI controls and a failed provisioning, a broken evidence log, a change whose pull
// request could not be looked up, and a grant whose strings try to inject markup and script.
import type { EvidenceReport, EvidenceRow } from '../../../../src/evidence/report.js';

export const HOSTILE_TITLE = `<script>document.title='pwned-title'</script> "quoted" & <img src=x onerror="document.title='pwned-img'">`;
export const HOSTILE_REASON = `<script>document.title='pwned-reason'</script> & "why" <b>bold</b>`;
export const HOSTILE_GRANT = `evil-"<i>&grant`;
export const HOSTILE_URL = `javascript:document.title='pwned-url'`;
export const PAGE_TITLE = 'Access evidence: acme/access at 9f8e7d6';

const sha = (seed: string): string => seed.repeat(40).slice(0, 40);

const base = {
  verdict: { outcome: 'pass', messages: [] },
  provisioning: [],
  controls: ['NIST CSF 2.0 PR.AA-05'],
  flags: [],
} satisfies Partial<EvidenceRow>;

const rows: EvidenceRow[] = [
  {
    ...base,
    grant: 'alice-payments-oncall',
    subject: 'user:alice',
    resource: 'github:team/payments-oncall',
    role: 'member',
    reason: 'Primary on-call for payments, Q1 rotation',
    change: 'added',
    commit: sha('a1'),
    committedAt: '2026-01-05T09:30:00Z',
    committer: 'web-flow',
    requester: 'alice',
    pullRequest: {
      number: 12,
      url: 'https://github.com/acme/access/pull/12',
      title: 'Grant alice payments on-call',
      author: 'alice',
      mergedAt: '2026-01-05T09:30:00Z',
      mergedBy: 'bob',
      approvals: [
        { reviewer: 'bob', at: '2026-01-05T09:00:00Z', commit: sha('c1'), current: true },
      ],
    },
    expires: '2026-03-31T00:00:00Z',
    provisioning: [
      {
        at: '2026-01-05T09:31:10Z',
        operation: 'github.team.add-member',
        result: 'applied',
        message: 'alice added to payments-oncall',
      },
    ],
  },
  {
    ...base,
    grant: 'carol-repo-admin',
    subject: 'user:carol',
    resource: 'github:repo/acme/payments',
    role: 'admin',
    change: 'added',
    commit: sha('b2'),
    committedAt: '2026-01-10T17:45:00+02:00',
    committer: 'carol',
    requester: 'carol',
    verdict: {
      outcome: 'warn',
      messages: ['carol-repo-admin: admin on github:repo/acme/payments requires a ticket'],
    },
    expires: '2026-02-01T00:00:00Z',
    flags: [
      {
        kind: 'no-review-evidence',
        message:
          'Commit b2b2b2b reached main without a pull request; find who approved it out of band or revert it.',
      },
    ],
  },
  {
    ...base,
    grant: 'svc-ci-deployer-payments',
    subject: 'service:ci-deployer',
    resource: 'github:repo/acme/payments',
    role: 'write',
    change: 'added',
    commit: sha('d3'),
    committedAt: '2026-01-12T08:00:00Z',
    committer: 'web-flow',
    requester: 'dave',
    pullRequest: {
      number: 15,
      url: 'https://github.com/acme/access/pull/15',
      title: 'CI deployer writes to payments',
      author: 'dave',
      mergedAt: '2026-01-12T08:00:00Z',
      mergedBy: 'erin',
      approvals: [
        { reviewer: 'erin', at: '2026-01-11T16:20:00Z', commit: sha('e4'), current: true },
      ],
    },
    expires: '2026-06-30T00:00:00Z',
    provisioning: [
      {
        at: '2026-01-12T08:01:00Z',
        operation: 'github.repo.add-collaborator',
        result: 'failed',
        message: 'HTTP 403: Resource not accessible by integration',
      },
    ],
    controls: ['OWASP NHI2:2025', 'OWASP NHI7:2025', 'NIST CSF 2.0 PR.AA-05'],
    flags: [
      {
        kind: 'provisioning-failed',
        message:
          'github.repo.add-collaborator failed; fix the token permissions and run accessctl provision again.',
      },
      {
        kind: 'evidence-log-broken',
        message:
          'The log is broken at line 7, before this grant’s records; they cannot be trusted.',
      },
    ],
  },
  {
    ...base,
    grant: 'carol-repo-admin',
    subject: 'user:carol',
    resource: 'github:repo/acme/payments',
    role: 'write',
    previousRole: 'admin',
    change: 'modified',
    commit: sha('f5'),
    committedAt: '2026-01-20T11:00:00Z',
    committer: 'web-flow',
    requester: 'carol',
    pullRequest: {
      number: 21,
      url: 'https://github.com/acme/access/pull/21',
      title: 'Lower carol to write',
      author: 'carol',
      mergedAt: '2026-01-20T11:00:00Z',
      mergedBy: 'frank',
      approvals: [
        { reviewer: 'frank', at: '2026-01-19T10:00:00Z', commit: sha('0a'), current: false },
        { reviewer: 'grace', at: '2026-01-20T10:30:00Z', commit: sha('1b'), current: true },
      ],
    },
    expires: '2026-04-30T00:00:00Z',
  },
  {
    ...base,
    grant: HOSTILE_GRANT,
    subject: 'user:mallory',
    resource: 'github:repo/acme/payments',
    role: 'read',
    reason: HOSTILE_REASON,
    change: 'added',
    commit: sha('27'),
    committedAt: '2026-01-22T13:00:00Z',
    committer: 'web-flow',
    requester: 'mallory',
    pullRequest: {
      number: 40,
      url: HOSTILE_URL,
      title: HOSTILE_TITLE,
      author: 'mallory',
      mergedAt: '2026-01-22T13:00:00Z',
      mergedBy: 'bob',
      approvals: [
        { reviewer: 'bob', at: '2026-01-22T12:00:00Z', commit: sha('38'), current: true },
      ],
    },
    expires: '2026-12-31',
  },
  {
    ...base,
    grant: 'dave-payments-read',
    subject: 'user:dave',
    resource: 'github:repo/acme/payments',
    role: 'read',
    change: 'added',
    commit: sha('49'),
    committedAt: '2026-01-25T15:00:00Z',
    committer: 'web-flow',
    requester: 'dave',
    pullRequest: {
      number: 22,
      url: 'https://github.com/acme/access/pull/22',
      title: 'dave reads payments',
      author: 'dave',
      mergedAt: '2026-01-25T15:00:00Z',
      mergedBy: 'dave',
      approvals: [],
    },
    expires: '2026-02-28T18:00:00Z',
    flags: [
      {
        kind: 'no-approval',
        message: 'Pull request #22 was merged by its author with no other approval.',
      },
      {
        kind: 'expired-not-removed',
        message: 'Expired on 2026-02-28 and still present at the head commit; remove it.',
        byHours: 30,
      },
    ],
  },
  {
    ...base,
    grant: 'alice-payments-oncall',
    subject: 'user:alice',
    resource: 'github:team/payments-oncall',
    role: 'member',
    reason: 'Primary on-call for payments, Q1 rotation',
    change: 'removed',
    commit: sha('5c'),
    committedAt: '2026-04-03T04:00:00Z',
    committer: 'web-flow',
    requester: 'accessctl-bot',
    pullRequest: {
      number: 30,
      url: 'https://github.com/acme/access/pull/30',
      title: 'Remove expired grants',
      author: 'accessctl-bot',
      mergedAt: '2026-04-03T04:00:00Z',
      mergedBy: 'bob',
      approvals: [
        { reviewer: 'bob', at: '2026-04-03T03:50:00Z', commit: sha('6d'), current: true },
      ],
    },
    expires: '2026-03-31T00:00:00Z',
    provisioning: [
      {
        at: '2026-04-03T04:01:00Z',
        operation: 'github.team.remove-member',
        result: 'applied',
        message: '',
      },
    ],
    flags: [
      {
        kind: 'late-removal',
        message:
          'Removed 3 days 4 h after it expired on 2026-03-31; shorten the expiry sweep interval.',
        byHours: 76,
      },
    ],
  },
  {
    ...base,
    grant: 'erin-billing-read',
    subject: 'user:erin',
    resource: 'postgres:billing-prod',
    role: 'read',
    change: 'added',
    commit: sha('7e'),
    committedAt: '2026-04-05T10:00:00Z',
    committer: 'web-flow',
    requester: 'erin',
    pullRequestNotFetched: 'the pull request lookup stopped: HTTP 502 from api.github.com',
    expires: '2026-10-05T00:00:00Z',
  },
];

export const NOTE =
  'pull request data was not fetched for 1 commit: the lookup stopped at HTTP 502';

export function auditReport(): EvidenceReport {
  return {
    generatedAt: '2026-04-10T12:00:00Z',
    since: '2026-01-01T00:00:00Z',
    until: '2026-04-10T00:00:00Z',
    repository: 'acme/access',
    head: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
    commits: 58,
    rows: structuredClone(rows),
    evidenceLog: {
      file: '.accessctl/evidence.jsonl',
      records: 12,
      broken: { line: 7, problem: 'prev hash does not match the hash of line 6' },
    },
    notes: [NOTE],
    summary: {
      grants: 6,
      changes: { added: 6, modified: 1, removed: 1 },
      flags: {
        'no-review-evidence': 1,
        'no-approval': 1,
        'late-removal': 1,
        'expired-not-removed': 1,
        'provisioning-failed': 1,
        'evidence-log-broken': 1,
      },
    },
  };
}
