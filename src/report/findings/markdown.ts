// `accessctl check --format markdown`: a report to paste into a pull-request comment or a
// job summary: the verdict and summary line, then one table row per finding.
import type { LocatedFinding } from '../../model/finding.js';
import { displayPath, summaryLine, type FindingsSummary } from './summary.js';
import { cell, codeCell } from '../markdown.js';

/** GitHub cuts a comment at 65,536 characters; this many rows stay well under it. */
export const MARKDOWN_MAX_ROWS = 200;

export function formatFindingsMarkdown(
  findings: readonly LocatedFinding[],
  summary: FindingsSummary,
  cwd: string,
  options: { policies?: string; maxRows?: number } = {},
): string {
  const maxRows = options.maxRows ?? MARKDOWN_MAX_ROWS;
  const icon = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : '✅';
  const lines = [`### ${icon} accessctl check: ${summaryLine(summary)}`, ''];
  if (options.policies !== undefined)
    lines.push(`Judged by ${cell(options.policies.replace(/^policies: /, ''))}.`, '');
  if (findings.length > 0) {
    lines.push('| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of findings.slice(0, maxRows)) {
      const where = `${displayPath(f.file, cwd)}:${f.line}:${f.column}`;
      const severity = f.severity === 'error' ? '❌ error' : '⚠️ warning';
      lines.push(`| ${severity} | ${codeCell(where)} | ${codeCell(f.rule)} | ${cell(f.message)} |`);
    }
    if (findings.length > maxRows)
      lines.push(
        '',
        `${findings.length - maxRows} more finding(s) not shown; run \`accessctl check\` for all of them.`,
      );
  }
  return `${lines.join('\n')}\n`;
}
