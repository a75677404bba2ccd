// `accessctl check --format table`: one row per finding, as conftest's table output, with
// the place a person clicks (file:line:column) and the rule id in columns of their own.
import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import { displayPath, summaryLine, type FindingsSummary } from './summary.js';

const HEADER = ['RESULT', 'LOCATION', 'RULE', 'MESSAGE'];

export function formatFindingsTable(
  findings: readonly LocatedFinding[],
  exceptions: readonly WaivedFinding[],
  summary: FindingsSummary,
  cwd: string,
): string {
  const one = (s: string) => s.replace(/[\r\n]+/g, ' ');
  const row = (result: string, f: LocatedFinding, message: string) => [
    result,
    `${displayPath(f.file, cwd)}:${f.line}:${f.column}`,
    f.rule,
    one(message),
  ];
  const rows = [
    ...findings.map((f) => row(f.severity === 'error' ? 'failure' : 'warning', f, f.message)),
    ...exceptions.map((f) => row('exception', f, `${f.message} (waived: ${f.reason})`)),
  ];
  if (rows.length === 0) return `${summaryLine(summary)}\n`;
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return `${[rule, line(HEADER), rule, ...rows.map(line), rule, summaryLine(summary)].join('\n')}\n`;
}
