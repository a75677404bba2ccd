// The report as JSON, exactly the EvidenceReport shape: what other tools read. Written a row
// at a time, so a long history's report is never one string in memory: the rows sit between
// the report's other fields, each indented as JSON.stringify(report, null, 2) would indent it.
import type { EvidenceReport } from '../../evidence/report.js';

/** Where the empty rows list stands in the report's other fields, written with two spaces. */
const ROWS = '\n  "rows": []';

export function* evidenceJsonChunks(report: EvidenceReport): Generator<string> {
  const frame = JSON.stringify({ ...report, rows: [] }, null, 2);
  // Top-level keys are the only text at two spaces after a newline (strings hold no newline).
  const at = frame.indexOf(ROWS);
  if (report.rows.length === 0 || at < 0) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  yield `${frame.slice(0, at)}\n  "rows": [\n`;
  let first = true;
  for (const row of report.rows) {
    yield `${first ? '' : ',\n'}    ${JSON.stringify(row, null, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield `\n  ]${frame.slice(at + ROWS.length)}\n`;
}

export function renderEvidenceJson(report: EvidenceReport): string {
  return [...evidenceJsonChunks(report)].join('');
}
