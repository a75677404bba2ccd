import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import { displayPath, summaryLine, type FindingsSummary } from './summary.js';

/**
 * Findings the way a compiler prints them, one per line, then a one-line summary:
 * access/grants/x.yaml:7:3 error unknown-role: role "owner" is not defined for ...
 */
export function formatFindingsText(
  findings: readonly LocatedFinding[],
  summary: FindingsSummary,
  cwd: string,
  options: { policies?: string; exceptions?: readonly WaivedFinding[] } = {},
): string {
  const where = (f: LocatedFinding) => `${displayPath(f.file, cwd)}:${f.line}:${f.column}`;
  const lines = findings.map((f) => `${where(f)} ${f.severity} ${f.rule}: ${f.message}`);
  for (const f of options.exceptions ?? [])
    lines.push(`${where(f)} exception ${f.rule}: ${f.message} (waived: ${f.reason})`);
  if (options.policies !== undefined) lines.push(options.policies);
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}
