// The report as JSON, exactly the EvidenceReport shape: what other tools read. Written a row
// at a time, so a long history's report is never one string in memory: the rows sit between
// the report's other fields, each indented as JSON.stringify(report, null, 2) would indent it.
import type { EvidenceReport, EvidenceRow, EvidenceStream } from '../../evidence/report.js';

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
    yield `${first ? '' : ',\n'}    ${rowJson(row)}`;
    first = false;
  }
  yield `\n  ]${frame.slice(at + ROWS.length)}\n`;
}

export function renderEvidenceJson(report: EvidenceReport): string {
  return [...evidenceJsonChunks(report)].join('');
}

/**
 * The same text, written as the rows are made: the fields before the rows at the first row,
 * the rest once the last is made (their notes and summary count every row).
 */
export async function* evidenceJsonStream(stream: EvidenceStream): AsyncGenerator<string> {
  const head = JSON.stringify({ ...stream.before, rows: [] }, null, 2);
  let first = true;
  for await (const row of stream.rows) {
    yield `${first ? `${head.slice(0, head.indexOf(ROWS))}\n  "rows": [\n` : ',\n'}    ${rowJson(row)}`;
    first = false;
  }
  const frame = JSON.stringify(stream.finish([]), null, 2);
  yield first ? `${frame}\n` : `\n  ]${frame.slice(frame.indexOf(ROWS) + ROWS.length)}\n`;
}

/** One row as JSON.stringify(report, null, 2) writes it inside the rows list. */
function rowJson(row: EvidenceRow): string {
  return JSON.stringify(row, null, 2).replaceAll('\n', '\n    ');
}
