import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHours, formatTime } from '../../../src/report/evidence/html/format.js';
import { STYLE } from '../../../src/report/evidence/html/style.js';
import { renderEvidenceHtml } from '../../../src/report/evidence/html/page.js';
import type { EvidenceReport } from '../../../src/evidence/report.js';
import { findChromium, runChromium } from './html/chromium.js';
import { startTags, textOf, titleOf } from './html/dom.js';
import {
  auditReport,
  HOSTILE_GRANT,
  HOSTILE_REASON,
  HOSTILE_TITLE,
  HOSTILE_URL,
  NOTE,
  PAGE_TITLE,
} from './html/fixture.js';
import { colourHistogram, decodePng } from './html/png.js';

/** How the HTML serialiser writes a text node: &, < and > escaped, quotes kept. */
const asText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const GRANT_ORDER = [
  'alice-payments-oncall',
  'carol-repo-admin',
  'svc-ci-deployer-payments',
  HOSTILE_GRANT,
  'dave-payments-read',
  'erin-billing-read',
];

/** The rows (data-row) inside each grant's article, in page order. */
function rowsPerGrant(
  html: string,
): { hidden: boolean; rows: { index: number; hidden: boolean }[] }[] {
  return html
    .split(/(?=<article\b)/)
    .slice(1)
    .map((block) => {
      const article = startTags(block, 'article', 'data-grant-index')[0];
      return {
        hidden: article?.hidden ?? false,
        rows: startTags(block.split('</article>')[0] ?? '', 'li', 'data-row').map((li) => ({
          index: Number(li.attributes.get('data-row')),
          hidden: li.hidden,
        })),
      };
    });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

describe('renderEvidenceHtml', () => {
  const html = renderEvidenceHtml(auditReport());

  it('is one file that loads nothing from anywhere', () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<[a-z]+\b[^>]*\ssrc=/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toMatch(/url\(|@import/i);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|import\(|WebSocket/);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(href).toMatch(/^(#|https:\/\/github\.com\/acme\/access\/pull\/\d+$)/);
    expect(html).toContain(`content="default-src 'none';`);
  });

  it('pins its own style and script by hash, so no other script can run in the page', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(style.length).toBeGreaterThan(1000);
    expect(script.length).toBeGreaterThan(1000);
    expect(html).toContain(`style-src 'sha256-${sha256(style)}'`);
    expect(html).toContain(`script-src 'sha256-${sha256(script)}'`);
    expect(html).not.toContain('unsafe-inline');
  });

  it('escapes every string from the report', () => {
    for (const hostile of [HOSTILE_TITLE, HOSTILE_REASON, HOSTILE_GRANT])
      expect(html).not.toContain(hostile);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<(b|i)>/);
    expect(html).toContain(
      '&lt;script&gt;document.title=&#39;pwned-title&#39;&lt;/script&gt; &quot;quoted&quot; &amp; &lt;img src=x onerror=&quot;',
    );
    expect(html).toContain('<h3><span class="s">evil-&quot;&lt;i&gt;&amp;grant</span></h3>');
    // A javascript: link is shown as text, never made clickable.
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain(`(${HOSTILE_URL.replace(/'/g, '&#39;')})`);
  });

  it('is complete without scripts: every change visible, the inert filter form hidden', () => {
    expect(
      startTags(html, 'section', 'id').find((s) => s.attributes.get('id') === 'filters')?.hidden,
    ).toBe(true);
    expect(
      startTags(html, 'p', 'id').find((p) => p.attributes.get('id') === 'filter-status')?.hidden,
    ).toBe(true);
    const rows = startTags(html, 'li', 'data-row');
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.hidden)).toEqual([]);
    expect(html).toMatch(
      /<noscript><p class="note">Scripts are off[^<]*every change is listed below/,
    );
  });

  it('groups the changes by grant, in commit order', () => {
    const groups = rowsPerGrant(html);
    // Rows are numbered in commit order over all grants; each timeline keeps that order.
    expect(groups.map((g) => g.rows.map((r) => r.index))).toEqual([
      [0, 6],
      [1, 3],
      [2],
      [4],
      [5],
      [7],
    ]);
    const headings = [...html.matchAll(/<h3><span class="s">([^<]*)<\/span><\/h3>/g)].map(
      (m) => m[1],
    );
    expect(headings).toEqual(GRANT_ORDER.map(asText).map((s) => s.replace(/"/g, '&quot;')));
    const alice = html.slice(html.indexOf('id="grant-1"'), html.indexOf('id="grant-2"'));
    expect(alice.indexOf('data-change="added"')).toBeLessThan(
      alice.indexOf('data-change="removed"'),
    );
    expect(alice).toContain(
      'Removed on <time datetime="2026-04-03T04:00:00Z">2026-04-03 04:00 UTC</time>',
    );
  });

  it('shows a modification as the role it had and the role it got', () => {
    const carol = html.slice(html.indexOf('id="grant-2"'), html.indexOf('id="grant-3"'));
    expect(carol).toContain('role <b class="s">admin</b> → <b class="s">write</b>');
    expect(carol).toMatch(/data-change="modified"[\s\S]*<span>role admin → write<\/span>/);
  });

  it('prints without the controls, with full commit shas and link targets', () => {
    const print = /@media print \{([\s\S]*)\}\s*$/.exec(STYLE)?.[1] ?? '';
    expect(print).toMatch(/#filters[^{]*\{ display: none !important; \}/);
    expect(print).toContain('.print-only { display: inline; }');
    expect(print).toContain('a.external::after { content: " <" attr(href) ">";');
    expect(html).toContain(
      '<span class="print-only mono"> (<span class="s">5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c</span>)</span>',
    );
  });

  it('gives every flag and mark its words, not only a colour', () => {
    const flagItems = [
      ...html.matchAll(/<li class="flag" data-flag="([a-z-]+)"><strong>([^<]*)<\/strong>/g),
    ];
    // In page order: alice, carol, the service account, the hostile grant, dave.
    expect(flagItems.map((m) => [m[1], m[2]])).toEqual([
      ['late-removal', 'Late removal by 3 days 4 h'],
      ['no-review-evidence', 'No review evidence'],
      ['provisioning-failed', 'Provisioning failed'],
      ['evidence-log-broken', 'Evidence log broken'],
      ['no-approval', 'No approval'],
      ['expired-not-removed', 'Expired, not removed: 1 day 6 h past expiry'],
    ]);
    expect(html).toContain(
      'frank</span> approved <code title="0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a">0a0a0a0</code>',
    );
    expect(html).toMatch(
      /0a0a0a0<\/code> at [^<]*<time[^>]*>[^<]*<\/time> <span class="stale">⚠ given before the last push/,
    );
    expect(html).toContain('<span class="direct">direct push, no pull request</span>');
    expect(html).toContain('<span class="result-failed">FAILED</span>');
    expect(html).toContain('<li class="s">OWASP NHI7:2025</li>');
  });

  it('says how the evidence log stands: broken loudly, verified or missing plainly', () => {
    expect(html).toMatch(
      /<div class="alert" role="alert" id="evidence-log-broken">\s*<strong>⚠ Evidence log BROKEN at line 7<\/strong>/,
    );
    expect(html).toContain('prev hash does not match the hash of line 6');

    const verified: EvidenceReport = {
      ...auditReport(),
      evidenceLog: { file: 'log.jsonl', records: 12 },
    };
    const verifiedHtml = renderEvidenceHtml(verified);
    expect(verifiedHtml).toContain('verified: 12 records, hash chain intact');
    expect(verifiedHtml).not.toContain('role="alert"');

    const missing: EvidenceReport = { ...auditReport(), evidenceLog: undefined };
    expect(renderEvidenceHtml(missing)).toContain(
      'none given or found: provisioning is not evidenced',
    );
  });

  it('does not call a change a direct push when its pull request was not looked up', () => {
    const erin = html.slice(html.indexOf('id="change-7"'));
    expect(erin).toContain(
      '<span class="unknown">pull request not looked up: the pull request lookup stopped: HTTP 502 from api.github.com</span>',
    );
    expect(erin).toContain('<dd>unknown: the pull request was not looked up</dd>');
    expect(erin).not.toContain('direct push');
    // Carol's commit is known to be a direct push.
    expect(html.match(/direct push, no pull request/g)).toHaveLength(1);
  });

  it('shows the notes on the report and what it was narrowed to', () => {
    expect(html).toContain(`<li>Note: ${NOTE}</li>`);
    const narrowed = renderEvidenceHtml({
      ...auditReport(),
      filters: { grant: HOSTILE_GRANT, subject: 'user:mallory' },
    });
    expect(narrowed).toContain(
      '<div><dt>Only grant</dt><dd><code>evil-&quot;&lt;i&gt;&amp;grant</code></dd></div><div><dt>Only subject</dt><dd><code>user:mallory</code></dd></div>',
    );
    expect(html).not.toContain('Only grant');
  });

  it('renders a window with no changes', () => {
    const empty: EvidenceReport = {
      ...auditReport(),
      rows: [],
      summary: { grants: 0, changes: { added: 0, modified: 0, removed: 0 }, flags: {} },
    };
    const out = renderEvidenceHtml(empty);
    expect(out).toContain('No grant was added, changed or removed in this window.');
    expect(out).toContain('<span class="n" data-summary="changes">0</span>');
    expect(out).not.toContain('class="filter-link"');
  });

  it('renders the same report to the same bytes', () => {
    expect(renderEvidenceHtml(auditReport())).toBe(html);
  });

  it.each([
    [76, '3 days 4 h'],
    [24, '1 day'],
    [49.6, '2 days 2 h'],
    [5, '5 h'],
    [0.2, 'less than 1 h'],
  ])('writes %s hours as "%s"', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });

  it.each([
    ['2026-01-10T17:45:00+02:00', '2026-01-10 15:45 UTC'],
    ['2026-12-31', '2026-12-31'],
    ['not a time', 'not a time'],
  ])('writes the time %s as %s', (value, text) => {
    expect(formatTime(value)).toBe(text);
  });
});

const chromium = findChromium();
const servicesRequired = process.env.ACCESSCTL_REQUIRE_SERVICES === '1';
if (chromium.missing !== undefined)
  console.log(
    servicesRequired
      ? `The Chromium tests of the HTML evidence report will fail: ${chromium.missing}.`
      : `Skipping the Chromium tests of the HTML evidence report: ${chromium.missing}.`,
  );

describe.skipIf(chromium.missing !== undefined && !servicesRequired)(
  'the HTML evidence report in headless Chromium',
  () => {
    let dir = '';
    let url = '';
    let binary = '';

    beforeAll(() => {
      if (chromium.missing !== undefined || chromium.binary === undefined)
        throw new Error(`ACCESSCTL_REQUIRE_SERVICES=1 but ${chromium.missing ?? 'no Chromium'}`);
      binary = chromium.binary;
      // Kept after the run, with the screenshot, for a person to open.
      dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-html-'));
      const file = join(dir, 'evidence.html');
      writeFileSync(file, renderEvidenceHtml(auditReport()));
      url = pathToFileURL(file).href;
      console.log(`HTML evidence report under test: ${file}`);
    });

    it('draws the page: a 1280x2000 screenshot with the broken-log alert in it', async () => {
      const screenshot = join(dir, 'evidence.png');
      const run = await runChromium(binary, url, [
        `--screenshot=${screenshot}`,
        '--window-size=1280,2000',
      ]);
      console.log(
        `Screenshot of the HTML evidence report: ${screenshot} (Chromium took ${run.ms} ms)`,
      );
      const png = decodePng(readFileSync(screenshot));
      expect([png.width, png.height]).toEqual([1280, 2000]);
      const colours = colourHistogram(png);
      // Text, badges and panels: far more than a blank or single-colour page.
      expect(colours.size).toBeGreaterThan(50);
      const white = colours.get(0xffffff) ?? 0;
      expect(white).toBeLessThan(png.width * png.height * 0.95);
      // The alert's and the flags' background (--bad-bg) and the alert's border (--bad-line).
      expect(colours.get(0xffebe9) ?? 0).toBeGreaterThan(20_000);
      expect(colours.get(0xcf222e) ?? 0).toBeGreaterThan(1_000);
    });

    it('opened with a query: filters by text in any case and flagged only, names what it ignored, runs nothing injected', async () => {
      const { stdout: dom } = await runChromium(binary, `${url}?q=CAROL&flagged=1&change=bogus`, [
        '--dump-dom',
      ]);
      expect(titleOf(dom)).toBe(PAGE_TITLE);
      expect(dom.match(/<script\b/g)).toHaveLength(1);
      expect(dom).not.toMatch(/<img\b/i);
      expect(dom).not.toMatch(/<[^>]+\sonerror=/i);
      expect(dom).not.toMatch(/href="javascript:/i);
      expect(dom).toContain(asText(HOSTILE_TITLE));
      expect(dom).toContain(asText(HOSTILE_REASON));

      const summary = new Map(
        [...dom.matchAll(/data-summary="([a-z:-]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]),
      );
      expect(Object.fromEntries(summary)).toEqual({
        grants: 6,
        changes: 8,
        flags: 6,
        'change:added': 6,
        'change:modified': 1,
        'change:removed': 1,
        'flag:no-review-evidence': 1,
        'flag:no-approval': 1,
        'flag:policy-denied': 0,
        'flag:provisioning-failed': 1,
        'flag:manual-late': 0,
        'flag:manual-not-owner': 0,
        'flag:late-removal': 1,
        'flag:expired-not-removed': 1,
        'flag:evidence-log-broken': 1,
        'flag:break-glass-unreviewed': 0,
        'flag:rules-not-approved': 0,
      });
      for (const grant of GRANT_ORDER)
        expect(dom).toContain(`<h3><span class="s">${asText(grant)}</span></h3>`);
      const groups = rowsPerGrant(dom);
      expect(groups.map((g) => g.rows.map((r) => r.index))).toEqual([
        [0, 6],
        [1, 3],
        [2],
        [4],
        [5],
        [7],
      ]);
      expect(textOf(dom, 'evidence-log-broken')).toMatch(/^⚠ Evidence log BROKEN at line 7 of/);

      expect(
        startTags(dom, 'section', 'id').find((s) => s.attributes.get('id') === 'filters')?.hidden,
      ).toBe(false);
      // carol's direct push: her other change has no flag, every other flagged change is not hers.
      const visible = startTags(dom, 'li', 'data-row').filter((r) => !r.hidden);
      expect(visible.map((r) => r.attributes.get('data-row'))).toEqual(['1']);
      expect(groups.map((g) => g.hidden)).toEqual([true, false, true, true, true, true]);
      expect(
        startTags(dom, 'p', 'id').find((p) => p.attributes.get('id') === 'filter-status')?.hidden,
      ).toBe(false);
      expect(textOf(dom, 'filter-status')).toBe(
        'Showing 1 of 8 changes in 1 of 6 grants. Filter: q = CAROL, flagged = 1. Ignored unknown filter value change=bogus.',
      );
    });

    it('opened at #flag=late-removal, shows only the late removal', async () => {
      const { stdout: dom } = await runChromium(binary, `${url}#flag=late-removal`, ['--dump-dom']);
      expect(dom).toMatch(/<html[^>]* data-filter="flag=late-removal"/);
      const visible = startTags(dom, 'li', 'data-row').filter((r) => !r.hidden);
      expect(
        visible.map((r) => [r.attributes.get('data-row'), r.attributes.get('data-flags')]),
      ).toEqual([['6', 'late-removal']]);
      const groups = rowsPerGrant(dom);
      expect(groups.map((g) => g.hidden)).toEqual([false, true, true, true, true, true]);
      expect(textOf(dom, 'filter-status')).toBe(
        'Showing 1 of 8 changes in 1 of 6 grants. Filter: flag = late-removal.',
      );
      expect(dom).toMatch(/<a class="filter-link" href="#flag=late-removal" aria-current="true">/);
      expect(
        startTags(dom, 'p', 'id').find((p) => p.attributes.get('id') === 'no-match')?.hidden,
      ).toBe(true);
    });
  },
);
