/**
 * A problem found in the access repository. Tooling (the PR check, annotations, SARIF)
 * relies on this exact shape: 1-based line and column, kebab-case rule ids.
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  related?: RelatedPlace;
  /** A line standing for this many identical findings left out (see capRepeats); counts do. */
  stands?: number;
}

/** The other place a finding is about (the first use of a duplicated id). */
export interface RelatedPlace {
  file: string;
  line: number;
  column: number;
  /** As the message names it: relative to the access directory's parent. */
  shownAs: string;
}

export type Severity = 'error' | 'warning';

/** Any finding a report prints: the model's, or a policy's, whose rule ids come from Rego. */
export interface LocatedFinding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  related?: RelatedPlace;
  /** A line standing for this many identical findings left out (see capRepeats); counts do. */
  stands?: number;
}

/**
 * A policy finding an `exception` rule waived for its grant: reported as an exception,
 * never as an error or warning, with the reason the waiver gives.
 */
export interface WaivedFinding extends LocatedFinding {
  /** The grant the waiver names. */
  grant: string;
  /** Why the rule does not apply to this grant, as the waiver states it. */
  reason: string;
}

export type RuleId =
  | 'file-too-large'
  | 'file-unreadable'
  | 'symlink-ignored'
  | 'unknown-team'
  | 'yaml-syntax'
  | 'depth-limit'
  | 'alias-limit'
  | 'unsupported-tag'
  | 'invalid-key'
  | 'duplicate-key'
  | 'forbidden-key'
  | 'invalid-document'
  | 'misplaced-document'
  | 'unsupported-api-version'
  | 'unknown-kind'
  | 'missing-field'
  | 'unknown-field'
  | 'invalid-field'
  | 'invalid-date'
  | 'duplicate-id'
  | 'invalid-name'
  | 'noncanonical-name'
  | 'unknown-subject'
  | 'unknown-resource'
  | 'unknown-role'
  | 'unknown-package'
  | 'package-role-limit'
  | 'unknown-owner'
  | 'unknown-member'
  | 'leaver-has-grant'
  | 'leaver-in-team'
  | 'leaver-is-owner';

/** Findings in reading order: by file, then line, then column. */
export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function hasErrors(findings: readonly LocatedFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * Appends one by one: `into.push(...items)` passes every item as an argument, which
 * overflows the call stack for one file with ~150,000 findings.
 */
export function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** How many findings with the same rule, severity and message one file shows. */
export const REPEATS_SHOWN = 20;

/**
 * Findings repeated in one file (10,000 empty documents) are shown REPEATS_SHOWN times,
 * then once more as "... and K more like this" at the first one left out: a person needs
 * the first few and the count, not 10,000 lines. Keeps the order it is given.
 */
export function capRepeats<F extends LocatedFinding>(findings: F[], shown = REPEATS_SHOWN): F[] {
  const seen = new Map<string, number>();
  const kept: F[] = [];
  const summaries = new Map<string, F>();
  for (const f of findings) {
    const key = JSON.stringify([f.file, f.rule, f.severity, f.message]);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= shown) kept.push(f);
    else if (count === shown + 1) {
      const summary = { ...f };
      summaries.set(key, summary);
      kept.push(summary);
    }
  }
  for (const [key, summary] of summaries) {
    const more = (seen.get(key) ?? 0) - shown;
    summary.message = `${summary.message} ... and ${more} more like this in this file`;
    summary.stands = more;
  }
  return kept;
}
