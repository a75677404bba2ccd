// The report as Markdown: a summary an auditor reads first (counts, flags, notes, the state
// of the provisioning log), then one table line per change, flagged lines marked.
import { cell, code, codeCell, escape } from '../markdown.js';
import type { EvidenceReport, EvidenceRow } from '../../evidence/report.js';
import { packageApproval } from './package-approval.js';

export function renderEvidenceMarkdown(report: EvidenceReport): string {
  const out: string[] = [];
  out.push('# Access evidence', '');
  out.push(`- Repository: ${code(report.repository)} at ${code(report.head.slice(0, 12))}`);
  out.push(
    `- Window: ${escape(report.since ?? 'the first commit')} to ${escape(report.until ?? 'the last commit')} (${report.commits} commits read)`,
  );
  if (report.filters?.grant !== undefined) out.push(`- Grant: ${code(report.filters.grant)}`);
  if (report.filters?.subject !== undefined) out.push(`- Subject: ${code(report.filters.subject)}`);
  out.push(`- Generated: ${escape(report.generatedAt)}`);
  const { changes, flags } = report.summary;
  out.push(
    `- ${count(report.rows.length, 'change')} to ${count(report.summary.grants, 'grant')}: ${changes.added} added, ${changes.modified} modified, ${changes.removed} removed`,
  );
  const flagList = Object.entries(flags).map(([kind, count]) => `${escape(kind)} ${count}`);
  out.push(`- Flags: ${flagList.length === 0 ? 'none' : flagList.join(', ')}`);
  if (report.evidenceLog !== undefined) {
    const log = report.evidenceLog;
    out.push(
      log.broken === undefined
        ? `- Provisioning log: ${code(log.file)}, ${log.records} records, hash chain verified`
        : `- Provisioning log: ${code(log.file)}, **chain broken at line ${log.broken.line}**: ${cell(log.broken.problem)}`,
    );
  }
  for (const note of report.notes ?? []) out.push(`- Note: ${escape(note)}`);
  out.push('');
  if (report.rows.length === 0) {
    out.push('No grant changes in this window.', '');
    return out.join('\n');
  }
  out.push(
    '| Commit | Date | Change | Grant | Subject | Access | PR | Requested by | Approved by | Verdict | Access ends (UTC) | Provisioning | Controls | Flags |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const row of report.rows) out.push(line(row));
  out.push('');
  return out.join('\n');
}

function line(row: EvidenceRow): string {
  const pr = row.pullRequest;
  const access =
    row.previousRole !== undefined && row.previousRole !== row.role
      ? `${row.resource} ${row.previousRole} → ${row.role}`
      : row.role === ''
        ? row.resource
        : `${row.resource} ${row.role}`;
  const approvals = [
    (pr?.approvals ?? [])
      .map((a) => `${a.reviewer}${a.current ? '' : ' (before last push)'}`)
      .join(', '),
    row.packageApproval === undefined ? '' : packageApproval(row.packageApproval),
  ]
    .filter((text) => text !== '')
    .join('; ');
  const verdict =
    row.verdict.messages.length === 0
      ? row.verdict.outcome
      : `${row.verdict.outcome}: ${row.verdict.messages.join('; ')}`;
  const cells = [
    codeCell(row.commit.slice(0, 7)),
    cell(row.committedAt.slice(0, 10)),
    cell(row.change),
    cell(row.grant),
    cell(row.subject),
    cell(access),
    pr !== undefined
      ? pullLink(pr.number, pr.url)
      : row.pullRequestNotFetched !== undefined
        ? 'not fetched'
        : row.expiryRun === true
          ? 'none (accessctl expire, commit mode)'
          : 'none (direct push)',
    cell(row.requester),
    approvals === '' ? '–' : cell(approvals),
    cell(verdict),
    // a date as the file writes it (access through that day), a time to the minute
    cell(
      /^\d{4}-\d{2}-\d{2}$/.test(row.expires)
        ? `through ${row.expires}`
        : row.expires.slice(0, 16).replace('T', ' '),
    ),
    cell(row.provisioning.map((p) => `${p.result} ${p.at.slice(0, 16)}`).join(', ')) || '–',
    cell(row.controls.join(', ')),
    row.flags.length === 0
      ? '–'
      : row.flags.map((f) => `**${cell(f.kind)}**: ${cell(f.message)}`).join('; '),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A link to the pull request, only when its address is GitHub's https URL of a pull request. */
function pullLink(number: number, url: string): string {
  return /^https:\/\/[^\s()<>[\]|`\\]+\/pull\/\d+$/.test(url) && Number.isSafeInteger(number)
    ? `[#${number}](${url})`
    : cell(`#${number} ${url}`);
}

/** "1 change", "54 changes": a number a person reads at a glance. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
