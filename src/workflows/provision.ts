// Provisioning on merge: what the merged diff asks for, checked again by the policies of the
// merged commit (a merge can bypass the pull-request check), compared with what each system
// holds now, then applied one operation at a time under a removal limit. Every step reads
// the systems afresh, so running the same merge twice changes nothing the second time.
import { diffAccess, type AccessChange, type GrantRecord } from '../model/index.js';
import { resolveCommit } from '../model/git.js';
import type { PolicyChanges } from '../policy/input.js';
import type { AnyEntry } from '../provisioners/evidence-log.js';
import type { AccessTarget, Operation, Provisioner } from '../provisioners/provisioner.js';
import {
  applyOperations,
  evidenceJournal,
  recoverIntents,
  type MergeReview,
  type OperationReport,
} from './provision/apply.js';
import {
  closeRun,
  openEvidence,
  type EvidenceOptions,
  type EvidenceOutcome,
} from './provision/evidence.js';
import { deniedGrants } from './provision/denied.js';
import { desiredState, targetResolver } from './provision/targets.js';

export type { EvidenceOptions, EvidenceOutcome } from './provision/evidence.js';
export {
  DEFAULT_MAX_REMOVALS,
  describeOperation,
  type OperationReport,
  type OperationStatus,
} from './provision/apply.js';

export interface ProvisionPlanOptions {
  /** The git repository holding the access repository. */
  repo: string;
  from: string;
  to: string;
  accessDir?: string;
  policiesDir?: string;
  now: Date;
  provisioners: Provisioner[];
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
}

/** A grant of the merged diff that is not provisioned, and why. */
export interface SetAside {
  grantId: string;
  reasons: string[];
}

/** A target whose state could not be read: nothing is planned for it and the run fails. */
export interface Unreadable {
  grantId: string;
  label: string;
  message: string;
}

export interface ProvisionPlan {
  fromCommit: string;
  toCommit: string;
  operations: Operation[];
  /** Grants the merged commit's policies deny: never provisioned. */
  refused: SetAside[];
  /** Grants no configured provisioner can carry out. */
  skipped: SetAside[];
  unreadable: Unreadable[];
  removals: number;
}

export interface ProvisionResult {
  plan: ProvisionPlan;
  operations: OperationReport[];
  /** Why nothing was applied, when the removal limit stopped the run. */
  blocked?: string;
  dryRun: boolean;
  /** Nothing failed, nothing was refused, nothing was blocked. */
  ok: boolean;
  /** Absent on a dry run or when no log is kept. */
  evidence?: EvidenceOutcome;
}

export async function planProvision(options: ProvisionPlanOptions): Promise<ProvisionPlan> {
  const accessDir = options.accessDir ?? 'access';
  const [fromCommit, toCommit] = await Promise.all([
    resolveCommit(options.repo, options.from),
    resolveCommit(options.repo, options.to),
  ]);
  const diff = await diffAccess(options.repo, fromCommit, toCommit, { accessDir });
  const grantChanges = diff.changes.filter((c) => c.kind === 'Grant');
  const { denied } = await deniedGrants({
    repo: options.repo,
    commit: toCommit,
    accessDir,
    policiesDir: options.policiesDir ?? 'policies',
    now: options.now,
    head: diff.head,
    changes: policyChangesOf(grantChanges),
  });

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
      const found = grant === undefined ? 'none' : targetOf(grant);
      if (typeof found !== 'string') frozen.add(found.target.key);
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
    if (change.after !== undefined && after?.resolved === undefined) {
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
    for (const grant of [before, after]) {
      if (grant === undefined) continue;
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

  const desired = desiredState(diff.head.grants, targetOf, {
    now: options.now,
    denied,
    only: affected,
  });

  for (const provisioner of options.provisioners) provisioner.refresh?.();
  const operations: Operation[] = [];
  const unreadable: Unreadable[] = [];
  for (const [key, { target, provisioner, removed }] of affected) {
    const want = desired.get(key);
    try {
      const actual = await provisioner.read(target);
      const operation = provisioner.plan(target, want, actual, removed);
      if (operation !== undefined) operations.push(operation);
    } catch (error) {
      unreadable.push({
        grantId: want?.grantId ?? removed,
        label: target.label,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return {
    fromCommit,
    toCommit,
    operations,
    refused,
    skipped,
    unreadable,
    removals: operations.filter((o) => o.removal).length,
  };
}

export async function runProvision(options: ProvisionOptions): Promise<ProvisionResult> {
  const plan = await planProvision(options);
  const dryRun = options.dryRun ?? false;
  // the log is opened before anything is applied: no operation runs without its record
  const writer = dryRun ? undefined : await openEvidence(options.evidenceFile, options.evidence);
  const recovered =
    writer === undefined ? [] : await recoverIntents(writer, options.provisioners, options.now);
  const repository = options.evidence?.repository;
  const journal =
    writer === undefined
      ? undefined
      : evidenceJournal(writer, {
          commit: plan.toCommit,
          now: options.now,
          ...(repository === undefined ? {} : { repository }),
          ...(options.review === undefined ? {} : { review: options.review }),
        });
  const { operations, blocked } = await applyOperations(plan.operations, {
    ...options,
    ...(journal === undefined ? {} : { journal }),
  });

  let evidence: EvidenceOutcome | undefined;
  if (writer !== undefined && journal !== undefined)
    evidence = await closeRun(writer, evidenceOf(plan, options.now, options.review, repository), {
      run: journal.run,
      commit: plan.toCommit,
      now: options.now,
      recovered,
      ...(options.evidence?.anchor === undefined ? {} : { anchor: options.evidence.anchor }),
      ...(repository === undefined ? {} : { repository }),
    });

  const ok =
    blocked === undefined &&
    plan.refused.length === 0 &&
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

/** The records of grants the policies refused: no operation, so they are written at the end. */
function evidenceOf(
  plan: ProvisionPlan,
  now: Date,
  review: MergeReview = {},
  repository?: string,
): AnyEntry[] {
  const time = now.toISOString();
  return plan.refused.map((refused) => ({
    grant: refused.grantId,
    operation: 'provision',
    result: 'refused' as const,
    message: refused.reasons.join('; '),
    mergeCommit: plan.toCommit,
    ...(repository === undefined ? {} : { repository }),
    ...review,
    time,
  }));
}

function recordOf(change: AccessChange, side: 'before' | 'after'): GrantRecord | undefined {
  const record = change[side]?.record;
  return record?.kind === 'Grant' ? record : undefined;
}

function policyChangesOf(changes: AccessChange[]): PolicyChanges {
  const ids = (type: AccessChange['change']) =>
    changes.filter((c) => c.change === type).map((c) => c.id);
  const files = new Set(changes.flatMap((c) => [c.before?.file, c.after?.file]));
  return {
    added: ids('added'),
    modified: ids('modified'),
    removed: ids('removed'),
    files: [...files].filter((f): f is string => f !== undefined).sort(),
  };
}
