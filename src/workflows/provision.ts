// Provisioning on merge: what the merged diff asks for, checked again by the policies of the
// merged commit (a merge can bypass the pull-request check), compared with what each system
// holds now, then applied one operation at a time under a removal limit. Every step reads
// the systems afresh, so running the same merge twice changes nothing the second time.
import { loadPolicySet, ENTRYPOINTS } from '../policy/library.js';
import { buildPolicyInput, type PolicyChanges } from '../policy/input.js';
import { policyFindings } from '../policy/findings.js';
import { diffAccess, type AccessChange, type GrantRecord } from '../model/index.js';
import { resolveCommit } from '../model/git.js';
import { appendEvidence, type EvidenceEntry } from '../provisioners/evidence-log.js';
import {
  isUnsupported,
  type AccessTarget,
  type DesiredAccess,
  type Operation,
  type Provisioner,
} from '../provisioners/provisioner.js';
import { readBaseRules } from './pr-check/base-rules.js';

export const DEFAULT_MAX_REMOVALS = 10;

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

export type OperationStatus = 'applied' | 'failed' | 'planned' | 'held';

export interface OperationReport {
  operation: Operation;
  status: OperationStatus;
  message: string;
}

export interface ProvisionResult {
  plan: ProvisionPlan;
  operations: OperationReport[];
  /** Why nothing was applied, when the removal limit stopped the run. */
  blocked?: string;
  dryRun: boolean;
  /** Nothing failed, nothing was refused, nothing was blocked. */
  ok: boolean;
}

export async function planProvision(options: ProvisionPlanOptions): Promise<ProvisionPlan> {
  const accessDir = options.accessDir ?? 'access';
  const [fromCommit, toCommit] = await Promise.all([
    resolveCommit(options.repo, options.from),
    resolveCommit(options.repo, options.to),
  ]);
  const diff = await diffAccess(options.repo, fromCommit, toCommit, { accessDir });
  const grantChanges = diff.changes.filter((c) => c.kind === 'Grant');
  const denied = await deniedGrants(options, toCommit, accessDir, diff.head, grantChanges);

  const refused: SetAside[] = [];
  const skipped: SetAside[] = [];
  const byName = new Map(options.provisioners.map((p) => [p.name, p]));
  const affected = new Map<
    string,
    { target: AccessTarget; provisioner: Provisioner; removed: string }
  >();
  const targetOf = (
    grant: GrantRecord,
  ): { target: AccessTarget; provisioner: Provisioner } | string => {
    const resolved = grant.resolved;
    if (resolved === undefined)
      return `its subject, resource or role does not resolve at ${grant.source.location.file}:${grant.source.location.line}; run accessctl validate`;
    const provisioner = byName.get(resolved.resource.provisioner);
    if (provisioner === undefined)
      return `no provisioner "${resolved.resource.provisioner}" is configured for ${grant.resource} (available: ${[...byName.keys()].join(', ') || 'none'})`;
    const target = provisioner.target(grant);
    return isUnsupported(target) ? target.unsupported : { target, provisioner };
  };

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

  const desired = new Map<string, DesiredAccess>();
  for (const grant of diff.head.grants) {
    // an expired grant still in the repository gives nothing; the expiry run removes it
    if (denied.has(grant.id) || Date.parse(grant.expiresAt) <= options.now.getTime()) continue;
    const found = targetOf(grant);
    if (typeof found === 'string' || !affected.has(found.target.key)) continue;
    const held = desired.get(found.target.key);
    if (
      held === undefined ||
      found.provisioner.rank(found.target, grant.role) >
        found.provisioner.rank(found.target, held.role)
    )
      desired.set(found.target.key, { grantId: grant.id, role: grant.role });
  }

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
  const maxRemovals = options.maxRemovals ?? DEFAULT_MAX_REMOVALS;
  const dryRun = options.dryRun ?? false;
  const byName = new Map(options.provisioners.map((p) => [p.name, p]));
  let blocked: string | undefined;
  if (plan.removals > maxRemovals && options.force !== true)
    blocked =
      `the plan has ${plan.removals} removal${plan.removals === 1 ? '' : 's'}, over the limit of ${maxRemovals}; ` +
      'check that the merge really means it, then run again with --force or a higher --max-removals';

  const operations: OperationReport[] = [];
  for (const operation of plan.operations) {
    if (blocked !== undefined) {
      operations.push({
        operation,
        status: 'held',
        message: 'not applied: over the removal limit',
      });
      continue;
    }
    if (dryRun) {
      operations.push({ operation, status: 'planned', message: 'dry run: not applied' });
      continue;
    }
    const provisioner = byName.get(operation.target.provisioner) as Provisioner;
    try {
      operations.push({ operation, ...(await provisioner.apply(operation)) });
    } catch (error) {
      // one operation's surprise must not cost the others their turn
      operations.push({
        operation,
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  if (!dryRun && options.evidenceFile !== undefined)
    await appendEvidence(options.evidenceFile, evidenceOf(plan, operations, options.now));

  const ok =
    blocked === undefined &&
    plan.refused.length === 0 &&
    plan.unreadable.length === 0 &&
    operations.every((o) => o.status !== 'failed');
  return { plan, operations, ...(blocked === undefined ? {} : { blocked }), dryRun, ok };
}

/** "grant push to alice on acme/ledger", the words the table and the evidence share. */
export function describeOperation(operation: Operation): string {
  if (operation.action === 'revoke')
    return `revoke ${operation.from ?? ''} from ${operation.target.label}`;
  if (operation.action === 'grant')
    return `grant ${operation.to ?? ''} to ${operation.target.label}`;
  return `change ${operation.target.label} from ${operation.from ?? ''} to ${operation.to ?? ''}`;
}

function evidenceOf(plan: ProvisionPlan, reports: OperationReport[], now: Date): EvidenceEntry[] {
  const time = now.toISOString();
  const entries: EvidenceEntry[] = [];
  for (const report of reports) {
    if (report.status !== 'applied' && report.status !== 'failed') continue;
    entries.push({
      grant: report.operation.grantId,
      operation: describeOperation(report.operation),
      result: report.status,
      message: report.message,
      mergeCommit: plan.toCommit,
      time,
    });
  }
  for (const refused of plan.refused)
    entries.push({
      grant: refused.grantId,
      operation: 'provision',
      result: 'refused',
      message: refused.reasons.join('; '),
      mergeCommit: plan.toCommit,
      time,
    });
  return entries;
}

function recordOf(change: AccessChange, side: 'before' | 'after'): GrantRecord | undefined {
  const record = change[side]?.record;
  return record?.kind === 'Grant' ? record : undefined;
}

/** Grants of the diff that the merged commit's own policies deny, with the reasons. */
async function deniedGrants(
  options: ProvisionPlanOptions,
  toCommit: string,
  accessDir: string,
  head: Parameters<typeof buildPolicyInput>[0],
  changes: AccessChange[],
): Promise<Map<string, string[]>> {
  const rules = await readBaseRules({
    workspace: options.repo,
    baseCommit: toCommit,
    accessDir,
    policiesDir: options.policiesDir ?? 'policies',
  });
  const policies = await loadPolicySet({ userSources: rules.policies, now: options.now });
  const ids = (type: AccessChange['change']) =>
    changes.filter((c) => c.change === type).map((c) => c.id);
  const files = new Set(changes.flatMap((c) => [c.before?.file, c.after?.file]));
  const policyChanges: PolicyChanges = {
    added: ids('added'),
    modified: ids('modified'),
    removed: ids('removed'),
    files: [...files].filter((f): f is string => f !== undefined).sort(),
  };
  const input = buildPolicyInput(head, {
    now: options.now,
    changes: policyChanges,
    config: rules.config as unknown as Record<string, unknown>,
  });
  const [deny] = ENTRYPOINTS.map((entrypoint) => {
    const value = policies.evaluator.evaluate(input, entrypoint)[0]?.result;
    if (!Array.isArray(value))
      throw new Error(
        `the policies' ${entrypoint} at ${toCommit} did not give a set of findings; check policies/`,
      );
    return value;
  }) as [unknown[], unknown[]];
  const judged = new Set([...policyChanges.added, ...policyChanges.modified]);
  const denied = new Map<string, string[]>();
  for (const finding of policyFindings({ deny, warn: [] }, head, accessDir)) {
    if (finding.grant === undefined || !judged.has(finding.grant)) continue;
    const reasons = denied.get(finding.grant) ?? [];
    reasons.push(
      `${finding.message} (${finding.rule}, ${finding.file}:${finding.line}:${finding.column})`,
    );
    denied.set(finding.grant, reasons);
  }
  return denied;
}
