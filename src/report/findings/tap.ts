// `accessctl check --format tap`: the Test Anything Protocol, as conftest's tap output.
// One test point per finding and one passing point per file with none. A warning is a
// `not ok` marked `# TODO` (TAP's "known, does not fail the run"), unless warnings fail the
// run (--fail-on-warn); a waived finding is an `ok` marked `# SKIP` with the waiver's reason.
import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import { displayPath } from './summary.js';

export function formatFindingsTap(
  findings: readonly LocatedFinding[],
  exceptions: readonly WaivedFinding[],
  files: readonly string[],
  cwd: string,
  options: { failOnWarn?: boolean } = {},
): string {
  const where = (f: LocatedFinding) => `${displayPath(f.file, cwd)}:${f.line}:${f.column}`;
  // a description may not hold `#` (it starts a directive) nor a line break
  const text = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/#/g, '\\#');
  const points: string[] = [];
  for (const f of findings) {
    const todo = f.severity === 'warning' && options.failOnWarn !== true ? ' # TODO warning' : '';
    points.push(
      `not ok ${points.length + 1} - ${text(`${where(f)} ${f.rule}: ${f.message}`)}${todo}`,
    );
  }
  for (const f of exceptions)
    points.push(
      `ok ${points.length + 1} - ${text(`${where(f)} ${f.rule}: ${f.message}`)} # SKIP exception: ${text(f.reason)}`,
    );
  const named = new Set([...findings, ...exceptions].map((f) => displayPath(f.file, cwd)));
  for (const file of files.map((f) => displayPath(f, cwd)))
    if (!named.has(file)) points.push(`ok ${points.length + 1} - ${text(file)}`);
  return `1..${points.length}\n${points.map((p) => `${p}\n`).join('')}`;
}
