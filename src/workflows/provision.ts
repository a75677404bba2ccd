// Provisioning on merge: what the merged diff asks for, judged again merge by merge with the
// rules of each merge's parent and the approvals of its pull request (provision/gate.ts: a
// direct push or an admin-merged red pull request reaches the branch, not the systems, and a
// grant held then gives no access when a later change touches its target),
// compared with what each system holds now, then applied one operation at a time under a
// removal limit. Every step reads the systems afresh, so running the same merge twice
// changes nothing the second time.
import {
  diffAccess,
  grantParts,
  isResolved,
  type AccessChange,
  type GrantRecord,
} from '../model/index.js';
import { PathEncodingError, resolveCommit } from '../model/git.js';
import type { AnyEntry } from '../provisioners/evidence-log.js';
import type { SetAside, Unreadable } from '../provisioners/outcome.js';
import type {
  GrantChangeReview,
  ProvisionPlan,
  ProvisionResult,
} from '../provisioners/provision-plan.js';
import {
  expectReads,
  type AccessTarget,
  type Operation,
  type Provisioner,
} from '../provisioners/provisioner.js';
import type { MergeReview } from './provision/apply.js';
import {
  judgeGrantOrigin,
  judgeMerges,
  lookupOrDirect,
  type GateResult,
  type JudgedChanges,
  type RequestLookup,
} from './provision/gate.js';
import { applyRecorded, type EvidenceOptions } from './provision/evidence.js';
import { RESTORE_RULES, RuleTrust } from './provision/rule-lineage.js';
import { desiredState, targetResolver } from './provision/targets.js';

export interface ProvisionPlanOptions {
  /** The git repository holding the access repository. */
  repo: string;
  from: string;
  to: string;
  accessDir?: string;
  policiesDir?: string;
  now: Date;
  provisioners: Provisioner[];
  /**
   * The request behind each merge (its pull request's author, approvals, labels). Without
   * it every merge counts as a direct push, approved by nobody.
   */
  lookup?: RequestLookup;
  /**
   * Apply what lacks the approvals the rules require, recording that it did: only for
   * bootstrapping a repository whose history predates accessctl.
   */
  allowUnapproved?: boolean;
}

export interface ProvisionOptions extends ProvisionPlanOptions {
  dryRun?: boolean;
  maxRemovals?: number;
  force?: boolean;
  /** JSON Lines file the evidence records are appended to; none when absent. */
  evidenceFile?: string;
  /** Where else the evidence goes (a branch on GitHub), its seal key and its anchor. */
  evidence?: EvidenceOptions;
  /** The pull request that merged `to` and its approvers, written into every record. */
  review?: MergeReview;
  /** Where a line of progress goes on a long run (done, left, time to go). */
  progress?: (line: string) => void;
}

export async function planProvision(options: ProvisionPlanOptions): Promise<ProvisionPlan> {
  const accessDir = options.accessDir ?? 'access';
  const [fromCommit, toCommit] = await Promise.all([
    resolveCommit(options.repo, options.from),
    resolveCommit(options.repo, options.to),
  ]);
  const diff = await diffAccess(options.repo, fromCommit, toCommit, { accessDir });
  const grantChanges = diff.changes.filter((c) => c.kind === 'Grant');
  const lineage = {
    repo: options.repo,
    accessDir,
    policiesDir: options.policiesDir ?? 'policies',
    now: options.now,
    lookup: lookupOrDirect(options.lookup),
  };
  // a change judged by rules that do not stand passes nothing (provision/rule-lineage.ts)
  const trust = options.allowUnapproved === true ? undefined : new RuleTrust(lineage, toCommit);
  const judging = { ...lineage, ...(trust === undefined ? {} : { trust }) };
  const gate = await judgeMerges({ ...judging, from: fromCommit, to: toCommit });
  // The range is judged with the rules it starts from: when those were not reached by approved
  // changes (an earlier run held the change that broke them), the range holds that change too.
  if (trust !== undefined) {
    const before = await trust.at(fromCommit);
    if (before !== undefined)
      gate.ruleChanges.unshift({
        ...before,
        reasons: [
          ...before.reasons,
          `changed before this range (${fromCommit.slice(0, 12)}..${toCommit.slice(0, 12)}) and not reverted since: the rules it starts from still hold it; ${RESTORE_RULES}`,
        ],
      });
  }
  // Held and refused grants alike are left as the systems hold them.
  const denied = new Map<string, string[]>();
  const held: SetAside[] = [];
  const appliedUnapproved: SetAside[] = [];
  for (const [id, verdict] of gate.grants) {
    const merge = `${verdict.commit.slice(0, 12)}${verdict.pullRequest === undefined ? ' (no pull request)' : ` (#${verdict.pullRequest})`}`;
    if (verdict.denied.length > 0) denied.set(id, verdict.denied);
    else if (options.allowUnapproved === true)
      appliedUnapproved.push({
        grantId: id,
        reasons: verdict.unapproved.map((r) => `${merge}: ${r}`),
      });
    else held.push({ grantId: id, reasons: verdict.unapproved.map((r) => `${merge}: ${r}`) });
  }
  const heldIds = new Set(held.map((h) => h.grantId));

  const refused: SetAside[] = [];
  const skipped: SetAside[] = [];
  const affected = new Map<
    string,
    { target: AccessTarget; provisioner: Provisioner; removed: string }
  >();
  const targetOf = targetResolver(options.provisioners);

  // a refused grant's access stays as it is, even where another change touches it
  const frozen = new Set<string>();
  const freeze = (...grants: (GrantRecord | undefined)[]) => {
    for (const grant of grants) {
      for (const part of grant === undefined ? [] : grantParts(grant)) {
        const found = targetOf(part);
        if (typeof found !== 'string') frozen.add(found.target.key);
      }
    }
  };
  for (const change of grantChanges) {
    const before = recordOf(change, 'before');
    const after = recordOf(change, 'after');
    const reasons = denied.get(change.id);
    if (reasons !== undefined) {
      refused.push({ grantId: change.id, reasons });
      freeze(before, after);
      continue;
    }
    if (heldIds.has(change.id)) {
      freeze(before, after);
      continue;
    }
    if (change.after !== undefined && (after === undefined || !isResolved(after))) {
      freeze(before);
      const at = change.after.source.location;
      // applying the rest of a broken grant could hand out a role nobody reviewed
      refused.push({
        grantId: change.id,
        reasons: [
          `the grant is invalid or names an unknown subject, resource or role at ${at.file}:${at.line}:${at.column}; run accessctl validate`,
        ],
      });
      continue;
    }
    // a package grant stands for each role of its package: removing it removes them all
    const parts = [before, after].flatMap((g) => (g === undefined ? [] : grantParts(g)));
    for (const grant of parts) {
      const found = targetOf(grant);
      if (typeof found === 'string') {
        if (!skipped.some((s) => s.grantId === change.id && s.reasons.includes(found)))
          skipped.push({ grantId: change.id, reasons: [found] });
        continue;
      }
      if (!affected.has(found.target.key))
        affected.set(found.target.key, { ...found, removed: change.id });
    }
  }

  for (const key of frozen) affected.delete(key);
  // While the rules changed in the range without a policy owner's approval, a provisioner the
  // range's accessctl.yaml configures (an exec command and its environment, a database and its
  // credentials) could be that change: it is not called, not even to read or remove.
  const rulesHeld = gate.ruleChanges.length > 0 && options.allowUnapproved !== true;
  const withheld: Unreadable[] = [];
  if (rulesHeld) {
    const changes = gate.ruleChanges.map((c) => c.commit.slice(0, 12)).join(', ');
    for (const [key, { target, provisioner, removed }] of affected) {
      if (provisioner.configured !== true) continue;
      affected.delete(key);
      withheld.push({
        grantId: removed,
        label: target.label,
        message: `not called: provisioner ${provisioner.name} is configured in accessctl.yaml, and the rules changed in ${changes} without a policy owner's approval; it runs again once that change is approved or reverted`,
      });
    }
  }

  // What each target holds now, read once; the desired state may be worked out again below.
  for (const provisioner of options.provisioners) provisioner.refresh?.();
  await expectReads(affected.values());
  const actual = new Map<string, { value: Awaited<ReturnType<Provisioner['read']>> } | Error>();
  for (const [key, { target, provisioner }] of affected) {
    try {
      actual.set(key, { value: await provisioner.read(target) });
    } catch (error) {
      actual.set(key, error instanceof Error ? error : new Error(String(error)));
    }
  }
  // A grant this range did not change can still decide what a target it touches should hold:
  // one held or refused by an earlier run, never applied, still asks for its role, and may be
  // all that keeps access another grant gave (the approved grant this range removed or
  // lowered). Access is only kept or given on the strength of grants whose last change passed
  // the gate: the grant a target's role rests on is traced to the change that last asked for
  // it (judgeGrantOrigin), whether the target needs an operation or already holds the role,
  // and one that did not pass is held and the target worked out again without it (a revoke
  // or a lower role when nothing approved asks for the access). Only a grant the role rests
  // on is judged: a target for which a grant this range changed and the gate passed (or one
  // already traced) asks as much needs no judgement.
  const setAside = new Map<string, string[]>([
    ...denied,
    ...held.map((h): [string, string[]] => [h.grantId, h.reasons]),
  ]);
  const traced = new Set<string>();
  const passedOrigin = new Set<string>();
  const judged: JudgedChanges = new Map();
  const heldAtOrigin: SetAside[] = [];
  let operations: Operation[];
  let unreadable: Unreadable[];
  for (;;) {
    const desired = desiredState(diff.head.grants, targetOf, {
      now: options.now,
      denied: setAside,
      only: affected,
    });
    const trusted = desiredState(
      diff.head.grants.filter((g) => gate.changed.has(g.id) || passedOrigin.has(g.id)),
      targetOf,
      { now: options.now, denied: setAside, only: affected },
    );
    operations = [];
    unreadable = [];
    const untraced = new Set<string>();
    for (const [key, { target, provisioner, removed }] of affected) {
      let want = desired.get(key);
      const read = actual.get(key);
      if (read instanceof Error || read === undefined) {
        unreadable.push({
          grantId: want?.grantId ?? removed,
          label: target.label,
          message: read?.message ?? 'not read',
        });
        continue;
      }
      if (
        want !== undefined &&
        !gate.changed.has(want.grantId) &&
        !passedOrigin.has(want.grantId)
      ) {
        const approved = trusted.get(key);
        if (
          approved !== undefined &&
          provisioner.rank(target, approved.role) >= provisioner.rank(target, want.role)
        )
          want = approved;
        else if (!traced.has(want.grantId)) untraced.add(want.grantId);
      }
      const operation = provisioner.plan(target, want, read.value, removed);
      if (operation !== undefined) operations.push(operation);
    }
    if (untraced.size === 0) break;
    let heldMore = false;
    for (const id of untraced) {
      traced.add(id);
      const file = diff.head.grants.find((g) => g.id === id)?.source.file;
      if (file === undefined) continue;
      const verdict = await judgeGrantOrigin({
        ...judging,
        ref: toCommit,
        grantId: id,
        file,
        judged,
      });
      if (verdict === undefined) {
        passedOrigin.add(id);
        continue;
      }
      const reasons = [
        `${verdict.commit.slice(0, 12)}${verdict.pullRequest === undefined ? ' (no pull request)' : ` (#${verdict.pullRequest})`}, the change that last asked for it, did not pass the gate: ${[...verdict.denied, ...verdict.unapproved].join('; ')}`,
      ];
      if (verdict.denied.length === 0 && options.allowUnapproved === true) {
        appliedUnapproved.push({ grantId: id, reasons });
        passedOrigin.add(id);
        continue;
      }
      heldAtOrigin.push({ grantId: id, reasons });
      setAside.set(id, reasons);
      heldMore = true;
    }
    // every deciding grant traced passed: the plan just made stands
    if (!heldMore) break;
  }
  // What a grant gives is worked out with the rules at `to`. Rules changed in the range without
  // a policy owner's approval (a package widened, a catalog entry pointed at another
  // organisation) could make an approved grant give more than was approved: until they are
  // approved, the run gives no access, and takes away what the grants no longer ask for.
  if (rulesHeld) {
    const changes = gate.ruleChanges.map((c) => `${c.commit.slice(0, 12)} (${c.files.join(', ')})`);
    for (const operation of operations.filter((o) => !o.removal)) {
      if (heldAtOrigin.some((h) => h.grantId === operation.grantId)) continue;
      heldAtOrigin.push({
        grantId: operation.grantId,
        reasons: [
          `the rules changed without a policy owner's approval in ${changes.join(', ')}, and what they say the grant gives is not given until that change is approved`,
        ],
      });
    }
    operations = operations.filter((o) => o.removal);
  }
  return {
    fromCommit,
    toCommit,
    operations,
    refused,
    held: [...held.filter((h) => grantChanges.some((c) => c.id === h.grantId)), ...heldAtOrigin],
    appliedUnapproved,
    ruleChanges: gate.ruleChanges,
    notes: gate.notes,
    changes: changeReviews(gate),
    skipped,
    unreadable: [...withheld, ...unreadable],
    removals: operations.filter((o) => o.removal).length,
  };
}

export async function runProvision(options: ProvisionOptions): Promise<ProvisionResult> {
  let plan: ProvisionPlan;
  try {
    plan = await planProvision(options);
  } catch (error) {
    if (error instanceof PathEncodingError) return refusedRange(options, error);
    throw error;
  }
  const dryRun = options.dryRun ?? false;
  const reviewOf = grantReview(plan, options.review);
  const { operations, blocked, evidence } = await applyRecorded(plan.operations, {
    ...options,
    commit: plan.toCommit,
    record: !dryRun,
    reviewOf,
    closing: (repository) => evidenceOf(plan, options.now, reviewOf, repository),
  });

  const ok =
    blocked === undefined &&
    plan.refused.length === 0 &&
    plan.held.length === 0 &&
    (plan.ruleChanges.length === 0 || options.allowUnapproved === true) &&
    plan.unreadable.length === 0 &&
    operations.every((o) => o.status !== 'failed') &&
    evidence?.incomplete !== true;
  return {
    plan,
    operations,
    ...(blocked === undefined ? {} : { blocked }),
    dryRun,
    ok,
    ...(evidence === undefined ? {} : { evidence }),
  };
}

/**
 * A range that names a file whose name is not UTF-8 cannot be judged: read as U+FFFD, the name
 * could read another file. Nothing from it is applied (not even a removal), the run fails, and
 * the refusal is recorded in the evidence like a refused grant.
 */
async function refusedRange(
  options: ProvisionOptions,
  error: PathEncodingError,
): Promise<ProvisionResult> {
  const [fromCommit, toCommit] = await Promise.all([
    resolveCommit(options.repo, options.from),
    resolveCommit(options.repo, options.to),
  ]);
  const blocked = `the changes from ${fromCommit.slice(0, 12)} to ${toCommit.slice(0, 12)} cannot be judged: ${error.message}`;
  const plan: ProvisionPlan = {
    fromCommit,
    toCommit,
    operations: [],
    refused: [],
    held: [],
    appliedUnapproved: [],
    ruleChanges: [],
    notes: [],
    skipped: [],
    unreadable: [],
    removals: 0,
  };
  const dryRun = options.dryRun ?? false;
  const { evidence } = await applyRecorded([], {
    ...options,
    commit: toCommit,
    record: !dryRun,
    closing: (repository): AnyEntry[] => [
      {
        grant: '',
        operation: 'provision',
        result: 'refused',
        message: `not applied: ${blocked}`,
        mergeCommit: toCommit,
        ...(repository === undefined ? {} : { repository }),
        ...options.review,
        time: options.now.toISOString(),
      },
    ],
  });
  return {
    plan,
    operations: [],
    blocked,
    dryRun,
    ok: false,
    ...(evidence === undefined ? {} : { evidence }),
  };
}

/** By grant id, the commit of the range that last changed or removed it and who approved it. */
function changeReviews(gate: GateResult): Map<string, GrantChangeReview> {
  const changes = new Map<string, GrantChangeReview>();
  for (const [id, commit] of [...gate.changed, ...gate.removedIn])
    changes.set(id, { commit, ...gate.reviews.get(commit) });
  return changes;
}

/**
 * Who approved the change of each grant a run records: the pull request of the commit that
 * changed it, not that of the commit the run provisioned up to (which may be a later merge
 * that touched nothing of it). A grant the range did not change, or whose commit was not
 * looked up, names none, unless that commit is the run's own (`review`, looked up for it).
 */
function grantReview(
  plan: ProvisionPlan,
  review: MergeReview = {},
): (grantId: string) => MergeReview {
  return (grantId) => {
    const change = plan.changes?.get(grantId);
    if (change === undefined) return {};
    const { commit, ...approved } = change;
    if (approved.pullRequest !== undefined) return approved;
    return commit === plan.toCommit ? review : {};
  };
}

/** The records of grants refused or held, and of held rule changes: no operation, so written at the end. */
function evidenceOf(
  plan: ProvisionPlan,
  now: Date,
  reviewOf: (grantId: string) => MergeReview,
  repository?: string,
): AnyEntry[] {
  const time = now.toISOString();
  const setAside = (list: SetAside[], result: 'refused' | 'held', note = ''): AnyEntry[] =>
    list.map((item) => ({
      grant: item.grantId,
      operation: 'provision',
      result,
      message: `${note}${item.reasons.join('; ')}`,
      mergeCommit: plan.toCommit,
      ...(repository === undefined ? {} : { repository }),
      ...reviewOf(item.grantId),
      time,
    }));
  return [
    ...setAside(plan.refused, 'refused'),
    ...setAside(plan.held, 'held', 'not applied: merged without the approvals the rules require: '),
    ...plan.ruleChanges.map((change): AnyEntry => ({
      grant: '',
      operation: `rule change ${change.files.join(', ')}`,
      result: 'held',
      message: `merged without a policy owner's approval in ${change.commit}: ${change.reasons.join('; ')}`,
      mergeCommit: change.commit,
      ...(repository === undefined ? {} : { repository }),
      ...(change.pullRequest === undefined ? {} : { pullRequest: change.pullRequest }),
      time,
    })),
  ];
}

function recordOf(change: AccessChange, side: 'before' | 'after'): GrantRecord | undefined {
  const record = change[side]?.record;
  return record?.kind === 'Grant' ? record : undefined;
}
