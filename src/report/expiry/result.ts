// The shape of an expiry run, as its reports read it: what was removed, what ends soon, what
// was published and which reminders went out. The expiry workflow fills it in.
import type { ExpireMode } from '../../config/config.js';

export interface GrantLine {
  id: string;
  subject: string;
  resource: string;
  role: string;
  expires: string;
  /** Path in the repository and line of the document. */
  path: string;
  line: number;
  owners: string[];
}

export interface ExpireResult {
  mode: ExpireMode;
  now: string;
  warnDays: number;
  windowStart: string | null;
  removals: (GrantLine & { reasons: string[] })[];
  expiring: (GrantLine & {
    daysLeft: number;
    /**
     * Set when it ends earlier than `expires` says: the end the changes the gate passed gave
     * (as written), and the change that moved it later without passing.
     */
    approvedEnd?: { end: string; commit: string; pullRequest?: number };
  })[];
  /** Files with removals that were left untouched, and why. */
  skipped: { path: string; message: string; grants: string[] }[];
  /** Errors in grant files (unreadable, malformed documents): reported, never deleted. */
  problems: { path: string; line: number; column: number; message: string }[];
  files: { path: string; change: 'edited' | 'deleted' }[];
  /**
   * Leavers still listed in a team. A list entry is not a document, so it is reported for a
   * person to remove rather than cut out here.
   */
  leaversInTeams: { user: string; team: string; path: string; line: number }[];
  pullRequest?: PullRequestOutcome;
  /** The expiry pull request closed because nothing is left to remove. */
  closedPullRequest?: number;
  commit?: string;
  reminders: ReminderOutcome[];
  /** What the reader should know about how ends were read (see provision/approved-ends.ts). */
  notes: string[];
}

export interface PullRequestOutcome {
  number: number;
  url: string;
  action: 'opened' | 'updated';
  reviewersRequested: string[];
  /** Owners GitHub refused as reviewers (not collaborators), with what it said. */
  reviewersRefused: string[];
}

export interface ReminderOutcome {
  owner: string;
  grants: string[];
  issue: number;
  /** False when this window's reminder to this owner was already sent. */
  sent: boolean;
}
