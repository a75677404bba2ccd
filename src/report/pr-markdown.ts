// The pull-request report as markdown: the sticky comment (found again by its hidden
// marker) and the job summary share it, so a read-only fork run still shows everything.
import { cell, code, escape } from './markdown.js';
import { COMMENT_MARKER, type PrReport, type ReportFinding } from './pr-report.js';

const VERDICT_ICON: Record<string, string> = {
  passes: '✅ passes',
  warnings: '⚠️ warnings',
  'needs approval': '⏳ needs approval',
  denied: '❌ denied',
  removed: '➖ removed',
  'not judged': '❔ not judged: fix the file',
};

export function renderPrMarkdown(report: PrReport, options: { marker?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.marker !== false) lines.push(COMMENT_MARKER);
  const headline =
    report.verdict === 'pass'
      ? `### ✅ accessctl: the access request passes${report.warnings > 0 ? ` with ${report.warnings} warning(s)` : ''}`
      : `### ❌ accessctl: the access request is blocked (${report.denied} error(s), ${report.warnings} warning(s))`;
  lines.push(headline, '');
  lines.push(
    `Judged at ${code(report.pullRequest.headSha.slice(0, 7))} by the rules of the base commit ${code(report.judgedBy.baseCommit.slice(0, 7))}` +
      (report.judgedBy.policyFiles.length > 0
        ? ` (built-in library and ${report.judgedBy.policyFiles.map(code).join(', ')}).`
        : ' (built-in library).'),
  );
  if (report.judgedBy.editedRuleFiles.length > 0) {
    lines.push(
      '',
      `> **This pull request edits the rules** (${report.judgedBy.editedRuleFiles.map(code).join(', ')}). ` +
        'It is judged by the rules of its base commit, not by its own edits, and it needs a policy owner’s approval.',
    );
  }

  lines.push('', '#### Changed grants', '');
  if (report.grants.length === 0) lines.push('No grant is added, changed or removed.');
  else {
    lines.push(
      '| Grant | Subject | Resource | Role | Risk | Expires | Owners | Approvals so far | Verdict |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const g of report.grants)
      lines.push(
        `| ${cell(g.id)} (${g.change}) | ${cell(g.subject)} | ${cell(g.resource)} | ${cell(g.role)} | ${cell(g.risk)} | ${cell(g.expires)} | ${cell(g.owners.join(', '))} | ${g.approvals.length === 0 ? 'none' : cell(g.approvals.join(', '))} | ${VERDICT_ICON[g.verdict] ?? cell(g.verdict)} |`,
      );
  }

  const ignored = report.reviewers.filter((r) => r.ignored !== undefined);
  if (ignored.length > 0) {
    lines.push('', '#### Approvals that do not count', '');
    for (const r of ignored)
      lines.push(`- ${escape(`@${r.reviewer}`)}: ${escape(r.ignored ?? '')}`);
  }

  lines.push('', '#### Findings', '');
  const current = report.findings.filter((f) => !f.preexisting);
  const old = report.findings.filter((f) => f.preexisting);
  if (current.length === 0) lines.push('None on this change.');
  for (const f of current) lines.push(findingLine(f));
  if (old.length > 0) {
    lines.push(
      '',
      `<details><summary>${old.length} finding(s) on grants this pull request does not change (warnings only)</summary>`,
      '',
      ...old.map(findingLine),
      '',
      '</details>',
    );
  }

  const waived = report.exceptions ?? [];
  if (waived.length > 0) {
    lines.push(
      '',
      `#### Exceptions (${waived.length} waived by the base's \`exception\` rules)`,
      '',
    );
    for (const f of waived)
      lines.push(
        `- ➖ ${code(f.rule)} ${code(`${f.file}:${f.line}:${f.column}`)}: ${escape(f.message)} (waived: ${escape(f.reason)})`,
      );
  }

  lines.push('', '#### What to do next', '');
  for (const step of report.nextSteps) lines.push(`- ${escape(step)}`);
  return `${lines.join('\n')}\n`;
}

function findingLine(f: ReportFinding): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️';
  return `- ${icon} ${code(f.rule)} ${code(`${f.file}:${f.line}:${f.column}`)}: ${escape(f.message)}`;
}
