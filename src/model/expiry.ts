// What the nightly run acts on: grants to remove (past `expires`, held by a leaver or by a
// contractor whose contract ended, held by a service account that expired or whose credential
// is overdue for rotation) and grants to warn about (their owners, and a contractor's sponsor
// before the contract ends).
// Pure: a model and a clock in, a plan out.
import {
  canonicalIdentityId,
  type AccessModel,
  type GrantRecord,
  type ServiceAccountRecord,
} from './index.js';

const DAY_MS = 86_400_000;

export type RemovalReason =
  | { kind: 'expired'; expires: string }
  | {
      kind: 'extension-unapproved';
      /** The end before the changes that did not pass, as written; it has passed. */
      endedOn: string;
      /** The end the file says, which a change that did not pass the gate wrote. */
      expires: string;
      commit: string;
      pullRequest?: number;
      /** The change added the grant, and no change of it passed since. */
      added?: true;
    }
  | { kind: 'leaver'; user: string; leftOn?: string }
  | { kind: 'contract-ended'; user: string; contractEnds: string }
  | { kind: 'account-expired'; account: string; expires: string }
  | {
      kind: 'rotation-overdue';
      account: string;
      lastRotated: string;
      maxAgeDays: number;
      dueOn: string;
    };

export interface Removal {
  grant: GrantRecord;
  /** The file as the model names it, and the document's 0-based position in it. */
  file: string;
  index: number;
  line: number;
  reasons: RemovalReason[];
  /** Who answers for the grant: its `owner`, else its resource's owners. */
  owners: string[];
}

export interface Expiring {
  grant: GrantRecord;
  file: string;
  line: number;
  /** Whole days remaining, rounded down: 0 when it ends within 24 hours ("ends today"). */
  daysLeft: number;
  /** Who hears of it: the grant's owners, and the sponsor when a contract ends first. */
  owners: string[];
  /** Set when the subject's contract ends before the grant does: the day it ends. */
  contractEnds?: string;
  /** The role's longest allowed grant, when the catalog knows the role. */
  maxDays?: number;
  /** Set when it ends by its approved end, earlier than its file says. */
  approvedEnd?: ApprovedEndOf;
}

export interface ExpiryPlan {
  now: string;
  warnDays: number;
  /** First day (UTC) of the reminder window `now` falls in; windows are `warnDays` long. */
  windowStart: string | null;
  removals: Removal[];
  expiring: Expiring[];
}

/**
 * A grant's end as the changes the gate passed left it, when a change the gate refused moved
 * the end in its file later (workflows/provision/approved-ends.ts).
 */
export interface ApprovedEndOf {
  /** As written, and as an instant. */
  end: string;
  endAt: string;
  /** The newest change that moved it later without passing the gate. */
  commit: string;
  pullRequest?: number;
  /**
   * Set when that change added the grant and no change of it passed since: it never gave
   * anything, and its end is the moment it was added.
   */
  added?: true;
}

/**
 * `approved`: by grant id, the grants whose end counts earlier than their file says: one
 * whose approved end has passed goes like an expired grant, and one whose approved end is
 * near is warned about by that end.
 */
export function findExpiry(
  model: AccessModel,
  now: Date,
  warnDays: number,
  approved: ReadonlyMap<string, ApprovedEndOf> = new Map(),
): ExpiryPlan {
  const positions = new Map<GrantRecord, { file: string; index: number }>();
  for (const doc of model.documents)
    if (doc.record?.kind === 'Grant')
      positions.set(doc.record, { file: doc.file, index: doc.index });

  const removals: Removal[] = [];
  const expiring: Expiring[] = [];
  const horizon = now.getTime() + warnDays * DAY_MS;
  for (const grant of model.grants) {
    const position = positions.get(grant);
    if (position === undefined) continue;
    const line = grant.source.location.line;
    const owners = ownersOf(grant);
    const reasons = reasonsToRemove(model, grant, now);
    const extension = approved.get(grant.id);
    const approvedEnd = extension === undefined ? Infinity : Date.parse(extension.endAt);
    if (
      extension !== undefined &&
      approvedEnd <= now.getTime() &&
      reasons.every((r) => r.kind !== 'expired')
    )
      reasons.unshift({
        kind: 'extension-unapproved',
        endedOn: extension.end,
        expires: grant.expires,
        commit: extension.commit,
        ...(extension.pullRequest === undefined ? {} : { pullRequest: extension.pullRequest }),
        ...(extension.added === true ? { added: true as const } : {}),
      });
    const contract = contractOf(model, grant);
    // the end its file says, or its approved end when that is earlier
    const end = Math.min(Date.parse(grant.expiresAt), approvedEnd);
    const contractFirst = contract !== undefined && contract.ends < end;
    const ends = contractFirst ? contract.ends : end;
    if (reasons.length > 0) {
      removals.push({ grant, ...position, line, reasons, owners });
    } else if (warnDays > 0 && ends <= horizon) {
      const sponsor = contractFirst ? contract.sponsor : undefined;
      expiring.push({
        grant,
        file: position.file,
        line,
        daysLeft: Math.floor((ends - now.getTime()) / DAY_MS),
        owners: sponsor === undefined || owners.includes(sponsor) ? owners : [...owners, sponsor],
        ...(contractFirst ? { contractEnds: contract.written } : {}),
        ...(extension === undefined || contractFirst ? {} : { approvedEnd: extension }),
        ...(grant.resolved === undefined ? {} : { maxDays: grant.resolved.role.maxDays }),
      });
    }
  }
  const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
  return {
    now: now.toISOString(),
    warnDays,
    windowStart: warnDays > 0 ? windowStart(now, warnDays) : null,
    removals: removals.sort(byPlace),
    expiring: expiring.sort(byPlace),
  };
}

function reasonsToRemove(model: AccessModel, grant: GrantRecord, now: Date): RemovalReason[] {
  const reasons: RemovalReason[] = [];
  if (Date.parse(grant.expiresAt) <= now.getTime())
    reasons.push({ kind: 'expired', expires: grant.expires });
  if (grant.subjectKind === 'user') {
    const user = model.identities.users.get(grant.subjectId);
    if (user?.status === 'leaver')
      reasons.push({
        kind: 'leaver',
        user: user.id,
        ...(user.leftOn === undefined ? {} : { leftOn: user.leftOn }),
      });
  }
  const contract = contractOf(model, grant);
  if (contract !== undefined && contract.ends <= now.getTime())
    reasons.push({ kind: 'contract-ended', user: contract.user, contractEnds: contract.written });
  if (grant.subjectKind === 'service') {
    const account = model.identities.serviceAccounts.get(grant.subjectId);
    const due = account === undefined ? undefined : rotationDue(account);
    if (
      account?.expiresAt !== undefined &&
      account.expires !== undefined &&
      Date.parse(account.expiresAt) <= now.getTime()
    )
      reasons.push({ kind: 'account-expired', account: account.id, expires: account.expires });
    if (account?.rotation.lastRotated !== undefined && due !== undefined && due <= now.getTime())
      reasons.push({
        kind: 'rotation-overdue',
        account: account.id,
        lastRotated: account.rotation.lastRotated,
        maxAgeDays: account.rotation.maxAgeDays,
        dueOn: new Date(due).toISOString().slice(0, 10),
      });
  }
  return reasons;
}

/** The contract of a contractor or external who holds the grant themself, when it has an end. */
function contractOf(
  model: AccessModel,
  grant: GrantRecord,
): { user: string; written: string; ends: number; sponsor?: string } | undefined {
  if (grant.subjectKind !== 'user') return undefined;
  const user = model.identities.users.get(canonicalIdentityId(grant.subjectId));
  if (user === undefined || user.type === 'employee') return undefined;
  if (user.contractEnds === undefined || user.contractEndsAt === undefined) return undefined;
  return {
    user: user.id,
    written: user.contractEnds,
    ends: Date.parse(user.contractEndsAt),
    ...(user.sponsor === undefined ? {} : { sponsor: `user:${canonicalIdentityId(user.sponsor)}` }),
  };
}

/** The instant a credential rotated on `lastRotated` is `maxAgeDays` old. */
function rotationDue(account: ServiceAccountRecord): number | undefined {
  const last = account.rotation.lastRotated;
  if (last === undefined) return undefined;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(last) ? `${last}T00:00:00Z` : last);
  return Number.isNaN(at) ? undefined : at + account.rotation.maxAgeDays * DAY_MS;
}

function ownersOf(grant: GrantRecord): string[] {
  if (grant.owner !== undefined) return [grant.owner];
  const owners = grant.resolved?.resource.owners ?? [];
  return owners.length > 0 ? [...owners] : [grant.subject];
}

/**
 * Windows are fixed `warnDays`-long stretches of days counted from 1970-01-01, so every run
 * inside one window names the same start and a reminder sent in it is recognised again.
 */
export function windowStart(now: Date, warnDays: number): string {
  const day = Math.floor(now.getTime() / DAY_MS);
  return new Date((day - (day % warnDays)) * DAY_MS).toISOString().slice(0, 10);
}
