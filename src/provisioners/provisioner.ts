// What every provisioner offers the provisioning workflow: name the access a grant stands
// for, read what the real system holds for it, plan the one operation that makes the system
// match, and apply that operation. The workflow decides what is desired; a provisioner only
// knows its own system.
import type { GrantRecord } from '../model/index.js';

/**
 * One subject's access to one resource, without the role: the unit a provisioner reads and
 * changes. Two grants with the same key compete; the strongest role wins.
 */
export interface AccessTarget {
  provisioner: string;
  /** Stable and unique per subject and resource, e.g. "team-membership acme/payments alice". */
  key: string;
  /** What a person reads in a table, e.g. "alice in team acme/payments". */
  label: string;
}

/** A grant this provisioner cannot carry out, and why (the grant itself stays valid). */
export interface Unsupported {
  unsupported: string;
}

/** What the system holds now for one target. */
export interface ActualAccess {
  /** The role held, in the grant's vocabulary; absent when nothing is held. */
  role?: string;
  /** Granted and waiting for the person to accept an invitation. */
  pending: boolean;
  /** Set when the system shows a stronger role than granted for a reason of its own. */
  impliedBy?: string;
}

/** The role the repository wants for a target, and the grant that asks for it. */
export interface DesiredAccess {
  grantId: string;
  role: string;
}

export type OperationAction = 'grant' | 'update' | 'revoke';

export interface Operation<T extends AccessTarget = AccessTarget> {
  action: OperationAction;
  /** The grant behind the operation: the one added or changed, or the one removed. */
  grantId: string;
  target: T;
  from?: string;
  to?: string;
  /** Takes access away (a revocation or a lower role): counted against --max-removals. */
  removal: boolean;
}

/** `pending`: handed to people (an issue for the owners); a later run records how it ended. */
export type OperationStatus = 'applied' | 'failed' | 'pending';

export interface OperationOutcome {
  status: OperationStatus;
  /** What happened, in a sentence: the system's answer on success, what to do on failure. */
  message: string;
  /** The issue a pending operation waits on. */
  issue?: IssueRef;
}

export interface IssueRef {
  number: number;
  url: string;
}

/** What the run applies for: the merge, and the pull request that merged it when known. */
export interface RunFacts {
  commit?: string;
  pullRequest?: number;
}

/** How a change handed to people stands now, as `followUp` reads it. */
export interface HandOff {
  issue: IssueRef;
  /** open: pending; closed as completed: applied; closed as not planned: declined. */
  state: 'pending' | 'applied' | 'declined';
  /** Who closed the issue, and when; absent while it is open. */
  closedBy?: string;
  closedAt?: string;
  /** Whether the closer is one of the resource's owners; absent while open. */
  byOwner?: boolean;
  /** The sentence the evidence record carries. */
  message: string;
}

/** A change handed to people that is still open. */
export interface Waiting {
  issue: IssueRef;
  label: string;
  operation: string;
  openedAt: string;
  assignees: string[];
}

export interface Provisioner<T extends AccessTarget = AccessTarget> {
  readonly name: string;
  /**
   * What it runs, or where it connects with which credentials, is written in accessctl.yaml
   * (an exec command, a database address): a rule of the repository, so it is not called while
   * a change of the rules lacks a policy owner's approval.
   */
  readonly configured?: boolean;
  /** The target a grant stands for, or why this provisioner cannot carry it out. */
  target(grant: GrantRecord): T | Unsupported;
  /** Orders the roles of a target; a higher number grants more. */
  rank(target: T, role: string): number;
  /** Forgets what earlier reads learnt; called once before the reads of each plan. */
  refresh?(): void;
  /**
   * The targets the plan is about to read, told once after `refresh`: a provisioner may read
   * them in bulk (a listing) where that takes fewer requests than one read each.
   */
  expect?(targets: readonly T[]): Promise<void>;
  read(target: T): Promise<ActualAccess>;
  /**
   * Access the system gives along with a target, e.g. GitHub makes a team member a member of
   * the team's organisation: kept wanted while the grant behind the target lives.
   */
  implied?(target: T): { target: T; role: string }[];
  /** The one operation that turns `actual` into `desired`, or undefined when they agree. */
  plan(
    target: T,
    desired: DesiredAccess | undefined,
    actual: ActualAccess,
    removedGrantId: string,
  ): Operation<T> | undefined;
  apply(operation: Operation<T>, run?: RunFacts): Promise<OperationOutcome>;
  /**
   * For a system changed by people: how the issues earlier runs opened stand now. `owners`
   * are the resource's owners as the run that opened each issue recorded them.
   */
  followUp?(issues: { number: number; owners: string[] }[]): Promise<HandOff[]>;
  /** For a system changed by people: the changes still waiting on them. */
  waiting?(): Promise<Waiting[]>;
  /**
   * Everyone the system shows holding access on one resource, each with the target key
   * `target()` would give for a grant of that subject (so reconcile can match them). `id` is
   * an exact resource id (never a glob); `config` is its catalog entry's config. Absent when
   * the system cannot be listed: reconcile then checks only the repository's own grants.
   */
  list?(resource: { id: string; config: Record<string, unknown> }): Promise<HeldAccess<T>[]>;
  /**
   * The exact resource ids the system has that a catalog glob covers (`github:team/*`), so
   * a reconcile lists those no grant names too. `config` is the glob's catalog config.
   * Unsupported when this glob cannot be enumerated (one over every owner, say); throws
   * when the system could not be asked. Absent when no glob can be enumerated.
   */
  expand?(glob: { id: string; config: Record<string, unknown> }): Promise<string[] | Unsupported>;
}

/** One holder found by listing a resource. */
export interface HeldAccess<T extends AccessTarget = AccessTarget> {
  target: T;
  actual: ActualAccess;
}

/** Tells each provisioner the targets a plan is about to read of it (`Provisioner.expect`). */
export async function expectReads(
  reads: Iterable<{ provisioner: Provisioner; target: AccessTarget }>,
): Promise<void> {
  const byProvisioner = new Map<Provisioner, AccessTarget[]>();
  for (const { provisioner, target } of reads)
    byProvisioner.set(provisioner, [...(byProvisioner.get(provisioner) ?? []), target]);
  for (const [provisioner, targets] of byProvisioner) await provisioner.expect?.(targets);
}

export function isUnsupported(value: AccessTarget | Unsupported): value is Unsupported {
  return 'unsupported' in value;
}
