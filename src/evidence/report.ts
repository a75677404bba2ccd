// The audit report's shape: one row per change to one grant, in commit order, with what an
// auditor asks of it (who asked, who approved, what the policies said, when the access was
// really given and taken away) and the flags that need a person's attention. Every renderer
// (json, csv, markdown, html) reads this and nothing else.

export type EvidenceChange = 'added' | 'modified' | 'removed';

export type EvidenceFlagKind =
  /** Reached the default branch without a pull request. */
  | 'no-review-evidence'
  /** Merged through a pull request that had no approval from someone other than its author. */
  | 'no-approval'
  /** Removed (or deprovisioned) after the grant's expiry; `byHours` says how late. */
  | 'late-removal'
  /** Still present at the end of the history although its expiry has passed. */
  | 'expired-not-removed'
  /** The policies denied the grant at the merge commit. */
  | 'policy-denied'
  /**
   * The rules that judged the change held a change to them no policy owner approved, not
   * reverted since (its approvals may be by owners that change named).
   */
  | 'rules-not-approved'
  /** The provisioning evidence log records a failed operation for this change. */
  | 'provisioning-failed'
  /** The provisioning evidence log's hash chain is broken at or before this grant's records. */
  | 'evidence-log-broken'
  /**
   * Merged under the break-glass label, and no owner of its resource approved it after the
   * merge within breakGlass.reviewWithinHours.
   */
  | 'break-glass-unreviewed'
  /** A manual change's issue is still open past manual.slaDays; `byHours` says how long it has been open. */
  | 'manual-late'
  /** A manual change's issue was closed as done by someone who does not own the resource. */
  | 'manual-not-owner';

export interface EvidenceFlag {
  kind: EvidenceFlagKind;
  /** One sentence a person can act on. */
  message: string;
  /** For late-removal and expired-not-removed: hours past the expiry. */
  byHours?: number;
}

export interface Approval {
  reviewer: string;
  /** RFC 3339. */
  at: string;
  /** The commit the reviewer approved. */
  commit: string;
  /** False when the approval was given before the pull request's last push. */
  current: boolean;
}

export interface PullRequestEvidence {
  number: number;
  url: string;
  title: string;
  author: string;
  mergedAt?: string;
  mergedBy?: string;
  approvals: Approval[];
}

export interface ProvisioningEvidence {
  /** RFC 3339 of the log record. */
  at: string;
  operation: string;
  /**
   * `not-applied`: a stopped run's operation that did not take; `unfinished`: not known yet;
   * `held`: merged without the approvals the rules require, so not applied.
   */
  result:
    | 'applied'
    | 'failed'
    | 'refused'
    | 'held'
    | 'not-applied'
    | 'pending'
    | 'declined'
    | 'unfinished';
  message: string;
  /** For a manual change: its issue, and who closed it and when. */
  issue?: number;
  closedBy?: string;
  closedAt?: string;
  /** Recorded by a later run that read the system after this one stopped. */
  recovered?: boolean;
}

/**
 * Where the access package of a package grant was approved: the commit that last added or
 * changed it, at or before the grant's change, and the approvals of the pull request behind it.
 */
export interface PackageApproval {
  package: string;
  /** Full sha; absent when the history read holds no commit that added the package. */
  commit?: string;
  committedAt?: string;
  /** The pull request that merged it; absent for a direct push or when not looked up. */
  pullRequest?: { number: number; url: string; title: string; author: string };
  /** Who approved that pull request; empty without one. */
  approvals: Approval[];
  /** Why the pull request was not looked up; set only then. */
  pullRequestNotFetched?: string;
}

export interface EvidenceRow {
  grant: string;
  subject: string;
  /** For a package grant, `package:ID`. */
  resource: string;
  role: string;
  /** The access package a package grant names (its roles were approved with the package). */
  package?: string;
  /** For a package grant: where its package was approved, and by whom. */
  packageApproval?: PackageApproval;
  /** The grant's stated reason after the change (before it, for a removal), when it has one. */
  reason?: string;
  change: EvidenceChange;
  /** The role before a modification. */
  previousRole?: string;
  /** Full sha of the commit on the default branch that made the change. */
  commit: string;
  /** RFC 3339 commit time. */
  committedAt: string;
  committer: string;
  /** The pull request that merged the commit; absent for a direct push. */
  pullRequest?: PullRequestEvidence;
  /**
   * A commit `accessctl expire --mode commit` pushed: its trailer says so and it only removes
   * grants (or shortens them), so it needs no pull request and is not flagged for one.
   */
  expiryRun?: boolean;
  /**
   * Why the pull request was not looked up (no token, the API failed). Set only then: such a
   * row has no pullRequest, yet it is not known to be a direct push and carries no flag for it.
   */
  pullRequestNotFetched?: string;
  /** Who asked: the pull request's author, or the commit author for a direct push. */
  requester: string;
  /** deny/warn messages of the policies evaluated on the commit's tree for this grant. */
  verdict: { outcome: 'pass' | 'warn' | 'deny' | 'not-evaluated'; messages: string[] };
  /**
   * The expiry the grant carried after the change (before it, for a removal): a date as the
   * file writes it (access through that whole day, UTC), else RFC 3339.
   */
  expires: string;
  /** From the provisioning evidence log: the operations recorded for this change. */
  provisioning: ProvisioningEvidence[];
  /** Control ids this row evidences, e.g. "NIST CSF 2.0 PR.AA-05", "OWASP NHI7:2025". */
  controls: string[];
  flags: EvidenceFlag[];
}

export interface EvidenceLogStatus {
  /** The file, or e.g. "branch accessctl-evidence of acme/access". */
  file: string;
  /** Records (intents, results and seals) up to where the hash chain breaks, if it does. */
  records: number;
  /** Absent when the chain, the seals and the anchors all verify. */
  broken?: { line: number; problem: string };
  /** The seals' HMAC was verified with ACCESSCTL_EVIDENCE_KEY. */
  sealsChecked?: boolean;
  /** How many anchors (commit statuses accessctl/evidence) the log was checked against. */
  anchors?: number;
  /** Why the anchors were not checked. */
  anchorsNotChecked?: string;
}

export interface EvidenceReport {
  /** RFC 3339: when the report was made, and the window it covers. */
  generatedAt: string;
  since?: string;
  until?: string;
  repository: string;
  /** The commit the history was read up to. */
  head: string;
  commits: number;
  rows: EvidenceRow[];
  /** Absent when no provisioning evidence log was given or found. */
  evidenceLog?: EvidenceLogStatus;
  /** The --grant and --subject the rows were narrowed to, when given. */
  filters?: { grant?: string; subject?: string };
  /** Sentences about the report as a whole a reader must see, e.g. that PR data was not fetched. */
  notes?: string[];
  summary: {
    grants: number;
    changes: Record<EvidenceChange, number>;
    flags: Partial<Record<EvidenceFlagKind, number>>;
  };
}

/**
 * The report with its rows to come: `rows` makes them a commit at a time as the history is
 * judged (read it once), and `finish` gives the report around them once they are all made,
 * holding the rows it is given (none when they were written out as they came). A long
 * history's rows need never be held all at once.
 */
export interface EvidenceStream {
  /** The report's fields before its rows, as `finish` will give them. */
  before: Pick<
    EvidenceReport,
    'generatedAt' | 'since' | 'until' | 'repository' | 'head' | 'commits'
  >;
  rows: AsyncIterable<EvidenceRow>;
  finish(rows: EvidenceRow[]): EvidenceReport;
}
