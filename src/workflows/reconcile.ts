// Reconcile: the whole repository at one commit against what every system holds now, in both
// directions. Access a grant asks for and the system lacks (or holds at another role) is
// drift; so is access the system shows that no grant asks for, found by listing every
// resource the catalog names exactly or a grant names. Repairs run under the same limits as
// provisioning a merge: the commit's policies first, the removal limit, and access the
// repository does not manage is left alone unless accessctl.yaml says `prune: true`.
import type { AccessModel } from '../model/index.js';
import { grantParts, isResolved, loadAccessRepositoryAtRef } from '../model/index.js';
import { resolveCommit } from '../model/git.js';
import { canonicalResourceId } from '../model/names.js';
import {
  expectReads,
  type AccessTarget,
  type ActualAccess,
  type DesiredAccess,
  type Operation,
  type Provisioner,
} from '../provisioners/provisioner.js';
import type {
  Drift,
  DriftKind,
  LateChange,
  ReconcilePlan,
  ReconcileResult,
  Unlisted,
} from '../provisioners/drift.js';
import { describeOperation, type SetAside, type Unreadable } from '../provisioners/outcome.js';
import { applyRecorded, type EvidenceOptions } from './provision/evidence.js';
import { deniedGrants } from './provision/denied.js';
import {
  approvedEnds,
  endsAsWritten,
  lapsedGrants,
  tracedGrants,
  type ApprovedEnds,
} from './provision/approved-ends.js';
import {
  judgeGrantOrigin,
  lookupOrDirect,
  type JudgedChanges,
  type RequestLookup,
} from './provision/gate.js';
import { RESTORE_RULES, RuleTrust } from './provision/rule-lineage.js';
import { desiredState, isLive, targetResolver } from './provision/targets.js';

/** The grant id an operation on unmanaged access carries: no grant stands behind it. */
export const UNMANAGED = '(unmanaged)';

const DAY = 86_400_000;

export interface ReconcileOptions {
  /** The git repository holding the access repository. */
  repo: string;
  /** The commit whose grants are the desired state. Default HEAD. */
  ref?: string;
  accessDir?: string;
  policiesDir?: string;
  now: Date;
  provisioners: Provisioner[];
  /** Overrides `prune` of the commit's accessctl.yaml. */
  prune?: boolean;
  /** Repair the drift; without it nothing is changed. */
  apply?: boolean;
  maxRemovals?: number;
  force?: boolean;
  /** JSON Lines file the repairs are appended to; none when absent. */
  evidenceFile?: string;
  /** Where a line of progress goes on a long repair (done, left, time to go). */
  progress?: (line: string) => void;
  /** Where else the evidence goes (a branch on GitHub), its seal key and its anchor. */
  evidence?: EvidenceOptions;
  /**
   * The request behind a commit, for the gate a repair that gives access passes: the change
   * that asked for the access must have had the approvals its rules required. Without it
   * every commit counts as a direct push.
   */
  lookup?: RequestLookup;
  /** Repair what lacks those approvals anyway (bootstrapping only), as provisioning does. */
  allowUnapproved?: boolean;
  /** Keep the changes that passed in the git folder (never in a pull request's run). */
  keepPasses?: boolean;
  /** No change is judged for approved ends after this moment (ms since the epoch; see approved-ends.ts). */
  judgeUntil?: number;
}

interface Managed {
  target: AccessTarget;
  provisioner: Provisioner;
  /** Every grant that names the target, live or expired. */
  grantIds: string[];
}

export async function planReconcile(options: ReconcileOptions): Promise<ReconcilePlan> {
  const accessDir = options.accessDir ?? 'access';
  const commit = await resolveCommit(options.repo, options.ref ?? 'HEAD');
  const model = await loadAccessRepositoryAtRef(options.repo, commit, { accessDir });
  const { ended: pastEnd, notes } = await pastApprovedEnds(model, options, accessDir, commit);
  const grants = model.grants.filter((g) => !pastEnd.has(g.id));
  const live = grants.filter((g) => isLive(g, options.now));
  // the whole repository is judged as if every live grant were asked for now
  const { denied, config } = await deniedGrants({
    repo: options.repo,
    commit,
    accessDir,
    policiesDir: options.policiesDir ?? 'policies',
    now: options.now,
    head: model,
    changes: { added: live.map((g) => g.id), modified: [], removed: [], files: [] },
  });
  const prune = options.prune ?? config.prune;

  const refused: SetAside[] = [...denied].map(([grantId, reasons]) => ({ grantId, reasons }));
  const invalid = invalidGrants(model);
  refused.push(...invalid);
  const skipped: SetAside[] = [];
  const targetOf = targetResolver(options.provisioners);
  // While the rules hold a change no policy owner approved, what they say a grant gives may be
  // that change: no repair gives access (below), and a provisioner accessctl.yaml configures
  // (an exec command, a database and its credentials) is not called at all, since reconcile
  // reads every target it carries.
  const trust =
    options.allowUnapproved === true
      ? undefined
      : new RuleTrust(
          {
            repo: options.repo,
            accessDir,
            policiesDir: options.policiesDir ?? 'policies',
            now: options.now,
            lookup: lookupOrDirect(options.lookup),
          },
          commit,
        );
  const unapproved =
    trust === undefined ? undefined : await unapprovedRules(options, trust, commit);
  const provisioners =
    unapproved === undefined
      ? options.provisioners
      : options.provisioners.filter((p) => p.configured !== true);
  const unreadable: Unreadable[] = [];
  const withheld = new Set<string>();
  const managed = new Map<string, Managed>();
  const frozen = new Set<string>();
  for (const grant of model.grants.flatMap(grantParts)) {
    if (grant.resolved === undefined) continue;
    const found = targetOf(grant);
    if (typeof found === 'string') {
      if (isLive(grant, options.now)) skipped.push({ grantId: grant.id, reasons: [found] });
      continue;
    }
    if (unapproved !== undefined && found.provisioner.configured === true) {
      if (!withheld.has(found.target.key))
        unreadable.push({
          grantId: grant.id,
          label: found.target.label,
          message: `not called: provisioner ${found.provisioner.name} is configured in accessctl.yaml, and ${unapproved}; it runs again once that change is approved or reverted`,
        });
      withheld.add(found.target.key);
      continue;
    }
    const entry = managed.get(found.target.key) ?? { ...found, grantIds: [] };
    entry.grantIds.push(grant.id);
    managed.set(found.target.key, entry);
    // a refused grant's access stays as it is: neither granted nor taken away
    if (denied.has(grant.id)) frozen.add(found.target.key);
  }
  // includes access the systems imply, e.g. the organisation membership of a team member
  let desired = desiredState(grants, targetOf, { now: options.now, denied });

  for (const provisioner of provisioners) provisioner.refresh?.();
  const actuals = new Map<string, ActualAccess>();
  let drift = await grantedDrift(managed, frozen, desired, unreadable, actuals);
  if (options.allowUnapproved !== true) {
    // A grant behind a repair whose origin did not pass counts for nothing: every target is
    // worked out again without it (with what was read), so access only it asks for is taken
    // away or lowered to what the other grants ask for, never kept, and the grants the new
    // plan rests on are traced in turn.
    const first = desired;
    const held = new Map<string, string>();
    const traced: Traced = { verdicts: new Map(), judged: new Map() };
    const judging = {
      ...options,
      lookup: lookupOrDirect(options.lookup),
      accessDir,
      commit,
      trust,
    };
    for (;;) {
      const more = await gateRepairs(drift, model, judging, traced);
      const fresh = [...more].filter(([id]) => !held.has(id));
      if (fresh.length === 0) break;
      for (const [id, why] of fresh) held.set(id, why);
      desired = desiredState(grants, targetOf, {
        now: options.now,
        denied: new Map<string, unknown>([...denied, ...held]),
      });
      drift = await grantedDrift(managed, frozen, desired, [], actuals, true);
    }
    heldDrift(drift, managed, frozen, actuals, first, held);
  }
  const unlisted: Unlisted[] = [];
  const resources = await listedResources(model, {
    provisioners,
    unlisted,
    unreadable,
  });
  const unlistedGlobs = unlisted.length;
  const unmanaged = await unmanagedDrift(resources, provisioners, {
    managed,
    desired,
    // while a grant does not parse, any holder might be the one it names
    prune: !prune
      ? 'not managed by the repository: add a grant for it, or set prune: true in accessctl.yaml to remove it'
      : invalid.length > 0
        ? `not removed: ${invalid.length} grant(s) are invalid, so what the repository manages is not certain; fix them first`
        : true,
    unreadable,
    unlisted,
  });
  drift.push(...unmanaged);
  const late = await lateHandOffs(provisioners, config.manual.slaDays, options.now, unreadable);

  if (unapproved !== undefined)
    for (const d of drift) {
      if (d.operation === undefined || d.operation.removal) continue;
      delete d.operation;
      d.note = `held: ${unapproved}; access is given again once that change is approved or reverted`;
    }
  const operations = drift.flatMap((d) => (d.operation === undefined ? [] : [d.operation]));
  return {
    commit,
    prune,
    drift,
    operations,
    removals: operations.filter((o) => o.removal).length,
    refused,
    skipped,
    unreadable,
    unlisted,
    late,
    pastApprovedEnd: [...pastEnd.values()],
    notes,
    checked: {
      targets: managed.size,
      resources: resources.length - (unlisted.length - unlistedGlobs),
    },
  };
}

/**
 * Grants whose approved end has passed though their file's end has not: a change that did not
 * pass the gate moved it later (see provision/approved-ends.ts). They ask for nothing, so the
 * access they gave is drift to remove. Judging that change needs its pull request: without a
 * look-up, or when unapproved changes are let through on purpose, ends stand as written.
 */
/**
 * Why the rules at `commit` may not be trusted to run anything or to give access: a change on
 * the first-parent line up to it lacked a policy owner's approval and was not reverted (see
 * provision/rule-lineage.ts), judged as provisioning judged it. Undefined when they stand.
 */
async function unapprovedRules(
  options: ReconcileOptions,
  trust: RuleTrust,
  commit: string,
): Promise<string | undefined> {
  const broken = await trust.at(commit);
  if (broken === undefined) return undefined;
  const why =
    options.lookup === undefined
      ? ' (no pull request was looked up: set GITHUB_TOKEN and GITHUB_REPOSITORY, or --github-repo, to find its approvals)'
      : '';
  return `the rules were changed in ${broken.commit.slice(0, 12)} without a policy owner's approval and not reverted since${why} (${RESTORE_RULES})`;
}

async function pastApprovedEnds(
  model: AccessModel,
  options: ReconcileOptions,
  accessDir: string,
  commit: string,
): Promise<ApprovedEnds> {
  if (options.allowUnapproved === true) return endsAsWritten();
  if (options.lookup === undefined)
    return endsAsWritten(
      'ends are read from the grant files as they stand: a change that moved an end later without approval is only found when pull requests can be looked up (a token)',
    );
  return approvedEnds(
    tracedGrants(
      model.grants.filter((g) => isLive(g, options.now)),
      model.documents,
    ),
    {
      repo: options.repo,
      ref: commit,
      accessDir,
      policiesDir: options.policiesDir ?? 'policies',
      now: options.now,
      lookup: options.lookup,
      lapsed: lapsedGrants(model.grants.filter((g) => !isLive(g, options.now))),
      keep: options.keepPasses === true,
      ...(options.progress === undefined ? {} : { progress: options.progress }),
      ...(options.judgeUntil === undefined ? {} : { judgeUntil: options.judgeUntil }),
    },
  );
}

/** Changes handed to people and still open after `slaDays` days, the longest wait first. */
async function lateHandOffs(
  provisioners: Provisioner[],
  slaDays: number,
  now: Date,
  unreadable: Unreadable[],
): Promise<LateChange[]> {
  const late: LateChange[] = [];
  for (const provisioner of provisioners) {
    if (provisioner.waiting === undefined) continue;
    let waiting;
    try {
      waiting = await provisioner.waiting();
    } catch (error) {
      unreadable.push({
        grantId: '',
        label: `the open ${provisioner.name} changes`,
        message: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    for (const change of waiting) {
      const days = (now.getTime() - Date.parse(change.openedAt)) / DAY;
      if (days > slaDays) late.push({ ...change, days: Math.floor(days), slaDays });
    }
  }
  return late.sort((a, b) => b.days - a.days);
}

export async function runReconcile(options: ReconcileOptions): Promise<ReconcileResult> {
  const plan = await planReconcile(options);
  const applied = options.apply === true;
  const { operations, blocked, evidence } = await applyRecorded(plan.operations, {
    ...options,
    dryRun: !applied,
    commit: plan.commit,
    record: applied,
    describe: describeRepair,
  });
  const repairedAll =
    applied &&
    blocked === undefined &&
    plan.drift.every((d) => d.operation !== undefined) &&
    operations.every((o) => o.status === 'applied');
  const ok =
    (plan.drift.length === 0 || repairedAll) &&
    plan.refused.length === 0 &&
    plan.unreadable.length === 0 &&
    evidence?.incomplete !== true;
  return {
    plan,
    operations,
    ...(blocked === undefined ? {} : { blocked }),
    applied,
    ok,
    ...(evidence === undefined ? {} : { evidence }),
  };
}

/** The evidence names a repair as such, so an auditor tells it from a merge's provisioning. */
export function describeRepair(operation: Operation): string {
  return `repair drift: ${describeOperation(operation)}`;
}

/**
 * What one run's repairs have traced so far, kept across its rounds: each grant's verdict
 * (undefined: it passed), and each change judged on the way, shared by every grant's walk.
 */
interface Traced {
  verdicts: Map<string, string | undefined>;
  judged: JudgedChanges;
}

/**
 * A repair that gives access is the last gate too: reconcile must not hand out what
 * provisioning held. Each grant behind such a repair is traced to the change that last added
 * or modified it, which is judged as provisioning judged it; if it lacks the approvals or its
 * rules deny it, the repair is dropped and the drift says why.
 */
async function gateRepairs(
  drift: Drift[],
  model: AccessModel,
  options: ReconcileOptions & {
    lookup: RequestLookup;
    accessDir: string;
    commit: string;
    trust?: RuleTrust;
  },
  { verdicts, judged }: Traced,
): Promise<Map<string, string>> {
  const files = new Map(model.grants.map((g) => [g.id, g.source.file]));
  const held = new Map<string, string>();
  for (const d of drift) {
    // a repair to the role a grant asks for rests on that grant, whether it gives access or
    // lowers it (the lowered role is still kept on its strength)
    if (d.operation === undefined || d.grantId === undefined || d.desired === undefined) continue;
    if (verdicts.has(d.grantId) && verdicts.get(d.grantId) === undefined) continue;
    const file = files.get(d.grantId);
    if (file === undefined) continue;
    if (!verdicts.has(d.grantId)) {
      const verdict = await judgeGrantOrigin({
        repo: options.repo,
        ref: options.commit,
        grantId: d.grantId,
        file,
        accessDir: options.accessDir,
        policiesDir: options.policiesDir ?? 'policies',
        now: options.now,
        lookup: options.lookup,
        ...(options.trust === undefined ? {} : { trust: options.trust }),
        judged,
      });
      const reasons = verdict === undefined ? [] : [...verdict.denied, ...verdict.unapproved];
      verdicts.set(
        d.grantId,
        verdict === undefined
          ? undefined
          : `held: the change that asked for it (${verdict.commit.slice(0, 12)}${verdict.pullRequest === undefined ? '' : `, #${verdict.pullRequest}`}) did not pass the gate: ${reasons.join('; ')}`,
      );
    }
    const why = verdicts.get(d.grantId);
    if (why !== undefined) held.set(d.grantId, why);
  }
  return held;
}

/**
 * Each target whose repair a held grant asked for says so: the repair worked out without
 * that grant (a removal, or a lower role), or, where there is none, the drift left unrepaired.
 */
function heldDrift(
  drift: Drift[],
  managed: Map<string, Managed>,
  frozen: Set<string>,
  actuals: Map<string, ActualAccess>,
  first: Map<string, DesiredAccess>,
  held: Map<string, string>,
): void {
  const byKey = new Map(drift.map((d) => [d.target.key, d]));
  for (const [key, { target, provisioner }] of managed) {
    const want = first.get(key);
    const why = want === undefined ? undefined : held.get(want.grantId);
    const actual = actuals.get(key);
    if (frozen.has(key) || want === undefined || why === undefined || actual === undefined)
      continue;
    const found = byKey.get(key);
    if (found !== undefined) {
      found.note = why;
      continue;
    }
    // nothing else asks for it: the access the held grant asked for is not given
    if (provisioner.plan(target, want, actual, want.grantId) === undefined) continue;
    drift.push({
      kind: actual.role === undefined ? 'missing' : 'lower',
      target,
      grantId: want.grantId,
      desired: want.role,
      ...(actual.role === undefined ? {} : { actual: actual.role }),
      pending: actual.pending,
      note: why,
    });
  }
  // in the order of the targets, as grantedDrift lists them
  const order = new Map([...managed.keys()].map((key, index) => [key, index]));
  drift.sort((a, b) => (order.get(a.target.key) ?? 0) - (order.get(b.target.key) ?? 0));
}

/** Drift of every target a grant names: read and compared with the strongest live grant. */
async function grantedDrift(
  managed: Map<string, Managed>,
  frozen: Set<string>,
  desired: Map<string, DesiredAccess>,
  unreadable: Unreadable[],
  /** What each target held when read, kept for working the drift out again. */
  actuals: Map<string, ActualAccess>,
  /** Work it out again from `actuals` alone: a target not read then is left out. */
  read = false,
): Promise<Drift[]> {
  const drift: Drift[] = [];
  if (!read) await expectReads([...managed].filter(([key]) => !frozen.has(key)).map(([, m]) => m));
  for (const [key, { target, provisioner, grantIds }] of managed) {
    if (frozen.has(key) || (read && !actuals.has(key))) continue;
    const want = desired.get(key);
    const last = grantIds[grantIds.length - 1] as string;
    try {
      const actual = actuals.get(key) ?? (await provisioner.read(target));
      actuals.set(key, actual);
      const operation = provisioner.plan(target, want, actual, last);
      if (operation !== undefined)
        drift.push(managedDrift(provisioner, target, want, actual, operation, last));
    } catch (error) {
      unreadable.push({
        grantId: want?.grantId ?? last,
        label: target.label,
        message: text(error),
      });
    }
  }
  return drift;
}

interface UnmanagedOptions {
  managed: Map<string, Managed>;
  /** Wanted access, including what the systems imply along with granted access. */
  desired: Map<string, DesiredAccess>;
  /** true: revoke unmanaged access; otherwise the note saying why it is only reported. */
  prune: true | string;
  unreadable: Unreadable[];
  unlisted: Unlisted[];
}

/** Access the listings show that no grant names (or more than the access a grant implies). */
async function unmanagedDrift(
  resources: ListedResource[],
  provisioners: Provisioner[],
  options: UnmanagedOptions,
): Promise<Drift[]> {
  const byName = new Map(provisioners.map((p) => [p.name, p]));
  const found = new Map<string, Drift>();
  for (const resource of resources) {
    const provisioner = byName.get(resource.provisioner);
    if (provisioner?.list === undefined) {
      options.unlisted.push(notListed(resource, provisioner, 'cannot list who holds access'));
      continue;
    }
    const list = provisioner.list.bind(provisioner);
    const held = await askSystem(`holders of ${resource.id}`, options.unreadable, () =>
      list({ id: resource.id, config: resource.config }),
    );
    if (held === undefined) continue;
    for (const { target, actual } of held) {
      if (options.managed.has(target.key) || found.has(target.key) || actual.role === undefined)
        continue;
      const implied = options.desired.get(target.key);
      const operation = provisioner.plan(target, implied, actual, UNMANAGED);
      if (operation === undefined) continue;
      const item: Drift = {
        kind: 'unmanaged',
        target,
        ...(implied === undefined ? {} : { grantId: implied.grantId, desired: implied.role }),
        actual: actual.role,
        pending: actual.pending,
      };
      if (options.prune === true)
        item.operation = { ...operation, grantId: UNMANAGED, removal: true };
      else item.note = options.prune;
      found.set(target.key, item);
    }
  }
  return [...found.values()].sort((a, b) => (a.target.key < b.target.key ? -1 : 1));
}

function managedDrift(
  provisioner: Provisioner,
  target: AccessTarget,
  want: DesiredAccess | undefined,
  actual: ActualAccess,
  operation: Operation,
  last: string,
): Drift {
  const kind: DriftKind =
    want === undefined
      ? 'ended'
      : actual.role === undefined
        ? 'missing'
        : provisioner.rank(target, actual.role) > provisioner.rank(target, want.role)
          ? 'higher'
          : 'lower';
  return {
    kind,
    target,
    grantId: want?.grantId ?? last,
    ...(want === undefined ? {} : { desired: want.role }),
    ...(actual.role === undefined ? {} : { actual: actual.role }),
    pending: actual.pending,
    operation,
  };
}

/** Grant documents the model could not use: their access is unknown, so nothing is pruned. */
function invalidGrants(model: Awaited<ReturnType<typeof loadAccessRepositoryAtRef>>): SetAside[] {
  const used = new Set<unknown>(model.grants.filter(isResolved));
  return model.documents
    .filter((d) => d.kind === 'Grant' && !used.has(d.record))
    .map((d) => {
      const at = d.source.location;
      return {
        grantId: d.id ?? `${d.file}#${d.index + 1}`,
        reasons: [
          `the grant is invalid, a duplicate, or names an unknown subject, resource or role at ${at.file}:${at.line}:${at.column}; run accessctl validate`,
        ],
      };
    });
}

interface ListedResource {
  id: string;
  provisioner: string;
  config: Record<string, unknown>;
}

/**
 * Every resource the catalog names exactly or a grant names, once, with its catalog config;
 * and, for each glob in the catalog, every resource the system has that it covers, so
 * access on a resource no grant names yet is found too.
 */
async function listedResources(
  model: Pick<AccessModel, 'resources' | 'grants' | 'catalog'>,
  options: { provisioners: Provisioner[]; unlisted: Unlisted[]; unreadable: Unreadable[] },
): Promise<ListedResource[]> {
  // by canonical id: GitHub answers with its own spelling (Infrastructure), the catalog
  // writes the canonical one (infrastructure), and both are one resource
  const found = new Map<string, ListedResource>();
  for (const resource of model.resources) {
    const key = canonicalResourceId(resource.id);
    if (!resource.glob && !found.has(key)) found.set(key, resource);
  }
  for (const grant of model.grants.flatMap(grantParts)) {
    const entry = grant.resolved?.resource;
    const key = canonicalResourceId(grant.resource);
    if (entry === undefined || found.has(key)) continue;
    found.set(key, {
      id: grant.resource,
      provisioner: entry.provisioner,
      config: entry.config,
    });
  }
  const byName = new Map(options.provisioners.map((p) => [p.name, p]));
  for (const glob of model.resources) {
    if (!glob.glob) continue;
    const provisioner = byName.get(glob.provisioner);
    if (provisioner?.expand === undefined) {
      options.unlisted.push(
        notListed(
          glob,
          provisioner,
          'cannot list what a glob covers; resources no grant names are not checked',
        ),
      );
      continue;
    }
    const expand = provisioner.expand.bind(provisioner);
    const ids = await askSystem(`resources matching ${glob.id}`, options.unreadable, () =>
      expand({ id: glob.id, config: glob.config }),
    );
    if (ids === undefined) continue;
    if (!Array.isArray(ids)) {
      options.unlisted.push({ resource: glob.id, reason: ids.unsupported });
      continue;
    }
    for (const id of ids) {
      // A resource belongs to the most specific glob that matches it, as in the catalog.
      const key = canonicalResourceId(id);
      if (found.has(key) || model.catalog.match(id)?.id !== glob.id) continue;
      found.set(key, { id, provisioner: glob.provisioner, config: glob.config });
    }
  }
  return [...found.values()];
}

/** A resource reconcile cannot list: its provisioner is not configured, or cannot do it. */
function notListed(
  resource: ListedResource,
  provisioner: Provisioner | undefined,
  cannot: string,
): Unlisted {
  return {
    resource: resource.id,
    reason:
      provisioner === undefined
        ? `no provisioner "${resource.provisioner}" is configured`
        : `the ${provisioner.name} provisioner ${cannot}`,
  };
}

/** A listing from a system, or undefined with the reason kept among what could not be read. */
async function askSystem<T>(
  label: string,
  unreadable: Unreadable[],
  ask: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await ask();
  } catch (error) {
    unreadable.push({ grantId: '', label, message: text(error) });
    return undefined;
  }
}

function text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
