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
