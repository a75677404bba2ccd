// `accessctl check --format github`: GitHub workflow commands, as conftest's github output
// writes them: the runner turns each line into an annotation on the file and line, shown in
// the job and on the pull request's diff. An error is `::error`, a warning `::warning`, a
// waived finding `::notice`.
//
// Escaped by hand: @actions/core's commands write straight to process.stdout, and this
// report is text a command returns. The rules are the runner's (the same @actions/core
// follows): in a value `%`, CR and LF are percent-encoded; in a property also `:` and `,`.
// So a message can never end the line and start a command of its own.
import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import type { EndedFinding } from './ends.js';
import { displayPath, summaryLine, type FindingsSummary } from './summary.js';

export function formatFindingsGithub(
  findings: readonly EndedFinding[],
  exceptions: readonly EndedFinding<WaivedFinding>[],
  summary: FindingsSummary,
  cwd: string,
): string {
  const command = (kind: string, f: EndedFinding<LocatedFinding>, title: string, text: string) => {
    const properties = [
      `file=${property(displayPath(f.file, cwd))}`,
      `line=${f.line}`,
      `endLine=${f.endLine}`,
      `col=${f.column}`,
      `endColumn=${f.endColumn}`,
      `title=${property(title)}`,
    ];
    return `::${kind} ${properties.join(',')}::${data(text)}`;
  };
  const lines = [
    ...findings.map((f) =>
      command(f.severity === 'error' ? 'error' : 'warning', f, f.rule, f.message),
    ),
    ...exceptions.map((f) =>
      command('notice', f, `${f.rule} (exception)`, `${f.message} (waived: ${f.reason})`),
    ),
    // the summary is plain text: escaped as data, it cannot be read as a command
    data(summaryLine(summary)),
  ];
  return `${lines.join('\n')}\n`;
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
