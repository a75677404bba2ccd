// The report as Markdown: a summary an auditor reads first (counts, flags, notes, the state
// of the provisioning log), then one table line per change, flagged lines marked.
import type { EvidenceReport, EvidenceRow } from './report.js';

export function renderEvidenceMarkdown(report: EvidenceReport): string {
  const out: string[] = [];
  out.push('# Access evidence', '');
  out.push(`- Repository: \`${report.repository}\` at \`${report.head.slice(0, 12)}\``);
  out.push(
    `- Window: ${report.since ?? 'the first commit'} to ${report.until ?? 'the last commit'} (${report.commits} commits read)`,
  );
  if (report.filters?.grant !== undefined) out.push(`- Grant: \`${report.filters.grant}\``);
  if (report.filters?.subject !== undefined) out.push(`- Subject: \`${report.filters.subject}\``);
  out.push(`- Generated: ${report.generatedAt}`);
  const { changes, flags } = report.summary;
  out.push(
    `- Changes: ${report.rows.length} to ${report.summary.grants} grant(s): ${changes.added} added, ${changes.modified} modified, ${changes.removed} removed`,
  );
  const flagList = Object.entries(flags).map(([kind, count]) => `${kind} ${count}`);
  out.push(`- Flags: ${flagList.length === 0 ? 'none' : flagList.join(', ')}`);
  if (report.evidenceLog !== undefined) {
    const log = report.evidenceLog;
    out.push(
      log.broken === undefined
        ? `- Provisioning log: \`${log.file}\`, ${log.records} records, hash chain verified`
        : `- Provisioning log: \`${log.file}\`, **chain broken at line ${log.broken.line}**: ${cell(log.broken.problem)}`,
    );
  }
  for (const note of report.notes ?? []) out.push(`- Note: ${note}`);
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
      : `${row.resource} ${row.role}`;
  const approvals = (pr?.approvals ?? [])
    .map((a) => `${a.reviewer}${a.current ? '' : ' (before last push)'}`)
    .join(', ');
  const verdict =
    row.verdict.messages.length === 0
      ? row.verdict.outcome
      : `${row.verdict.outcome}: ${row.verdict.messages.join('; ')}`;
  const cells = [
    `\`${row.commit.slice(0, 7)}\``,
    row.committedAt.slice(0, 10),
    row.change,
    row.grant,
    row.subject,
    access,
    pr !== undefined
      ? `[#${pr.number}](${pr.url})`
      : row.pullRequestNotFetched !== undefined
        ? 'not fetched'
        : row.expiryRun === true
          ? 'none (accessctl expire, commit mode)'
          : 'none (direct push)',
    row.requester,
    approvals === '' ? '–' : approvals,
    verdict,
    // a date as the file writes it (access through that day), a time to the minute
    /^\d{4}-\d{2}-\d{2}$/.test(row.expires)
      ? `through ${row.expires}`
      : row.expires.slice(0, 16).replace('T', ' '),
    row.provisioning.map((p) => `${p.result} ${p.at.slice(0, 16)}`).join(', ') || '–',
    row.controls.join(', '),
    row.flags.length === 0 ? '–' : row.flags.map((f) => `**${f.kind}**: ${f.message}`).join('; '),
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A table cell holds one line and no unescaped pipe. */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
