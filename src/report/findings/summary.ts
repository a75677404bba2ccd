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
  // Every finding is named this way: over 100,000 grants, resolve and relative for each
  // of 67,131 findings cost more than the rest of the text report. A file plainly inside
  // cwd (absolute, with no '.', '..' or empty segment) is its path after cwd's.
  const inside = insideOf(cwd);
  if (file.startsWith(inside) && !IRREGULAR.test(file)) {
    const path = file.slice(inside.length);
    return sep === '/' ? path : path.split(sep).join('/');
  }
  const path = relative(cwd, resolve(cwd, file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A path segment that resolve() would rewrite: '.', '..' or empty (a doubled or final separator). */
const IRREGULAR = sep === '/' ? /\/\.{0,2}(?:\/|$)/ : /[\\/]\.{0,2}(?:[\\/]|$)/;

let lastCwd: string | undefined;
let lastInside = '';

/** cwd resolved, with a separator after it: what starts the path of a file inside it. */
function insideOf(cwd: string): string {
  if (cwd !== lastCwd) {
    const resolved = resolve(cwd);
    lastInside = resolved.endsWith(sep) ? resolved : `${resolved}${sep}`;
    lastCwd = cwd;
  }
  return lastInside;
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
