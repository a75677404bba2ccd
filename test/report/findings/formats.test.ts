import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import type { LocatedFinding } from '../../../src/model/finding.js';
import { formatFindingsJunit } from '../../../src/report/findings/junit.js';
import { formatFindingsMarkdown } from '../../../src/report/findings/markdown.js';
import { summarize } from '../../../src/report/findings/summary.js';

const CWD = '/repo';
const FILES = [
  '/repo/access/grants/a.yaml',
  '/repo/access/grants/b.yaml',
  '/repo/access/catalog/c.yaml',
];

// Messages carry what a hostile grant may hold: markup, quotes, pipes, control characters.
const FINDINGS: LocatedFinding[] = [
  {
    rule: 'max-duration',
    severity: 'error',
    message: 'grant lasts 368 days; role "push" <b>allows</b> at most 90 & more',
    file: '/repo/access/grants/a.yaml',
    line: 7,
    column: 1,
  },
  {
    rule: 'unknown-role',
    severity: 'error',
    message: "role 'owner' | not defined\u0001\nsecond line",
    file: '/repo/access/grants/a.yaml',
    line: 12,
    column: 7,
  },
  {
    rule: 'expires-soon',
    severity: 'warning',
    message: 'ends in 3 days @alice',
    file: '/repo/access/grants/b.yaml',
    line: 4,
    column: 1,
  },
];

interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: { '@_name': string; failure?: { '@_message': string; '#text': string } }[];
}

function parseJunit(text: string): { '@_tests': string; '@_failures': string; testsuite: Suite[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return (parser.parse(text) as { testsuites: ReturnType<typeof parseJunit> }).testsuites;
}

describe('JUnit report', () => {
  it('is well-formed XML with one suite per file, one case per finding, errors as failures', () => {
    const report = parseJunit(formatFindingsJunit(FINDINGS, FILES, CWD));
    expect(report['@_tests']).toBe('4');
    expect(report['@_failures']).toBe('2');
    expect(report.testsuite.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      ['access/grants/a.yaml', '2', '2'],
      ['access/grants/b.yaml', '1', '0'],
      ['access/catalog/c.yaml', '1', '0'],
    ]);
    const [first, second] = report.testsuite[0]?.testcase ?? [];
    expect(first?.['@_name']).toBe('max-duration at access/grants/a.yaml:7:1');
    // The parser decodes the escapes back: the text survives exactly, markup and all.
    expect(first?.failure?.['@_message']).toBe(FINDINGS[0]?.message);
    expect(second?.failure?.['@_message']).toBe("role 'owner' | not defined\uFFFD\nsecond line");
    expect(report.testsuite[1]?.testcase[0]?.failure).toBeUndefined();
    expect(report.testsuite[2]?.testcase[0]?.['@_name']).toBe('no problems');
  });

  it('reports a clean repository as passing cases', () => {
    const report = parseJunit(formatFindingsJunit([], FILES, CWD));
    expect([report['@_tests'], report['@_failures']]).toEqual(['3', '0']);
  });
});

describe('markdown report', () => {
  it('opens with the verdict and summary, then a table row per finding with file:line', () => {
    const summary = summarize(FINDINGS, FILES.length, 9);
    const text = formatFindingsMarkdown(FINDINGS, summary, CWD, {
      policies: 'policies: the built-in library (prebuilt dist/policies.tar.gz)',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('### ❌ accessctl check: 2 errors, 1 warning in 9 documents (3 files)');
    expect(text).toContain('Judged by the built-in library (prebuilt dist/policies.tar.gz).');
    const rows = lines.filter((l) => /^\| (❌|⚠️) /.test(l));
    expect(rows).toEqual([
      '| ❌ error | `access/grants/a.yaml:7:1` | `max-duration` | grant lasts 368 days; role "push" &lt;b&gt;allows&lt;/b&gt; at most 90 &amp; more |',
      "| ❌ error | `access/grants/a.yaml:12:7` | `unknown-role` | role 'owner' \\| not defined\uFFFD second line |",
      '| ⚠️ warning | `access/grants/b.yaml:4:1` | `expires-soon` | ends in 3 days @\u200Balice |',
    ]);
    // Each row has exactly the header's four columns once escaped pipes are set aside.
    for (const row of rows) expect(row.replaceAll('\\|', '').split('|').length).toBe(6);
  });

  it('says a clean repository passes, and cuts a long report with a count of the rest', () => {
    expect(formatFindingsMarkdown([], summarize([], 3, 9), CWD)).toBe(
      '### ✅ accessctl check: no problems in 9 documents (3 files)\n\n',
    );
    const cut = formatFindingsMarkdown(FINDINGS, summarize(FINDINGS, 3, 9), CWD, { maxRows: 1 });
    expect(
      cut.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️')),
    ).toHaveLength(1);
    expect(cut).toContain('2 more finding(s) not shown; run `accessctl check` for all of them.');
  });
});
