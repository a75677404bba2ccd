import { describe, expect, it } from 'vitest';

import type { LocatedFinding } from '../../src/model/finding.js';
import { formatFindingsMarkdown } from '../../src/report/findings/markdown.js';
import {
  cell,
  code,
  codeCell,
  commentText,
  escape,
  preformatted,
} from '../../src/report/markdown.js';
import { renderPrMarkdown } from '../../src/report/pull-request/markdown.js';
import type { PrReport } from '../../src/report/pull-request/report.js';
import { renderEvidenceMarkdown } from '../../src/report/evidence/markdown.js';
import type { EvidenceReport } from '../../src/evidence/report.js';
import {
  mention,
  pullRequestBody,
  reminderBody,
  reminderMarker,
} from '../../src/report/expiry/messages.js';
import type { Expiring, Removal } from '../../src/model/expiry.js';
import { HOSTILE, markupIn, skeleton, stripCodeSpans } from './hostile-text.js';

/** Repository text in markdown stays text: the property, over strings an attacker chooses. */

describe('escape: inline text', () => {
  it.each(HOSTILE)('%j renders as text, with no markup', (text) => {
    expect(markupIn(escape(text))).toEqual([]);
    // a cell holds inline text only: what counts at the start of a line cannot start there
    expect(markupIn(`x${cell(text)}`)).toEqual([]);
  });

  it('leaves ordinary ids, paths and sentences as they are', () => {
    for (const text of [
      'alice-ledger-pull',
      'access/grants/alice.yaml:9:1',
      'github:repo/acme/ledger',
      'grant lasts 120 days; role "push" allows at most 90: move expires earlier',
    ])
      expect(escape(text)).toBe(text);
  });
});

describe('code: inline code', () => {
  it.each(HOSTILE)('%j stays one code span holding exactly the text', (text) => {
    for (const [render, inTable] of [
      [code, false],
      [codeCell, true],
    ] as const) {
      const md = render(text);
      if (inTable && text.includes('\\|')) {
        // shown as escaped text: a backslash cannot be escaped inside code
        expect(markupIn(md)).toEqual([]);
        continue;
      }
      const spans: string[] = [];
      const rest = stripCodeSpans(md, spans);
      if (text.trim() === '') continue;
      expect(rest).toBe('CODE');
      expect(spans).toHaveLength(1);
      // CommonMark drops one space from each end of a span that has both
      const strip = (t: string) => (/^ [^]* $/.test(t) && t.trim() !== '' ? t.slice(1, -1) : t);
      const span = inTable ? spans[0]!.replaceAll('\\|', '|') : spans[0]!;
      const body = text
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- the characters to find
        .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
      expect([body, strip(body)]).toContain(strip(span));
      if (inTable) expect(md).not.toMatch(/(^|[^\\])\|/);
    }
  });
});

describe('markers and HTML blocks', () => {
  it.each(HOSTILE)('%j cannot close an HTML comment or a <pre> block', (text) => {
    expect(commentText(text)).not.toMatch(/[<>\r\n]/);
    expect(preformatted(text).slice('<pre><code>'.length, -'</code></pre>\n'.length)).not.toMatch(
      /[<>]/,
    );
    expect(reminderMarker(`team:${text}`, '2026-01-01').match(/-->/g)).toHaveLength(1);
  });
});

function prReport(text: (n: number) => string): PrReport {
  return {
    verdict: 'fail',
    denied: 1,
    warnings: 1,
    pullRequest: { number: 1, author: text(1), headSha: 'a'.repeat(40), labels: [text(2)] },
    judgedBy: { baseCommit: 'b'.repeat(40), policyFiles: [text(3)], editedRuleFiles: [text(4)] },
    baseModel: { snapshot: 'damaged', reason: text(30) },
    reviewers: [{ reviewer: text(5), ignored: text(6) }],
    grants: [
      {
        id: text(7),
        change: 'added',
        subject: text(8),
        resource: text(9),
        role: text(10),
        risk: text(11),
        expires: text(12),
        owners: [text(13), text(14)],
        approvals: [text(15)],
        verdict: 'denied',
        file: text(16),
        line: 1,
      },
    ],
    findings: [
      { rule: text(17), severity: 'error', message: text(18), file: text(19), line: 1, column: 1 },
      {
        rule: text(20),
        severity: 'warning',
        message: text(21),
        file: text(22),
        line: 2,
        column: 1,
        preexisting: true,
      },
    ],
    exceptions: [
      {
        rule: text(27),
        severity: 'error',
        message: text(28),
        file: text(29),
        line: 3,
        column: 1,
        grant: text(30),
        reason: text(31),
      },
    ],
    nextSteps: [text(23), `Fix ${text(24)} at ${text(25)}:1: ${text(26)}`],
  };
}

const benign = (n: number) => `text${n}`;

describe('the pull-request comment', () => {
  it.each(HOSTILE)('%j in every field adds no markup to the comment', (hostile) => {
    const md = renderPrMarkdown(
      prReport(() => hostile),
      { baseModel: true },
    );
    expect(skeleton(md)).toEqual(skeleton(renderPrMarkdown(prReport(benign), { baseModel: true })));
    expect(md).not.toMatch(/^\s*#+\s*✅/m);
  });
});

describe('the findings report', () => {
  const findings = (text: (n: number) => string): LocatedFinding[] => [
    { rule: text(1), severity: 'error', message: text(2), file: text(3), line: 1, column: 1 },
  ];
  it.each(HOSTILE)('%j in every field adds no markup', (hostile) => {
    const summary = { files: 1, documents: 1, errors: 1, warnings: 0, exceptions: 0 };
    const render = (text: (n: number) => string) =>
      formatFindingsMarkdown(findings(text), summary, '/repo', { policies: text(4) });
    expect(skeleton(render(() => hostile))).toEqual(skeleton(render(benign)));
  });
});

describe('the evidence report', () => {
  const report = (text: (n: number) => string): EvidenceReport =>
    ({
      repository: text(1),
      head: 'c'.repeat(40),
      since: text(2),
      commits: 1,
      generatedAt: text(3),
      filters: { grant: text(4), subject: text(5) },
      summary: { grants: 1, changes: { added: 1, modified: 0, removed: 0 }, flags: {} },
      evidenceLog: { file: text(6), records: 1, broken: { line: 1, problem: text(7) } },
      notes: [text(8)],
      rows: [
        {
          commit: 'd'.repeat(40),
          committedAt: '2026-01-01T00:00:00Z',
          change: 'added',
          grant: text(9),
          subject: text(10),
          resource: text(11),
          role: text(12),
          previousRole: text(13),
          pullRequest: {
            number: 7,
            url: text(14),
            approvals: [{ reviewer: text(15), current: true }],
          },
          requester: text(16),
          verdict: { outcome: 'pass', messages: [text(17)] },
          expires: '2026-12-31T00:00:00Z',
          provisioning: [],
          controls: [text(18)],
          flags: [{ kind: 'no-review', message: text(19) }],
        },
      ],
    }) as unknown as EvidenceReport;
  it.each(HOSTILE)('%j in every field adds no markup', (hostile) => {
    const md = renderEvidenceMarkdown(report(() => hostile));
    const benignReport = report(benign);
    // a pull request's address that is not GitHub's is shown as text, never as a link
    expect(skeleton(md)).toEqual(skeleton(renderEvidenceMarkdown(benignReport)));
  });
});

describe('the expiry pull request and reminders', () => {
  it.each(HOSTILE)('%j as an owner notifies nobody and adds no markup', (hostile) => {
    for (const owner of [`team:${hostile}`, `user:${hostile}`, hostile]) {
      const shown = mention(owner, 'acme');
      expect(skeleton(shown)).toEqual(skeleton('`odd owner`'));
      expect(skeleton(reminderBody(owner, '2026-01-01', [], new Map(), 'acme', 14))).toEqual(
        skeleton(reminderBody('odd owner', '2026-01-01', [], new Map(), 'acme', 14)),
      );
    }
  });

  it('mentions owners that are plain logins and team slugs', () => {
    expect(mention('user:olivia', 'acme')).toBe('@olivia');
    expect(mention('team:ledger-owners', 'acme')).toBe('@acme/ledger-owners');
  });

  const grant = (text: (n: number) => string) => ({
    id: text(1),
    subject: text(2),
    resource: text(3),
    role: text(4),
    expires: text(5),
  });
  it.each(HOSTILE)('%j in grants, files and owners adds no markup', (hostile) => {
    const render = (text: (n: number) => string) => {
      const removal = {
        grant: grant(text),
        file: text(6),
        line: 1,
        reasons: [],
        owners: ['team:ledger-owners', 'user:olivia'],
      } as unknown as Removal;
      const expiring = {
        grant: grant(text),
        file: text(6),
        line: 1,
        daysLeft: 3,
      } as unknown as Expiring;
      // one that ends by its approved end, earlier than its file says
      const extended = {
        ...expiring,
        approvedEnd: { end: text(7), endAt: '', commit: '4be3a1c09f2d00000000' },
      };
      return (
        pullRequestBody([removal], new Map(), 'acme', '2026-01-01') +
        reminderBody(
          'team:ledger-owners',
          '2026-01-01',
          [expiring, extended],
          new Map(),
          'acme',
          14,
        )
      );
    };
    expect(skeleton(render(() => hostile))).toEqual(skeleton(render(benign)));
  });
});
