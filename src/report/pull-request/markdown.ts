// The pull-request report as markdown: the sticky comment (found again by its hidden
// marker) and the job summary share it, so a read-only fork run still shows everything.
import { cell, code, codeCell, escape } from '../markdown.js';
import { MAX_ANNOTATIONS, planAnnotations } from './annotations.js';
import { COMMENT_MARKER, type PrReport, type ReportFinding } from './report.js';

const VERDICT_ICON: Record<string, string> = {
  passes: '✅ passes',
  warnings: '⚠️ warnings',
  'needs approval': '⏳ needs approval',
  denied: '❌ denied',
  removed: '➖ removed',
  'not judged': '❔ not judged: fix the file',
};

export interface PrMarkdownOptions {
  /** The hidden marker that finds the sticky comment again (default true). */
  marker?: boolean;
  /**
   * List every finding on what the pull request does not change (the job summary), not only
   * their counts by rule (the comment and the check run).
   */
  listUntouched?: boolean;
  /**
   * Say where the base model came from (a base snapshot or git) and why: the job summary
   * only, so the comment does not change with what a runner had kept.
   */
  baseModel?: boolean;
}

/**
 * GitHub keeps at most 1 MiB of a step's job summary; the list of untouched findings stops
 * well before it, and says how many it left out.
 */
const UNTOUCHED_LIST_BYTES = 768 * 1024;

export function renderPrMarkdown(report: PrReport, options: PrMarkdownOptions = {}): string {
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
  if (options.baseModel === true)
    lines.push(
      '',
      report.baseModel.snapshot === 'used'
        ? `Base model: ${escape(report.baseModel.reason)}.`
        : `Base model: built from git (${report.baseModel.snapshot === 'off' ? 'snapshots off' : `snapshot ${report.baseModel.snapshot}`}): ${escape(report.baseModel.reason)}.`,
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

  lines.push('', '#### Findings on this change', '');
  const current = report.findings.filter((f) => !f.preexisting);
  if (current.length === 0) lines.push('None on this change.');
  // blocking errors first: a comment cut at GitHub's size limit keeps them
  for (const f of current.filter((c) => c.severity === 'error')) lines.push(findingLine(f));
  for (const f of current.filter((c) => c.severity !== 'error')) lines.push(findingLine(f));
  const { annotations, leftOut } = planAnnotations(report.findings);
  if (leftOut > 0)
    lines.push(
      '',
      `> Annotations: ${annotations.length} of ${annotations.length + leftOut} findings on this change, ` +
        `at most ${MAX_ANNOTATIONS} a run, errors first; the other ${leftOut} are listed above.`,
    );
  lines.push(...untouchedSection(report, options.listUntouched === true));

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

/**
 * Findings on grants and files the pull request does not change: counted by rule, never
 * blocking (they were made warnings), with where to see each one.
 */
function untouchedSection(report: PrReport, list: boolean): string[] {
  const old = report.findings.filter((f) => f.preexisting);
  if (old.length === 0) return [];
  const byRule = new Map<string, number>();
  for (const f of old) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const counts = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const command = code(`accessctl check --base ${report.judgedBy.baseCommit.slice(0, 12)}`);
  const lines = [
    '',
    '#### Elsewhere in the repository',
    '',
    `${old.length} finding(s) on grants and files this pull request does not change; ` +
      'they are warnings here and do not block it.',
    '',
    '| Rule | Findings |',
    '| --- | --- |',
    ...counts.map(([rule, n]) => `| ${codeCell(rule)} | ${n} |`),
    '',
    list
      ? `Each one is listed below; ${command} on the head lists them too.`
      : `Run ${command} on the head for each one; the job summary of this run lists them.`,
  ];
  if (!list) return lines;
  lines.push('', '<details><summary>Every finding elsewhere</summary>', '');
  let bytes = 0;
  let shown = 0;
  for (const f of old) {
    const line = findingLine(f);
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > UNTOUCHED_LIST_BYTES) break;
    lines.push(line);
    shown++;
  }
  if (shown < old.length)
    lines.push(
      '',
      `… and ${old.length - shown} more, cut to keep this summary within GitHub's size limit: run ${command} for all of them.`,
    );
  lines.push('', '</details>');
  return lines;
}
