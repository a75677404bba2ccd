import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import { withEnds } from './ends.js';
import { displayPath, type FindingsSummary } from './summary.js';

/**
 * The machine-readable report: {"findings": [...], "exceptions": [...], "summary": {...}},
 * each finding with rule, severity, message, file (relative to cwd), line and column where
 * it starts and, as eslint names them, endLine and endColumn (exclusive) where it ends.
 * An exception is a policy finding a waiver set aside, with the grant and the reason.
 */
export function formatFindingsJson(
  findings: readonly LocatedFinding[],
  summary: FindingsSummary,
  cwd: string,
  exceptions: readonly WaivedFinding[] = [],
): string {
  const shown = (f: LocatedFinding & { endLine: number; endColumn: number }) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  });
  const report = {
    findings: withEnds(findings).map(shown),
    exceptions: withEnds(exceptions).map((f) => ({
      ...shown(f),
      grant: f.grant,
      reason: f.reason,
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
