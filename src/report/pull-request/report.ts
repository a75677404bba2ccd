// The pull-request check's report as data: what the comment, the job summary, the check
// run and the `report-json` output are all rendered from.
import type { LocatedFinding, SnapshotStatus } from '../../model/index.js';
import type { WaivedFinding } from '../../model/finding.js';

/** `not judged`: the grant's file has an error of its own (it does not parse, names nothing known). */
export type GrantVerdict =
  'passes' | 'warnings' | 'needs approval' | 'denied' | 'removed' | 'not judged';

export interface GrantRow {
  id: string;
  change: 'added' | 'modified' | 'removed';
  subject: string;
  resource: string;
  role: string;
  risk: string;
  expires: string;
  owners: string[];
  /** Owners whose approval counts for this grant so far. */
  approvals: string[];
  verdict: GrantVerdict;
  file: string;
  line: number;
}

export interface ReportFinding extends LocatedFinding {
  grant?: string;
  /** Reported on something this pull request did not change: never fails the check. */
  preexisting?: boolean;
  /**
   * Its file is not in the pull request's head (the request deletes it): no annotation can
   * point there, so it is shown in the summary and the comment only.
   */
  deleted?: boolean;
}

export interface ReviewerRow {
  reviewer: string;
  /** Why the approval does not count, when it does not. */
  ignored?: string;
}

export interface PrReport {
  verdict: 'pass' | 'fail';
  denied: number;
  warnings: number;
  pullRequest: { number: number; author: string; headSha: string; labels: string[] };
  judgedBy: {
    baseCommit: string;
    /** Repository policy files compiled with the built-in library, as of the base commit. */
    policyFiles: string[];
    /** Files of the rules (policies, catalog, identities, config) this pull request edits. */
    editedRuleFiles: string[];
  };
  /**
   * Where the base model came from: a verified base snapshot ('used'), or git, and why
   * (no snapshot, one of another tree or build, untrusted, damaged; 'off' when not asked).
   */
  baseModel: { snapshot: SnapshotStatus | 'off'; reason: string };
  reviewers: ReviewerRow[];
  grants: GrantRow[];
  findings: ReportFinding[];
  /** Policy findings the base's waivers (`exception`) set aside: shown, never failing. */
  exceptions?: WaivedFinding[];
  nextSteps: string[];
}

export const COMMENT_MARKER = '<!-- accessctl:pr-check -->';
