import { relative, resolve, sep } from 'node:path';
import type { LocatedFinding } from '../../model/finding.js';

export interface FindingsSummary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  /** Policy findings an `exception` rule waived (counted apart, as conftest does). */
  exceptions: number;
}

export function summarize(
  findings: readonly LocatedFinding[],
  files: number,
  documents: number,
  exceptions = 0,
): FindingsSummary {
  // A line that stands for repeats left out counts as all of them.
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    const count = finding.stands ?? 1;
    if (finding.severity === 'error') errors += count;
    else warnings += count;
  }
  return { files, documents, errors, warnings, exceptions };
}

/** A path as the person working in `cwd` would type it, with '/' on every platform. */
export function displayPath(file: string, cwd: string): string {
  const path = relative(cwd, resolve(cwd, file));
  return sep === '/' ? path : path.split(sep).join('/');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning in 57 documents (12 files)", and ", 1 exception" when one was waived. */
export function summaryLine(summary: FindingsSummary): string {
  const scope = `${plural(summary.documents, 'document')} (${plural(summary.files, 'file')})`;
  const waived =
    summary.exceptions > 0 ? ` (${plural(summary.exceptions, 'exception')} waived)` : '';
  if (summary.errors === 0 && summary.warnings === 0) return `no problems in ${scope}${waived}`;
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${scope}${waived}`;
}

/** A repository path as a URI reference: '/' between segments, each percent-encoded. */
export function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
