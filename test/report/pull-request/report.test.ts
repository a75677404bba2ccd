import { describe, expect, it } from 'vitest';

import { batches, planAnnotations } from '../../../src/report/pull-request/annotations.js';
import { renderPrMarkdown } from '../../../src/report/pull-request/markdown.js';
import { COMMENT_MARKER, type PrReport } from '../../../src/report/pull-request/report.js';

const REPORT: PrReport = {
  verdict: 'fail',
  denied: 1,
  warnings: 1,
  pullRequest: { number: 7, author: 'alice', headSha: 'abcdef1234567890', labels: [] },
  judgedBy: {
    baseCommit: '1234567abcdef',
    policyFiles: ['policies/ledger.rego'],
    editedRuleFiles: ['policies/ledger.rego'],
  },
  baseModel: { snapshot: 'used', reason: 'the snapshot of the base commit 1234567 (3 files)' },
  reviewers: [{ reviewer: 'alice', ignored: 'the author’s own approval never counts' }],
  grants: [
    {
      id: 'alice-ledger-admin',
      change: 'added',
      subject: 'user:alice',
      resource: 'github:repo/acme/ledger',
      role: 'admin',
      risk: 'high',
      expires: '2027-01-01',
      owners: ['team:ledger-owners'],
      approvals: [],
      verdict: 'needs approval',
      file: 'access/grants/alice.yaml',
      line: 1,
    },
  ],
  findings: [
    {
      rule: 'approval-required',
      severity: 'error',
      message: 'needs 1 approval(s) from owners of a|b <script>',
      file: 'access/grants/alice.yaml',
      line: 5,
      column: 1,
      grant: 'alice-ledger-admin',
    },
    {
      rule: 'expiry-soon',
      severity: 'warning',
      message: 'expires soon',
      file: 'access/grants/old.yaml',
      line: 3,
      column: 1,
      preexisting: true,
    },
  ],
  nextSteps: ['Get an approving review for alice-ledger-admin.'],
};

describe('the pull-request report', () => {
  it("lists the findings the base's waivers set aside, with their reasons", () => {
    const text = renderPrMarkdown({
      ...REPORT,
      exceptions: [
        {
          rule: 'ledger-no-admin',
          severity: 'error',
          message: 'nobody is admin of the ledger',
          file: 'access/grants/alice.yaml',
          line: 5,
          column: 1,
          grant: 'alice-ledger-admin',
          reason: 'Bank migration, SEC-7',
        },
      ],
    });
    expect(text).toContain("#### Exceptions (1 waived by the base's `exception` rules)");
    expect(text).toContain(
      '- ➖ `ledger-no-admin` `access/grants/alice.yaml:5:1`: nobody is admin of the ledger (waived: Bank migration, SEC-7)',
    );
    expect(renderPrMarkdown(REPORT)).not.toContain('#### Exceptions');
  });

  it('renders the comment: marker, table, findings, next steps', () => {
    const text = renderPrMarkdown(REPORT);
    expect(
      text.startsWith(`${COMMENT_MARKER}\n### ❌ accessctl: the access request is blocked`),
    ).toBe(true);
    expect(text).toContain(
      'by the rules of the base commit `1234567` (built-in library and `policies/ledger.rego`).',
    );
    expect(text).toContain('**This pull request edits the rules**');
    expect(text).toContain(
      '| alice-ledger-admin (added) | user:alice | github:repo/acme/ledger | admin | high | 2027-01-01 | team:ledger-owners | none | ⏳ needs approval |',
    );
    // the reviewer is named, not mentioned
    expect(text).toContain('- @\u200Balice: the author’s own approval never counts');
    expect(text).toContain(
      '`access/grants/alice.yaml:5:1`: needs 1 approval(s) from owners of a\\|b &lt;script&gt;',
    );
    expect(text).toContain('1 finding(s) on grants and files this pull request does not change');
    expect(text).toContain('- Get an approving review for alice-ledger-admin.');
  });

  it('leaves the marker out of the job summary', () => {
    expect(renderPrMarkdown(REPORT, { marker: false })).not.toContain(COMMENT_MARKER);
  });

  it('says where the base model came from in the job summary only, never in the comment', () => {
    expect(renderPrMarkdown(REPORT)).not.toContain('Base model');
    expect(renderPrMarkdown(REPORT, { marker: false, baseModel: true })).toContain(
      'Base model: the snapshot of the base commit 1234567 (3 files).',
    );
    const rebuilt: PrReport = {
      ...REPORT,
      baseModel: { snapshot: 'untrusted', reason: 'it is not signed with the base key' },
    };
    expect(renderPrMarkdown(rebuilt, { baseModel: true })).toContain(
      'Base model: built from git (snapshot untrusted): it is not signed with the base key.',
    );
  });

  it('annotates the findings on the change at their line, never those elsewhere', () => {
    expect(planAnnotations(REPORT.findings)).toEqual({
      annotations: [
        expect.objectContaining({
          path: 'access/grants/alice.yaml',
          start_line: 5,
          end_line: 5,
          annotation_level: 'failure',
          title: 'approval-required',
        }),
      ],
      leftOut: 0,
    });
  });

  it('annotates errors before warnings and counts what the cap leaves out', () => {
    const finding = (n: number, severity: 'error' | 'warning') => ({
      rule: `r${n}`,
      severity,
      message: 'm',
      file: 'access/grants/a.yaml',
      line: n,
      column: 1,
    });
    const findings = [
      ...Array.from({ length: 40 }, (_, n) => finding(n, 'warning')),
      ...Array.from({ length: 30 }, (_, n) => finding(100 + n, 'error')),
    ];
    const plan = planAnnotations(findings);
    expect(plan.annotations).toHaveLength(50);
    expect(plan.leftOut).toBe(20);
    expect(plan.annotations.slice(0, 30).every((a) => a.annotation_level === 'failure')).toBe(true);
  });

  it('counts the findings elsewhere by rule in the comment, and lists them in the job summary', () => {
    const old = (n: number, rule: string) => ({
      rule,
      severity: 'warning' as const,
      message: `old ${n}`,
      file: `access/grants/old-${n}.yaml`,
      line: 1,
      column: 1,
      preexisting: true,
    });
    const report = {
      ...REPORT,
      findings: [
        ...REPORT.findings.slice(0, 1),
        old(1, 'redundant-role'),
        old(2, 'redundant-role'),
        old(3, 'expires-soon'),
      ],
    };
    const comment = renderPrMarkdown(report);
    expect(comment).toContain('| `redundant-role` | 2 |\n| `expires-soon` | 1 |');
    expect(comment).not.toContain('old-1.yaml');
    expect(comment).toContain('the job summary of this run lists them');
    const summary = renderPrMarkdown(report, { marker: false, listUntouched: true });
    for (const n of [1, 2, 3]) expect(summary).toContain(`access/grants/old-${n}.yaml:1:1`);
  });

  it('cuts annotations into batches of 50', () => {
    const items = Array.from({ length: 101 }, (_, n) => n);
    expect(batches(items).map((b) => b.length)).toEqual([50, 50, 1]);
    expect(batches([])).toEqual([]);
  });
});
