// One section per grant, in the order the history first touched it, holding that grant's
// changes in commit order: the answer to "who asked, who approved, what did the policies
// say, when was it provisioned, and when was it taken away?". Elements of class `s` hold the
// text the free-text filter searches; data-change and data-flags hold what the other
// filters match, and carry only the report's own enum values, never user text.
import type {
  Approval,
  EvidenceFlag,
  EvidenceRow,
  ProvisioningEvidence,
} from '../../../evidence/report.js';
import { packageApproval } from '../package-approval.js';
import { escapeHtml, httpUrl } from './escape.js';
import { CHANGE_LABEL, expiryHtml, flagHeadline, shortSha, timeHtml } from './format.js';

export interface NumberedRow {
  row: EvidenceRow;
  /** The row's place in the report, i.e. in commit order over all grants. */
  index: number;
}

export function groupByGrant(rows: readonly EvidenceRow[]): Map<string, NumberedRow[]> {
  const groups = new Map<string, NumberedRow[]>();
  rows.forEach((row, index) => {
    const group = groups.get(row.grant);
    if (group === undefined) groups.set(row.grant, [{ row, index }]);
    else group.push({ row, index });
  });
  return groups;
}

export function renderTimelines(rows: readonly EvidenceRow[]): string {
  const groups = groupByGrant(rows);
  const out: string[] = [];
  let grantIndex = 0;
  for (const [grant, numbered] of groups) {
    grantIndex += 1;
    const changes = numbered.map((n) => n.row);
    out.push(
      `<article class="grant" id="grant-${grantIndex}" data-grant-index="${grantIndex}">`,
      grantHead(grant, changes),
      '<ol class="timeline">',
    );
    const latestReason = changes[changes.length - 1]?.reason;
    for (const { row, index } of numbered) out.push(changeItem(row, index, latestReason));
    out.push('</ol>', '</article>');
  }
  return out.join('\n');
}

function grantHead(grant: string, changes: readonly EvidenceRow[]): string {
  const last = changes[changes.length - 1];
  if (last === undefined) return '';
  // A modification may move a grant to another subject, resource or role; the head names
  // each value it held, so searching for any of them finds the whole timeline.
  const held = (pick: (row: EvidenceRow) => string[]): string =>
    distinct(changes.flatMap(pick))
      .map((v) => `<b class="s">${escapeHtml(v)}</b>`)
      .join(' → ');
  const status =
    last.change === 'removed'
      ? `Removed on ${timeHtml(last.committedAt)}`
      : `In place after its last change; expires ${expiryHtml(last.expires)}`;
  const reason =
    last.reason === undefined
      ? ''
      : `<p class="reason">Reason: <span class="s">${escapeHtml(last.reason)}</span></p>`;
  return [
    '<div class="grant-head">',
    `<h3><span class="s">${escapeHtml(grant)}</span></h3>`,
    `<p class="grant-meta">Subject ${held((r) => [r.subject])} · resource ${held((r) => [r.resource])} · role ${held((r) => (r.previousRole === undefined ? [r.role] : [r.previousRole, r.role]))} · ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} · ${status}</p>`,
    reason,
    '</div>',
  ].join('\n');
}

function changeItem(row: EvidenceRow, index: number, latestReason: string | undefined): string {
  const flagKinds = distinct(row.flags.map((f) => escapeHtml(f.kind)));
  const classes = row.flags.length > 0 ? 'change flagged' : 'change';
  const role =
    row.change === 'modified' && row.previousRole !== undefined && row.previousRole !== row.role
      ? `role ${escapeHtml(row.previousRole)} → ${escapeHtml(row.role)}`
      : `role ${escapeHtml(row.role)}`;
  const facts: [string, string][] = [
    ['Requester', `<span class="s">${escapeHtml(row.requester)}</span>`],
    ['Approvers', approvals(row)],
    [row.pullRequest === undefined ? 'Pushed' : 'Merged', merged(row)],
    ['Policy verdict', verdict(row.verdict)],
    [row.change === 'removed' ? 'Expiry it had' : 'Expires', expiryHtml(row.expires)],
    ['Provisioning', provisioning(row.provisioning)],
    ['Controls', controls(row.controls)],
  ];
  if (row.packageApproval !== undefined)
    facts.splice(2, 0, [
      'Package',
      `<span class="s">${escapeHtml(packageApproval(row.packageApproval))}</span>`,
    ]);
  // The grant's head shows its latest reason; an earlier, different one belongs to its row.
  if (row.reason !== undefined && row.reason !== latestReason)
    facts.push(['Reason then', `<span class="s">${escapeHtml(row.reason)}</span>`]);
  return [
    `<li class="${classes}" id="change-${index}" data-row="${index}" data-change="${escapeHtml(row.change)}" data-flags="${flagKinds.join(' ')}">`,
    '<div class="change-head">',
    `<span class="badge kind-${escapeHtml(row.change)}">${escapeHtml(CHANGE_LABEL[row.change] ?? row.change)}</span>`,
    timeHtml(row.committedAt),
    `<span>commit <code class="s" title="${escapeHtml(row.commit)}">${escapeHtml(shortSha(row.commit))}</code><span class="print-only mono"> (<span class="s">${escapeHtml(row.commit)}</span>)</span></span>`,
    pullRequestLink(row),
    `<span>${role}</span>`,
    '</div>',
    `<dl class="change-facts">${facts.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('')}</dl>`,
    flags(row.flags),
    '</li>',
  ].join('\n');
}

function pullRequestLink(row: EvidenceRow): string {
  const pr = row.pullRequest;
  // Without a lookup a missing pull request proves nothing, so it must not read as a direct push.
  if (pr === undefined && row.pullRequestNotFetched !== undefined)
    return `<span class="unknown">pull request not looked up: ${escapeHtml(row.pullRequestNotFetched)}</span>`;
  if (pr === undefined && row.expiryRun === true)
    return '<span>removed by accessctl expire (commit mode): only removes expired grants, no pull request needed</span>';
  if (pr === undefined) return '<span class="direct">direct push, no pull request</span>';
  const label = `<span class="s">#${escapeHtml(String(pr.number))}</span> <span class="s">${escapeHtml(pr.title)}</span>`;
  const url = httpUrl(pr.url);
  const link =
    url === undefined
      ? `${label} <span class="mono">(${escapeHtml(pr.url)})</span>`
      : `<a class="external" href="${escapeHtml(url)}" rel="noreferrer noopener">${label}</a>`;
  return `<span>pull request ${link} by <span class="s">${escapeHtml(pr.author)}</span></span>`;
}

function approvals(row: EvidenceRow): string {
  const pr = row.pullRequest;
  if (pr === undefined && row.pullRequestNotFetched !== undefined)
    return 'unknown: the pull request was not looked up';
  if (pr === undefined) return 'none: no pull request';
  if (pr.approvals.length === 0) return 'none';
  return `<ul class="plain">${pr.approvals.map(approval).join('')}</ul>`;
}

function approval(a: Approval): string {
  const when = a.current
    ? ''
    : ' <span class="stale">⚠ given before the last push: it does not cover the merged code</span>';
  return `<li><span class="s">${escapeHtml(a.reviewer)}</span> approved <code title="${escapeHtml(a.commit)}">${escapeHtml(shortSha(a.commit))}</code> at ${timeHtml(a.at)}${when}</li>`;
}

function merged(row: EvidenceRow): string {
  const pr = row.pullRequest;
  const by = pr?.mergedBy ?? row.committer;
  const at = pr?.mergedAt ?? row.committedAt;
  return `${timeHtml(at)} by <span class="s">${escapeHtml(by)}</span>`;
}

function verdict(v: EvidenceRow['verdict']): string {
  const label = v.outcome === 'not-evaluated' ? 'not evaluated' : v.outcome;
  const badge = `<span class="badge verdict-${escapeHtml(v.outcome)}">${escapeHtml(label)}</span>`;
  if (v.messages.length === 0) return badge;
  return `${badge}<ul class="plain">${v.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`;
}

function provisioning(records: readonly ProvisioningEvidence[]): string {
  if (records.length === 0) return 'none recorded';
  return `<ul class="plain">${records.map(provisioningRecord).join('')}</ul>`;
}

function provisioningRecord(p: ProvisioningEvidence): string {
  const result = p.result === 'applied' ? 'applied' : p.result.toUpperCase();
  return `<li>${timeHtml(p.at)} <span class="result-${escapeHtml(p.result)}">${escapeHtml(result)}</span> <code>${escapeHtml(p.operation)}</code>${p.message === '' ? '' : `: ${escapeHtml(p.message)}`}</li>`;
}

function controls(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  return `<ul class="chips">${ids.map((c) => `<li class="s">${escapeHtml(c)}</li>`).join('')}</ul>`;
}

function flags(list: readonly EvidenceFlag[]): string {
  if (list.length === 0) return '';
  const items = list.map(
    (f) =>
      `<li class="flag" data-flag="${escapeHtml(f.kind)}"><strong>${escapeHtml(flagHeadline(f))}</strong>${f.message === '' ? '' : `: ${escapeHtml(f.message)}`}</li>`,
  );
  return `<ul class="flags" aria-label="Flags">${items.join('')}</ul>`;
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
