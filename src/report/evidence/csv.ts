// The report as CSV (RFC 4180): one line per row, a header line first, fields quoted when
// they hold a comma, quote or line break, lines ended with CRLF. Multi-valued fields are
// joined with "; ". A field a spreadsheet would run as a formula (=, +, -, @ first) gets a
// leading apostrophe, so opening the report cannot execute what a grant's text says.
import type { EvidenceReport, EvidenceRow, EvidenceStream } from '../../evidence/report.js';

export const CSV_COLUMNS = [
  'commit',
  'committed_at',
  'committer',
  'change',
  'grant',
  'subject',
  'resource',
  'role',
  'package',
  'package_commit',
  'package_pull_request',
  'package_approved_by',
  'previous_role',
  'reason',
  'expires',
  'pull_request',
  'pull_request_url',
  'pull_request_title',
  'pull_request_not_fetched',
  'requester',
  'merged_at',
  'merged_by',
  'approved_by',
  'approved_commits',
  'approvals_before_last_push',
  'verdict',
  'verdict_messages',
  'provisioned_at',
  'deprovisioned_at',
  'provisioning',
  'controls',
  'flags',
  'late_by_hours',
  'flag_messages',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const JOIN = '; ';

/** The value of each column for one row, before quoting. */
export function csvFields(row: EvidenceRow): Record<CsvColumn, string> {
  const pr = row.pullRequest;
  const applied = row.provisioning.filter((p) => p.result === 'applied');
  const revoke = applied.find((p) => p.operation.startsWith('revoke'));
  const provision = applied.find((p) => !p.operation.startsWith('revoke'));
  const lateBy = row.flags.find((f) => f.byHours !== undefined)?.byHours;
  return {
    commit: row.commit,
    committed_at: row.committedAt,
    committer: row.committer,
    change: row.change,
    grant: row.grant,
    subject: row.subject,
    resource: row.resource,
    role: row.role,
    package: row.package ?? '',
    package_commit: row.packageApproval?.commit ?? '',
    package_pull_request:
      row.packageApproval?.pullRequest === undefined
        ? ''
        : String(row.packageApproval.pullRequest.number),
    package_approved_by: (row.packageApproval?.approvals ?? []).map((a) => a.reviewer).join(JOIN),
    previous_role: row.previousRole ?? '',
    reason: row.reason ?? '',
    expires: row.expires,
    pull_request: pr === undefined ? '' : String(pr.number),
    pull_request_url: pr?.url ?? '',
    pull_request_title: pr?.title ?? '',
    pull_request_not_fetched: row.pullRequestNotFetched ?? '',
    requester: row.requester,
    merged_at: pr?.mergedAt ?? '',
    merged_by: pr?.mergedBy ?? '',
    approved_by: (pr?.approvals ?? []).map((a) => a.reviewer).join(JOIN),
    approved_commits: (pr?.approvals ?? []).map((a) => a.commit).join(JOIN),
    approvals_before_last_push: (pr?.approvals ?? [])
      .filter((a) => !a.current)
      .map((a) => a.reviewer)
      .join(JOIN),
    verdict: row.verdict.outcome,
    verdict_messages: row.verdict.messages.join(JOIN),
    provisioned_at: provision?.at ?? '',
    deprovisioned_at: revoke?.at ?? '',
    provisioning: row.provisioning.map((p) => `${p.at} ${p.result} ${p.operation}`).join(JOIN),
    controls: row.controls.join(JOIN),
    flags: row.flags.map((f) => f.kind).join(JOIN),
    late_by_hours: lateBy === undefined ? '' : String(lateBy),
    flag_messages: row.flags.map((f) => f.message).join(JOIN),
  };
}

/** The header, then a line a row, each ended by CRLF: written as they come. */
export function* evidenceCsvChunks(report: EvidenceReport): Generator<string> {
  yield HEADER;
  for (const row of report.rows) yield csvLine(row);
}

/** The same, as the rows are made. */
export async function* evidenceCsvStream(stream: EvidenceStream): AsyncGenerator<string> {
  yield HEADER;
  for await (const row of stream.rows) yield csvLine(row);
}

const HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

function csvLine(row: EvidenceRow): string {
  const fields = csvFields(row);
  return `${CSV_COLUMNS.map((column) => quote(defuse(fields[column]))).join(',')}\r\n`;
}

export function renderEvidenceCsv(report: EvidenceReport): string {
  return [...evidenceCsvChunks(report)].join('');
}

export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
