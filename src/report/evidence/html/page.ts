// `accessctl evidence --format html`: the audit report as one HTML file that opens offline.
// Styles and the filter script are inlined and pinned by hash in the page's Content
// Security Policy, so the page loads nothing from anywhere and no other script can run in
// it, even if a string from the report were ever to slip past the escaping.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { FILTER_SCRIPT } from './filter-script.js';
import {
  CHANGE_KINDS,
  CHANGE_LABEL,
  FLAG_KINDS,
  FLAG_LABEL,
  FLAG_MEANING,
  shortSha,
  timeHtml,
} from './format.js';
import { STYLE } from './style.js';
import { groupByGrant, renderTimelines } from './timeline.js';
import type {
  EvidenceFlagKind,
  EvidenceLogStatus,
  EvidenceReport,
} from '../../../evidence/report.js';

export function renderEvidenceHtml(report: EvidenceReport): string {
  const title = `Access evidence: ${report.repository} at ${shortSha(report.head)}`;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(FILTER_SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Written unescaped so it reads as a policy; it holds only fixed words and base64.
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="accessctl evidence">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    header(report),
    '<main>',
    summary(report),
    filters(report),
    timelines(report),
    '</main>',
    `<footer>Made by accessctl evidence at ${timeHtml(report.generatedAt)} from ${report.commits} ${report.commits === 1 ? 'commit' : 'commits'} up to <code>${escapeHtml(report.head)}</code>.</footer>`,
    `<script>${FILTER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(report: EvidenceReport): string {
  const facts: [string, string][] = [
    ['Repository', escapeHtml(report.repository)],
    ['Head commit', `<code>${escapeHtml(report.head)}</code>`],
    ['Window', coveredWindow(report)],
    ...narrowedTo(report),
    ['Commits read', String(report.commits)],
    ['Generated at', timeHtml(report.generatedAt)],
    ['Provisioning evidence log', evidenceLogFact(report.evidenceLog)],
  ];
  return [
    '<header>',
    `<h1>Access evidence <span class="repo">${escapeHtml(report.repository)}</span></h1>`,
    `<dl class="facts">${facts.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('')}</dl>`,
    evidenceLogAlert(report.evidenceLog),
    notes(report.notes),
    '</header>',
  ].join('\n');
}

function coveredWindow(report: EvidenceReport): string {
  const from = report.since === undefined ? 'the first commit' : timeHtml(report.since);
  const to = report.until === undefined ? 'the head commit' : timeHtml(report.until);
  return `from ${from} to ${to}`;
}

function narrowedTo(report: EvidenceReport): [string, string][] {
  const facts: [string, string][] = [];
  if (report.filters?.grant !== undefined)
    facts.push(['Only grant', `<code>${escapeHtml(report.filters.grant)}</code>`]);
  if (report.filters?.subject !== undefined)
    facts.push(['Only subject', `<code>${escapeHtml(report.filters.subject)}</code>`]);
  return facts;
}

/** What the reader must know about the report as a whole, e.g. that reviews were not fetched. */
function notes(list: readonly string[] | undefined): string {
  if (list === undefined || list.length === 0) return '';
  return `<ul class="notes" id="report-notes" aria-label="Notes on this report">${list.map((n) => `<li>Note: ${escapeHtml(n)}</li>`).join('')}</ul>`;
}

function evidenceLogFact(log: EvidenceLogStatus | undefined): string {
  if (log === undefined) return 'none given or found: provisioning is not evidenced';
  const file = `<code>${escapeHtml(log.file)}</code>`;
  if (log.broken === undefined)
    return `verified: ${log.records} ${log.records === 1 ? 'record' : 'records'}, hash chain intact (${file})`;
  return `<strong class="direct">BROKEN at line ${log.broken.line}</strong> of ${file}`;
}

function evidenceLogAlert(log: EvidenceLogStatus | undefined): string {
  if (log?.broken === undefined) return '';
  return [
    '<div class="alert" role="alert" id="evidence-log-broken">',
    `<strong>⚠ Evidence log BROKEN at line ${log.broken.line}</strong> of <code>${escapeHtml(log.file)}</code>: ${escapeHtml(log.broken.problem)}`,
    `<br>${log.records} ${log.records === 1 ? 'record was' : 'records were'} read. Provisioning records from that line on cannot be trusted as evidence: ` +
      'find out who changed the log and restore it from a copy before relying on this report.',
    '</div>',
  ].join('\n');
}

function summary(report: EvidenceReport): string {
  const { grants, changes, flags } = report.summary;
  const totalChanges = CHANGE_KINDS.reduce((n, kind) => n + (changes[kind] ?? 0), 0);
  const totalFlags = Object.values(flags).reduce((n: number, c) => n + (c ?? 0), 0);
  // Kinds the report knows and this page does not still get a row, with their raw name.
  const flagKinds = [
    ...FLAG_KINDS,
    ...(Object.keys(flags) as EvidenceFlagKind[]).filter((k) => !FLAG_KINDS.includes(k)),
  ];
  const changeRows = CHANGE_KINDS.map((kind) => {
    const n = changes[kind] ?? 0;
    return `<tr><td>${countLink(n, `change=${kind}`, CHANGE_LABEL[kind])}</td><td class="count" data-summary="change:${kind}">${n}</td></tr>`;
  });
  const flagRows = flagKinds.map((kind) => {
    const n = flags[kind] ?? 0;
    const label = FLAG_LABEL[kind] ?? kind;
    const meaning = FLAG_MEANING[kind] ?? '';
    return `<tr${n > 0 ? ' class="has-flags"' : ''}><td>${countLink(n, `flag=${escapeHtml(kind)}`, escapeHtml(label))}</td><td>${escapeHtml(meaning)}</td><td class="count" data-summary="flag:${escapeHtml(kind)}">${n}</td></tr>`;
  });
  const stats: [string, number, string][] = [
    ['grants', grants, grants === 1 ? 'grant' : 'grants'],
    ['changes', totalChanges, totalChanges === 1 ? 'change' : 'changes'],
    ['flags', totalFlags, totalFlags === 1 ? 'flag' : 'flags'],
  ];
  return [
    '<section id="summary" aria-labelledby="summary-title">',
    '<h2 id="summary-title">Summary</h2>',
    `<ul class="stats">${stats.map(([key, n, word]) => `<li><span class="n" data-summary="${key}">${n}</span>${word}</li>`).join('')}</ul>`,
    '<div class="summary-tables">',
    `<table><thead><tr><th>Change</th><th class="count">Count</th></tr></thead><tbody>${changeRows.join('')}</tbody></table>`,
    `<table><thead><tr><th>Flag</th><th>Meaning</th><th class="count">Count</th></tr></thead><tbody>${flagRows.join('')}</tbody></table>`,
    '</div>',
    '</section>',
  ].join('\n');
}

/** A label that filters the timelines when scripts run; plain text when there is nothing to show. */
function countLink(n: number, fragment: string, label: string): string {
  return n > 0 ? `<a class="filter-link" href="#${fragment}">${label}</a>` : label;
}

function filters(report: EvidenceReport): string {
  const changeOptions = CHANGE_KINDS.map((k) => `<option value="${k}">${CHANGE_LABEL[k]}</option>`);
  const flagOptions = FLAG_KINDS.map(
    (k) => `<option value="${k}">${FLAG_LABEL[k]} (${report.summary.flags[k] ?? 0})</option>`,
  );
  return [
    // Hidden until the script runs: without scripts the page shows every change and no
    // controls that would do nothing.
    '<section id="filters" aria-labelledby="filters-title" hidden>',
    '<h2 id="filters-title">Filters</h2>',
    '<form role="search">',
    '<label>Grant, subject, resource, person, PR or commit<input type="search" name="q" autocomplete="off" spellcheck="false"></label>',
    `<label>Change<select name="change"><option value="">any</option>${changeOptions.join('')}</select></label>`,
    `<label>Flag<select name="flag"><option value="">any</option>${flagOptions.join('')}</select></label>`,
    '<label class="check"><input type="checkbox" name="flagged" value="1">flagged only</label>',
    '<button type="reset">Clear</button>',
    '</form>',
    '</section>',
    // Outside the form's section so a printout of a filtered view says what it leaves out.
    '<p class="filter-status" id="filter-status" aria-live="polite" hidden></p>',
    '<noscript><p class="note">Scripts are off, so the filters are not shown; every change is listed below.</p></noscript>',
  ].join('\n');
}

function timelines(report: EvidenceReport): string {
  const grants = groupByGrant(report.rows).size;
  const body =
    report.rows.length === 0
      ? '<p class="note">No grant was added, changed or removed in this window.</p>'
      : renderTimelines(report.rows);
  return [
    '<section id="timelines" aria-labelledby="timelines-title">',
    `<h2 id="timelines-title">Timeline per grant (${grants} ${grants === 1 ? 'grant' : 'grants'}, ${report.rows.length} ${report.rows.length === 1 ? 'change' : 'changes'})</h2>`,
    body,
    '<p class="note" id="no-match" hidden>No change matches the filters.</p>',
    '</section>',
  ].join('\n');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
