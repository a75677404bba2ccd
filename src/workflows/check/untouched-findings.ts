// `accessctl check --base REF`: a finding on what the change did not touch is already so on
// REF, so it is shown as a warning that says so, and one old bad grant does not block every
// unrelated change.
import { posix, relative, sep } from 'node:path';

import type { LocatedFinding } from '../../model/index.js';
import type { BaseChanges } from './changes-since.js';

/** Errors on what the change did not touch become warnings that say so. */
export function downgradeUntouched(
  findings: (LocatedFinding & { grant?: string })[],
  since: BaseChanges,
  ref: string,
): LocatedFinding[] {
  const changed = new Set([...since.changes.added, ...since.changes.modified]);
  return findings.map((found) => {
    const f = ontoTheChange(found, since);
    const touched = f.grant !== undefined ? changed.has(f.grant) : since.files.has(f.file);
    if (touched || f.severity === 'warning') return f;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message} (already so on ${ref}; not part of this change)`,
    };
  });
}

/**
 * A duplicate id sits on the later file in path order; when that is the untouched one and
 * the change added the other, the finding moves onto the change, where its author looks
 * and where it stays an error.
 */
function ontoTheChange<F extends LocatedFinding>(f: F, since: BaseChanges): F {
  const other = f.related;
  if (f.rule !== 'duplicate-id' || other === undefined) return f;
  if (since.edited.has(f.file) || !since.edited.has(other.file)) return f;
  const root = other.shownAs.split('/')[0] ?? '.';
  const here = posix.join(root, relative(since.accessDir, f.file).split(sep).join('/'));
  return {
    ...f,
    file: other.file,
    line: other.line,
    column: other.column,
    message: f.message.replace(
      `here and at ${other.shownAs}:${other.line}:${other.column}`,
      `here and at ${here}:${f.line}:${f.column}`,
    ),
    related: { file: f.file, line: f.line, column: f.column, shownAs: here },
  };
}
