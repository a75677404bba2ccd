import type { LocatedFinding } from '../model/finding.js';
import { displayPath, type FindingsSummary } from './findings-summary.js';

/**
 * The machine-readable report: exactly {"findings": [...], "summary": {...}}, each
 * finding with rule, severity, message, file (relative to cwd), line and column.
 */
export function formatFindingsJson(
  findings: readonly LocatedFinding[],
  summary: FindingsSummary,
  cwd: string,
): string {
  const report = {
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: displayPath(f.file, cwd),
      line: f.line,
      column: f.column,
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
