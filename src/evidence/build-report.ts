// Joins what was read into the report: one row per grant change in the window, with its pull
// request, verdict and provisioning records, and the flags a person must look at. Reads
// nothing itself; every fact arrives in BuildInput, and each commit's verdicts as its rows
// are made, so a long history's verdicts are never all held apart from their rows.
import { DEFAULT_CONFIG } from '../config/config.js';
import { controlsFor } from './controls.js';
import type { GrantChange, GrantState } from './grant-changes.js';
import type { History, HistoryCommit } from './history.js';
import type { LoggedRecord, ProvisioningLog } from './provisioning.js';
import type { PullAnswer } from './pulls.js';
import type {
  EvidenceChange,
  EvidenceFlag,
  EvidenceFlagKind,
  EvidenceReport,
  EvidenceRow,
  PackageApproval,
  PullRequestEvidence,
} from './report.js';
import type { Verdict } from './verdict.js';

/** A change chosen for the report: which commit, which grant change. */
export interface SelectedChange {
  index: number;
  change: GrantChange;
}

export interface BuildInput {
  repository: string;
  history: History;
  /** Parallel to history.commits. */
  changes: GrantChange[][];
  /** By commit sha; a commit without an answer was not looked up. */
  pulls: Map<string, PullAnswer>;
  /** Why no pull request was looked up at all (e.g. no token); absent when they were. */
  pullsNotFetched?: string;
  /**
   * By package id: the indexes in history.commits of the commits that added or changed it,
   * oldest first. A package grant's row names the last one at or before its own commit.
   */
  packageCommits?: Map<string, number[]>;
  /**
   * By commit: the change to the rules no policy owner approved, not reverted since, that the
   * rules judging the commit held (rules-standing.ts). Absent: not worked out.
   */
  unstood?: Map<string, { commit: string; pullRequest?: number }>;
  /** Commits `accessctl expire --mode commit` pushed (trailer and content both checked). */
  expiryRuns?: Set<string>;
  log?: ProvisioningLog;
  since?: Date;
  until?: Date;
  generatedAt: Date;
  /** manual.slaDays of the config at the end of the history: an issue open longer is late. */
  manualSlaDays?: number;
  /**
   * By commit sha: the hours after a grant's end its removal by that commit may take before it
   * is late (expiry.graceHours, or what the expiry mode's schedule allows). Absent: none.
   */
  removalGrace?: Map<string, number>;
  /** The same grace by the config at the end: a grant that ended less long ago is not overdue yet. */
  graceAtEnd?: number;
  filters?: { grant?: string; subject?: string };
  notes: string[];
}

export interface BreakGlassMerge {
  label: string;
  reviewWithinHours: number;
  /**
   * By grant id, at the merge commit: its resource's owner references, and the logins
   * (lower-cased) whose approving review counts: the owners' people, less the pull request's
   * author and the grant's subject.
   */
  owners: Map<string, { refs: string[]; logins: Set<string> }>;
}

const HOUR = 3_600_000;

/** When the current wait began: the first of the trailing run of `pending` records. */
function firstPending(records: LoggedRecord[]): string {
  let at = records[records.length - 1]?.record.time ?? '';
  for (let i = records.length - 1; i >= 0 && records[i]?.record.result === 'pending'; i--)
    at = records[i]?.record.time ?? at;
  return at;
}
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What one commit's judging found: the verdicts of its changes by grant id (absent when
 * verdicts were not evaluated), and whether it was an emergency merge (see BreakGlassMerge).
 */
export interface Judged {
  verdicts?: Map<string, Verdict>;
  /**
   * The commit was merged through a pull request that carried the break-glass label of the
   * config at the merge's parent.
   */
  emergency?: BreakGlassMerge;
}

export interface ReportBuilder {
  /** The row of one selected change; call in the order of `selected`. */
  row(selected: SelectedChange, judged: Judged): EvidenceRow;
  /**
   * The report of the rows made so far, holding `rows`: all of them, or none when they were
   * written as they came (its summary and notes count them all either way).
   */
  finish(rows: EvidenceRow[]): EvidenceReport;
}

export function reportBuilder(input: BuildInput): ReportBuilder {
  const { history } = input;
  const position = new Map(history.commits.map((c, i) => [c.sha, i]));
  // only the provisioning log's records are placed by the grant's next change
  const nextChange =
    input.log === undefined ? new Map<string, number>() : nextChangeIndex(input.changes);
  const endOfHistory = input.until ?? input.generatedAt;
  const lastChange = lastChangeOf(input.changes);
  // of each grant present at the end, what the note on expired grants reads: not its versions
  const lastState = new Map<string, { subject: string; expiresAt: string }>();
  input.changes.forEach((list, index) => {
    for (const { id, after } of list)
      if (lastChange.get(id) === index && after?.expiresAt !== undefined)
        lastState.set(id, { subject: after.subject, expiresAt: after.expiresAt });
  });
  // What the report says of all its rows, kept as each row is made: the rows need not stay.
  const reported = new Set<string>();
  const tally = emptySummary();
  const grants = new Set<string>();

  const row = ({ index, change }: SelectedChange, judged: Judged): EvidenceRow => {
    const commit = history.commits[index] as HistoryCommit;
    const state = (change.after ?? change.before) as GrantState;
    const records = recordsFor(
      input.log,
      change.id,
      index,
      nextChange.get(`${index}\u0000${change.id}`) ?? Infinity,
      position,
    );
    const answer = input.pulls.get(commit.sha);
    const flags: EvidenceFlag[] = [];
    const pullRequest = answer?.kind === 'pull' ? pullEvidence(answer) : undefined;
    const expiryRun = answer?.kind === 'none' && input.expiryRuns?.has(commit.sha) === true;
    if (answer?.kind === 'none' && !expiryRun)
      flags.push({
        kind: 'no-review-evidence',
        message: `commit ${commit.sha.slice(0, 7)} reached the branch without a pull request; find who approved it and record why it bypassed review`,
      });
    // A package grant's approval is its package's: an eligible subject takes it with no review.
    const packageApproved =
      state.package === undefined ? undefined : packageApproval(state.package, index, input);
    const approvedWithPackage =
      change.change !== 'removed' &&
      packageApproved?.pullRequest !== undefined &&
      packageApproved.approvals.length > 0;
    if (pullRequest !== undefined && pullRequest.approvals.length === 0 && !approvedWithPackage)
      flags.push({
        kind: 'no-approval',
        message:
          packageApproved === undefined || change.change === 'removed'
            ? `pull request #${pullRequest.number} was merged without an approval from anyone but its author; have an owner review it after the fact`
            : `pull request #${pullRequest.number} was merged without an approval from anyone but its author, and package ${packageApproved.package}, which gives its roles, was not approved where it was last changed (${packageApproved.pullRequest === undefined ? (packageApproved.commit === undefined ? 'not in the history read' : `commit ${packageApproved.commit.slice(0, 7)}, no pull request`) : `pull request #${packageApproved.pullRequest.number}`}); have a policy owner review it after the fact`,
      });
    const unstood = input.unstood?.get(commit.sha);
    if (unstood !== undefined && change.change !== 'removed')
      flags.push({
        kind: 'rules-not-approved',
        message: `judged by rules that hold a change no policy owner approved (commit ${unstood.commit.slice(0, 7)}${unstood.pullRequest === undefined ? '' : `, pull request #${unstood.pullRequest}`}), not reverted since: its approvals may be by owners that change named, and provisioning gave it nothing; have a policy owner review both`,
      });
    const { emergency } = judged;
    if (emergency !== undefined && answer?.kind === 'pull' && change.change !== 'removed') {
      const unreviewed = unreviewedEmergency(
        answer.pull,
        emergency,
        emergency.owners.get(change.id),
        endOfHistory,
      );
      if (unreviewed !== undefined)
        flags.push({
          kind: 'break-glass-unreviewed',
          message: `emergency grant merged ${formatTime(answer.pull.mergedAt)} under the "${emergency.label}" label; no owner of ${state.resource} (${unreviewed.join(', ') || 'no owners in the catalog'}) reviewed it within ${emergency.reviewWithinHours} h: review PR #${answer.pull.number} now and record the outcome`,
        });
    }
    const verdict = judged.verdicts?.get(change.id) ?? {
      outcome: 'not-evaluated' as const,
      messages: [],
    };
    if (verdict.outcome === 'deny')
      flags.push({
        kind: 'policy-denied',
        message: `the policies of this commit denied the grant: ${verdict.messages[0] ?? ''}`,
      });
    if (change.change === 'removed') {
      const late = lateness(change.before, commit, records);
      const grace = input.removalGrace?.get(commit.sha) ?? 0;
      if (late !== undefined && late > grace)
        flags.push({
          kind: 'late-removal',
          message: `removed ${formatHours(round(late))} after it expired (${change.before?.expires ?? ''})${grace > 0 ? `, later than the ${formatHours(grace)} expiry.graceHours allows` : ''}`,
          byHours: round(late),
        });
    }
    if (lastChange.get(change.id) === index && change.after?.expiresAt !== undefined) {
      const overdue = (endOfHistory.getTime() - Date.parse(change.after.expiresAt)) / HOUR;
      if (overdue > (input.graceAtEnd ?? 0))
        flags.push({
          kind: 'expired-not-removed',
          message: `expired on ${change.after.expires} and is still present ${formatHours(round(overdue))} later; remove it (accessctl expire)`,
          byHours: round(overdue),
        });
    }
    const last = records[records.length - 1];
    const handedOff = last?.record.result === 'pending' || last?.record.result === 'declined';
    if (last !== undefined && last.record.result === 'pending') {
      const opened = firstPending(records);
      const open = (endOfHistory.getTime() - Date.parse(opened)) / HOUR;
      const sla = (input.manualSlaDays ?? DEFAULT_CONFIG.manual.slaDays) * 24;
      if (open > sla)
        flags.push({
          kind: 'manual-late',
          message: `the manual change ${last.record.issue === undefined ? '' : `in issue #${last.record.issue} `}has waited ${formatHours(round(open))} for an owner, past manual.slaDays (${sla / 24} days); ask the resource's owners to make it and close the issue`,
          byHours: round(open),
        });
    }
    if (last?.record.result === 'applied' && last.record.closedByOwner === false)
      flags.push({
        kind: 'manual-not-owner',
        message: `issue #${last.record.issue ?? 0} was closed as done by ${last.record.closedBy ?? 'someone'}, who does not own ${state.resource}; have an owner confirm the change was made`,
      });
    if (last?.record.result === 'declined')
      flags.push({
        kind: 'provisioning-failed',
        message: `the owners declined the manual change: ${last.record.message}; the access still differs from the repository`,
      });
    else if (last !== undefined && last.record.result !== 'applied' && !handedOff)
      flags.push({
        kind: 'provisioning-failed',
        message:
          last.record.result === 'held'
            ? `provisioning held: ${last.record.message}; it stays unprovisioned until a pull request with the approvals the rules require changes it again`
            : `provisioning ${last.record.result}: ${last.record.message}; rerun accessctl provision for ${commit.sha.slice(0, 7)}`,
      });
    if (records.some((r) => r.unverified))
      flags.push({
        kind: 'evidence-log-broken',
        message: `its provisioning records follow the break in ${input.log?.status.file ?? 'the evidence log'} at line ${input.log?.status.broken?.line ?? 0}; they cannot be trusted`,
      });

    const row: EvidenceRow = {
      grant: change.id,
      subject: state.subject,
      resource: state.resource,
      role: state.role,
      ...(state.package === undefined || packageApproved === undefined
        ? {}
        : { package: state.package, packageApproval: packageApproved }),
      ...(state.reason === undefined ? {} : { reason: state.reason }),
      change: change.change,
      ...(change.change === 'modified' && change.before !== undefined
        ? { previousRole: change.before.role }
        : {}),
      commit: commit.sha,
      committedAt: commit.committedAt,
      committer: commit.committerName,
      ...(pullRequest === undefined ? {} : { pullRequest }),
      ...(expiryRun ? { expiryRun: true } : {}),
      ...notFetched(answer, input),
      requester: pullRequest?.author ?? commit.authorName,
      verdict,
      // as the file writes it: a date means through that whole day, not "the next midnight"
      expires: DATE_ONLY.test(state.expires) ? state.expires : (state.expiresAt ?? state.expires),
      provisioning: records.map((r) => ({
        at: r.record.time,
        operation: r.record.operation,
        result: r.record.result,
        message: r.record.message,
        ...(r.record.recovered === true ? { recovered: true } : {}),
        ...(r.record.issue === undefined ? {} : { issue: r.record.issue }),
        ...(r.record.closedBy === undefined ? {} : { closedBy: r.record.closedBy }),
        ...(r.record.closedAt === undefined ? {} : { closedAt: r.record.closedAt }),
      })),
      controls: controlsFor(
        state.subject,
        change.change,
        flags.map((f) => f.kind),
      ),
      flags,
    };
    reported.add(`${row.commit}\u0000${row.grant}`);
    grants.add(row.grant);
    tally.changes[row.change] += 1;
    for (const flag of row.flags) tally.flags[flag.kind] = (tally.flags[flag.kind] ?? 0) + 1;
    return row;
  };

  const finish = (rows: EvidenceRow[]): EvidenceReport => {
    // A grant left expired whose last change falls outside the window still needs saying.
    const notes = [...input.notes];
    const unreported: string[] = [];
    for (const [id, index] of lastChange) {
      const state = lastState.get(id);
      const commit = history.commits[index];
      if (state === undefined || commit === undefined) continue;
      if (reported.has(`${commit.sha}\u0000${id}`)) continue;
      if (input.filters?.grant !== undefined && input.filters.grant !== id) continue;
      if (input.filters?.subject !== undefined && input.filters.subject !== state.subject) continue;
      const grace = (input.graceAtEnd ?? 0) * HOUR;
      if (Date.parse(state.expiresAt) + grace < endOfHistory.getTime()) unreported.push(id);
    }
    if (unreported.length > 0)
      notes.push(
        `${unreported.length} grant(s) expired and still present were last changed outside the window, so no row shows them: ${unreported.slice(0, 20).join(', ')}${unreported.length > 20 ? ', ...' : ''}`,
      );

    return {
      generatedAt: input.generatedAt.toISOString(),
      ...(input.since === undefined ? {} : { since: input.since.toISOString() }),
      ...(input.until === undefined ? {} : { until: input.until.toISOString() }),
      repository: input.repository,
      head: history.head,
      commits: history.commits.length,
      rows,
      ...(input.log === undefined ? {} : { evidenceLog: input.log.status }),
      ...(input.filters === undefined ? {} : { filters: input.filters }),
      ...(notes.length === 0 ? {} : { notes }),
      summary: {
        grants: grants.size,
        changes: { ...tally.changes },
        flags: { ...tally.flags },
      },
    };
  };
  return { row, finish };
}

/** Why a commit's pull request is not known, when it was not looked up or the look-up failed. */
function notFetched(
  answer: PullAnswer | undefined,
  input: BuildInput,
): { pullRequestNotFetched?: string } {
  if (answer !== undefined && answer.kind !== 'not-fetched') return {};
  return {
    pullRequestNotFetched:
      answer?.kind === 'not-fetched' ? answer.reason : (input.pullsNotFetched ?? 'not looked up'),
  };
}

function pullEvidence(answer: Extract<PullAnswer, { kind: 'pull' }>): PullRequestEvidence {
  const { pull } = answer;
  return {
    number: pull.number,
    url: pull.url,
    title: pull.title,
    author: pull.author,
    mergedAt: pull.mergedAt,
    ...(pull.mergedBy === undefined ? {} : { mergedBy: pull.mergedBy }),
    approvals: pull.approvals.map((a) => ({
      reviewer: a.reviewer,
      at: a.at,
      commit: a.commit,
      current: a.current,
    })),
  };
}

/** The index of the last commit at or before `at` that added or changed package `id`. */
export function packageCommitAt(
  packageCommits: Map<string, number[]> | undefined,
  id: string,
  at: number,
): number | undefined {
  let found: number | undefined;
  for (const index of packageCommits?.get(id) ?? []) if (index <= at) found = index;
  return found;
}

/** Where a package was approved: its last change at or before commit `at`, and that merge's approvals. */
function packageApproval(id: string, at: number, input: BuildInput): PackageApproval {
  const found = packageCommitAt(input.packageCommits, id, at);
  const commit = found === undefined ? undefined : input.history.commits[found];
  if (commit === undefined) return { package: id, approvals: [] };
  const answer = input.pulls.get(commit.sha);
  const pull = answer?.kind === 'pull' ? pullEvidence(answer) : undefined;
  return {
    package: id,
    commit: commit.sha,
    committedAt: commit.committedAt,
    ...(pull === undefined
      ? {}
      : {
          pullRequest: {
            number: pull.number,
            url: pull.url,
            title: pull.title,
            author: pull.author,
          },
        }),
    approvals: pull?.approvals ?? [],
    ...notFetched(answer, input),
  };
}

/**
 * The owner references of an emergency merge no owner approved after the fact within the
 * window; undefined when one did, or when the window has not ended by `end`.
 */
function unreviewedEmergency(
  pull: Extract<PullAnswer, { kind: 'pull' }>['pull'],
  emergency: BreakGlassMerge,
  owners: { refs: string[]; logins: Set<string> } | undefined,
  end: Date,
): string[] | undefined {
  const mergedAt = Date.parse(pull.mergedAt);
  const windowEnd = mergedAt + emergency.reviewWithinHours * HOUR;
  if (Number.isNaN(mergedAt) || windowEnd > end.getTime()) return undefined;
  const reviewed = pull.reviewsAfterMerge.some((review) => {
    const at = Date.parse(review.at);
    return (
      review.state === 'APPROVED' &&
      at > mergedAt &&
      at <= windowEnd &&
      owners?.logins.has(review.reviewer.toLowerCase()) === true
    );
  });
  return reviewed ? undefined : (owners?.refs ?? []);
}

/** "2026-11-02 14:00 UTC" */
function formatTime(at: string): string {
  const time = new Date(at);
  return Number.isNaN(time.getTime())
    ? at
    : `${time.toISOString().slice(0, 10)} ${time.toISOString().slice(11, 16)} UTC`;
}

/** For each (commit, grant) change, the commit index of that grant's next change. */
function nextChangeIndex(changes: GrantChange[][]): Map<string, number> {
  const next = new Map<string, number>();
  const seenAt = new Map<string, number>();
  for (let i = changes.length - 1; i >= 0; i--)
    for (const change of changes[i] ?? []) {
      const later = seenAt.get(change.id);
      if (later !== undefined) next.set(`${i}\u0000${change.id}`, later);
      seenAt.set(change.id, i);
    }
  return next;
}

/** The commit index of each grant's last change, for grants present at the end. */
function lastChangeOf(changes: GrantChange[][]): Map<string, number> {
  const last = new Map<string, number>();
  changes.forEach((list, index) => {
    for (const change of list) {
      if (change.after === undefined) last.delete(change.id);
      else last.set(change.id, index);
    }
  });
  return last;
}

/**
 * The log records of one change: the grant's records made for this commit or for a later
 * one before the grant's next change (a push of several commits is provisioned at its last).
 */
function recordsFor(
  log: ProvisioningLog | undefined,
  grant: string,
  from: number,
  until: number,
  position: Map<string, number>,
): LoggedRecord[] {
  return (log?.byGrant.get(grant) ?? []).filter((entry) => {
    const at = position.get(entry.record.mergeCommit);
    return at !== undefined && at >= from && at < until;
  });
}

/**
 * Hours past the expiry at which access was taken away (the revoke if logged, else the
 * commit), unrounded: a removal minutes late is still late when there is no grace.
 */
function lateness(
  before: GrantState | undefined,
  commit: HistoryCommit,
  records: LoggedRecord[],
): number | undefined {
  if (before?.expiresAt === undefined) return undefined;
  const revoked = records.find(
    (r) => r.record.result === 'applied' && r.record.operation.startsWith('revoke'),
  );
  const removedAt = Date.parse(revoked?.record.time ?? commit.committedAt);
  const late = (removedAt - Date.parse(before.expiresAt)) / HOUR;
  return late > 0 ? late : undefined;
}

function round(hours: number): number {
  return Math.round(hours * 10) / 10;
}

function formatHours(hours: number): string {
  return hours >= 48 ? `${round(hours / 24)} days (${hours} h)` : `${hours} h`;
}

function emptySummary(): Omit<EvidenceReport['summary'], 'grants'> {
  const changes: Record<EvidenceChange, number> = { added: 0, modified: 0, removed: 0 };
  const flags: Partial<Record<EvidenceFlagKind, number>> = {};
  return { changes, flags };
}
