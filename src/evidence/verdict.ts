// The policy verdict at merge: the policies, catalog, identities and config of the commit
// itself judge the grants it changed, with the pull request's author and approvals as the
// request and the commit's time as `now`, as the check on that pull request would have.
//
// The history is replayed commit by commit, keeping which blob each path holds. The policies
// are compiled again only when their files change, the catalog and identities linked again
// only when theirs do. The input holds the changed grants, every grant of the same subject on
// the same resource (what the cross-grant rules of the library compare), and the catalog
// entries and identities they reach, not the whole repository.
import { posix } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from '../config/config.js';
import {
  buildAccessModel,
  isSourcePath,
  type AccessModel,
  type AccessSourceFile,
  type GrantRecord,
} from '../model/index.js';
import type { ComposedFile } from '../model/compose.js';
import { resolvePackages } from '../model/packages.js';
import { resolveReferences } from '../model/references.js';
import { policyFindings, type PolicyFinding } from '../policy/findings.js';
import { buildPolicyInput, type PolicyRequest } from '../policy/input.js';
import { ENTRYPOINTS, loadPolicySet, type PolicySet } from '../policy/library.js';
import { DEFAULT_TIMEOUT_MS, type ResultSet } from '../rego/runtime/index.js';
import type { GrantChange } from './grant-changes.js';
import { PolicyInputText } from './input-text.js';
import type { HistoryCommit } from './history.js';
import type { EvidenceRow } from './report.js';

export type Verdict = EvidenceRow['verdict'];

export interface VerdictOptions {
  accessDir: string;
  policiesDir: string;
  blobs: Map<string, string>;
  /** The most changed grants one evaluation holds (default EVALUATION_GROUP). */
  evaluationGroup?: number;
  /** False: every grant resolved again at each commit, with all the input reaches (see modelFor). */
  shortcuts?: boolean;
  /**
   * Evaluate in a thread of its own even the built-in library alone, so that the replay goes
   * on while the evaluations run (policies of the repository's own always have a thread).
   */
  ownThread?: boolean;
}

/**
 * A commit that changes many grants (the first commit of a large repository adds them all) is
 * judged in groups of about this many changes, each with its own small input, so one
 * evaluation's memory stays bounded however large the commit. Changes to the same subject on
 * the same resource share a group, so the library's cross-grant rules see what they compare.
 * Every group's input also lists all the files the commit changed: over a first commit of
 * 50,003 files (2 MB of JSON in each input) its 101 groups of 500 took 5.6 s in the policies
 * and its 26 groups of 2,000 took 2.9 s, the process peaking at 746 and 813 MiB (one run
 * each, at load average 6 to 7 on 2 cores).
 */
export const EVALUATION_GROUP = 2000;

const RULE_PARTS = ['catalog/', 'identities/', 'packages/'];

/** One group's evaluation, asked for: its changes, the model its input was made from, the input. */
interface Asked {
  changes: GrantChange[];
  model: AccessModel;
  json: string;
}

export class VerdictJudge {
  /** path -> blob oid, as of the last commit replayed. */
  private readonly files = new Map<string, string>();
  /** grant id -> its record now; "subject resource" -> grant ids. */
  private readonly grantRecord = new Map<string, GrantRecord>();
  private readonly holdings = new Map<string, Set<string>>();
  private readonly holdingOf = new Map<string, string>();
  /** A grant record's copy resolved against the rules of `version` (see modelFor). */
  private readonly resolved = new WeakMap<GrantRecord, { version: number; grant: GrantRecord }>();
  /** Grant versions the next commits bring, not resolved yet (see expect). */
  private expected: GrantRecord[] = [];
  /** While a commit judged in groups is answered (see judge). */
  private settling: Promise<void> | undefined;
  /** Bumped when a commit touches the catalog, identities or policies; rebuilt lazily. */
  private rulesVersion = 0;
  private rules: { version: number; model: AccessModel } | undefined;
  private policiesVersion = 0;
  private config: { oid: string | undefined; value: Record<string, unknown> } | undefined;
  private policies: { version: number; key: string; set: Promise<PolicySet> } | undefined;
  /** The text of the input's parts, kept while the rules and config stay the same. */
  private readonly inputText = new PolicyInputText();

  /** Where rule files live: the catalog, identities and packages folders. */
  private readonly ruleFolders: string[];

  constructor(
    private readonly options: VerdictOptions,
    private readonly composeCache: Map<string, ComposedFile> = new Map(),
  ) {
    this.ruleFolders = RULE_PARTS.map((part) => `${options.accessDir}/${part}`);
  }

  /** Applies a commit's changes to the replayed state; call for every commit, in order. */
  advance(commit: HistoryCommit, changes: GrantChange[]): void {
    for (const path of commit.paths) {
      if (path.after === undefined) this.files.delete(path.path);
      else this.files.set(path.path, path.after);
      if (this.isRuleFile(path.path)) this.rulesVersion += 1;
      if (this.isPolicyFile(path.path)) this.policiesVersion += 1;
    }
    for (const change of changes) {
      const previous = this.holdingOf.get(change.id);
      if (previous !== undefined) this.holdings.get(previous)?.delete(change.id);
      this.holdingOf.delete(change.id);
      this.grantRecord.delete(change.id);
      if (change.after === undefined) continue;
      const key = `${change.after.subject} ${change.after.resource}`;
      if (change.after.record !== undefined) this.grantRecord.set(change.id, change.after.record);
      this.holdingOf.set(change.id, key);
      const ids = this.holdings.get(key) ?? new Set<string>();
      ids.add(change.id);
      this.holdings.set(key, ids);
    }
  }

  /**
   * Names grant versions the next commits bring. The first commit that needs a grant resolved
   * resolves them too, in one batch under the rules of that moment: a batch costs about what
   * one commit's few grants did, and a copy is used only while the rules stay the same.
   */
  expect(records: Iterable<GrantRecord>): void {
    if (this.options.shortcuts === false) return;
    for (const record of records) if (record.package === undefined) this.expected.push(record);
  }

  /**
   * Verdicts by grant id for the changes of the commit last advanced to. What judges them
   * (policies, config, model) and the evaluation's input are taken now, as the commit stands,
   * and the evaluation is queued: the caller may advance to later commits and judge them
   * while it is answered. A commit of many changes is judged in groups (see
   * EVALUATION_GROUP), each group's input made once the one before is answered, so that one
   * large input is held at a time; until then `busy` is set, and the caller waits for
   * `settled` before it advances.
   */
  judge(
    commit: HistoryCommit,
    changes: GrantChange[],
    request: PolicyRequest | undefined,
  ): Promise<Map<string, Verdict>> {
    const policies = this.policiesNow();
    let config: Record<string, unknown> | Error;
    try {
      config = this.configNow();
    } catch (error) {
      config = error instanceof Error ? error : new Error(String(error));
    }
    if (config instanceof Error) return this.answer(commit, changes, policies, config, []);
    // one list for all the commit's groups (the first commit of a large repository has many)
    const files = commit.paths.map((p) => p.path).sort();
    const groups = this.groups(changes);
    const ask = (group: GrantChange[]) => this.ask(commit, group, request, config, files);
    if (groups.length === 1) return this.answer(commit, changes, policies, config, groups.map(ask));
    const verdicts = this.answer(commit, changes, policies, config, lazily(groups, ask));
    const settled = verdicts.then(
      () => undefined,
      () => undefined,
    );
    this.settling = settled;
    void settled.then(() => {
      if (this.settling === settled) this.settling = undefined;
    });
    return verdicts;
  }

  /** A commit judged in groups is still reading the replayed state: do not advance yet. */
  get busy(): boolean {
    return this.settling !== undefined;
  }

  /** Resolves once no commit judged in groups still reads the replayed state. */
  async settled(): Promise<void> {
    await this.settling;
  }

  private async answer(
    commit: HistoryCommit,
    changes: GrantChange[],
    policies: Promise<PolicySet>,
    config: Record<string, unknown> | Error,
    asked: Iterable<Asked>,
  ): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    const notEvaluated = (group: GrantChange[], message: string) => {
      for (const change of group)
        verdicts.set(change.id, { outcome: 'not-evaluated', messages: [message] });
    };
    let set: PolicySet;
    try {
      set = await policies;
      if (config instanceof Error) throw config;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notEvaluated(
        changes,
        `the policies of ${commit.sha.slice(0, 7)} could not be used: ${reason}`,
      );
      return verdicts;
    }
    for (const one of asked) {
      let results: ResultSet[];
      try {
        results = await set.evaluator.queueEachJson(one.json, ENTRYPOINTS);
      } catch (error) {
        // One commit's policies failing at run time leaves the rest of the history judged.
        const reason = error instanceof Error ? error.message : String(error);
        notEvaluated(one.changes, `the policies of ${commit.sha.slice(0, 7)} failed: ${reason}`);
        continue;
      }
      const [deny, warn] = results.map((result) => {
        const value = result[0]?.result;
        return Array.isArray(value) ? value : [];
      }) as [unknown[], unknown[]];
      this.verdictsOf(one, deny, warn, verdicts);
    }
    return verdicts;
  }

  /** Changes packed into groups of whole holdings (subject and resource). */
  private groups(changes: GrantChange[]): GrantChange[][] {
    const size = this.options.evaluationGroup ?? EVALUATION_GROUP;
    if (changes.length <= size) return [changes];
    const byHolding = new Map<string, GrantChange[]>();
    for (const change of changes) {
      const state = change.after ?? change.before;
      const key = `${state?.subject ?? ''} ${state?.resource ?? ''}`;
      const list = byHolding.get(key) ?? [];
      list.push(change);
      byHolding.set(key, list);
    }
    const groups: GrantChange[][] = [];
    let current: GrantChange[] = [];
    for (const list of byHolding.values()) {
      if (current.length > 0 && current.length + list.length > size) {
        groups.push(current);
        current = [];
      }
      current.push(...list);
    }
    if (current.length > 0) groups.push(current);
    return groups;
  }

  /** One group's evaluation input, and the model it was made from. */
  private ask(
    commit: HistoryCommit,
    changes: GrantChange[],
    request: PolicyRequest | undefined,
    config: Record<string, unknown>,
    files: string[],
  ): Asked {
    const model = this.modelFor(changes, config);
    const ids = (kind: GrantChange['change']) =>
      changes.filter((c) => c.change === kind).map((c) => c.id);
    const inputOptions = {
      now: new Date(commit.committedAt),
      changes: {
        added: ids('added'),
        modified: ids('modified'),
        removed: ids('removed'),
        files,
      },
      ...(request === undefined ? {} : { request }),
      config,
    };
    // The plain way builds the whole input and serialises it; the report is the same.
    const json =
      this.options.shortcuts === false
        ? JSON.stringify(buildPolicyInput(model, inputOptions))
        : this.inputText.text(model, inputOptions, this.rulesNow());
    return { changes, model, json };
  }

  /** The verdicts of a group's changes from what its evaluation denied and warned. */
  private verdictsOf(
    { changes, model }: Asked,
    deny: unknown[],
    warn: unknown[],
    verdicts: Map<string, Verdict>,
  ): void {
    const byGrant = new Map<string, PolicyFinding[]>();
    for (const finding of policyFindings({ deny, warn }, model, this.options.accessDir)) {
      if (finding.grant === undefined) continue;
      const list = byGrant.get(finding.grant) ?? [];
      list.push(finding);
      byGrant.set(finding.grant, list);
    }
    for (const change of changes) {
      if (change.after !== undefined && change.after.record === undefined) {
        verdicts.set(change.id, {
          outcome: 'deny',
          messages: ['the grant does not pass the schema', ...(change.after.problems ?? [])],
        });
        continue;
      }
      const mine = byGrant.get(change.id) ?? [];
      const denied = mine.filter((f) => f.severity === 'error');
      verdicts.set(change.id, {
        outcome: denied.length > 0 ? 'deny' : mine.length > 0 ? 'warn' : 'pass',
        messages: [...denied, ...mine.filter((f) => f.severity !== 'error')].map((f) => f.message),
      });
    }
  }

  /** Ends the policies' thread, once what was queued is answered. */
  async close(): Promise<void> {
    const set = await this.policies?.set.catch(() => undefined);
    await set?.evaluator.close?.();
  }

  /** The owner references of the catalog entry `resource` matches, at the commit last advanced to. */
  ownersOf(resource: string): string[] {
    return this.rulesNow().catalog.match(resource)?.owners ?? [];
  }

  /**
   * The logins, lower-cased, a reference stands for at the commit last advanced to: a user, or
   * a team's members and maintainers (as the policies' lib.logins reads them).
   */
  loginsOf(ref: string): string[] {
    if (ref.startsWith('user:')) return [ref.slice(5).toLowerCase()];
    if (!ref.startsWith('team:')) return [];
    const team = this.rulesNow().identities.teams.get(ref.slice(5));
    return team === undefined
      ? []
      : [...team.members, ...team.maintainers].map((login) => login.toLowerCase());
  }

  /**
   * The changed grants and their neighbours, with only the catalog entries and identities
   * they reach: the library looks those up by key, so a grant's findings are the same as
   * with the whole catalog, and the input stays a few kilobytes however large the repository.
   */
  private modelFor(changes: GrantChange[], config: Record<string, unknown>): AccessModel {
    const rules = this.rulesNow();
    const wanted = new Set<string>();
    for (const change of changes) {
      if (change.after === undefined) continue;
      for (const id of this.holdings.get(`${change.after.subject} ${change.after.resource}`) ?? [])
        wanted.add(id);
      wanted.add(change.id);
    }
    // Copies: resolving fills in `resolved` against this commit's catalog, and the records
    // themselves are shared by every commit that holds the same blob. A grant that names no
    // package resolves the same way until the rules change, so its copy is kept until then.
    const grants: GrantRecord[] = [];
    const fresh: GrantRecord[] = [];
    for (const id of wanted) {
      const record = this.grantRecord.get(id);
      if (record === undefined) continue;
      const kept = this.options.shortcuts === false ? undefined : this.resolved.get(record);
      if (kept?.version === this.rulesVersion) {
        grants.push(kept.grant);
        continue;
      }
      const copy = unresolvedCopy(record);
      grants.push(copy);
      if (copy.package === undefined) {
        fresh.push(copy);
        this.resolved.set(record, { version: this.rulesVersion, grant: copy });
      }
    }
    const packages = rules.packages.filter((p) => grants.some((g) => g.package === p.id));
    const { resources, identities } = reachedBy(rules, grants, packages, config);
    // what resolving finds broken goes nowhere: only the grants' resolved parts are read
    let kept: Parameters<typeof resolveReferences>[3] | undefined;
    const broken = () => (kept ??= noneBroken());
    if (this.options.shortcuts === false)
      resolveReferences(grants, resources, identities, broken());
    else if (fresh.length > 0) {
      for (const record of this.expected) {
        if (this.resolved.get(record)?.version === this.rulesVersion) continue;
        const copy = unresolvedCopy(record);
        fresh.push(copy);
        this.resolved.set(record, { version: this.rulesVersion, grant: copy });
      }
      this.expected = [];
      // A grant's `resolved` reads only its subject and the catalog entry its resource
      // matches (the same entry in any part of the catalog that holds it), so the new copies
      // are resolved with what they alone reach: the checks of every other name would be
      // thrown away, and with nothing left out none of them ends in a "did you mean".
      const alone = reachedBy(rules, fresh, [], {});
      resolveReferences(fresh, alone.resources, alone.identities, broken());
    }
    // only package grants are resolved there, against the packages they name
    if (packages.length > 0 || grants.some((g) => g.package !== undefined))
      resolvePackages(grants, packages, resources, identities, broken());
    return {
      ...rules,
      grants,
      resources,
      packages,
      users: [...identities.users.values()],
      teams: [...identities.teams.values()],
      serviceAccounts: [...identities.serviceAccounts.values()],
      identities,
      documents: [],
    };
  }

  /** Whether judging reads the path's text: a catalog or identities file, a policy, the config. */
  reads(path: string): boolean {
    return path === CONFIG_FILE || this.isRuleFile(path) || this.isPolicyFile(path);
  }

  private isRuleFile(path: string): boolean {
    return this.ruleFolders.some((folder) => path.startsWith(folder)) && isSourcePath(path);
  }

  private isPolicyFile(path: string): boolean {
    return (
      path.startsWith(`${this.options.policiesDir}/`) &&
      path.endsWith('.rego') &&
      !path.endsWith('_test.rego')
    );
  }

  private rulesNow(): AccessModel {
    if (this.rules?.version !== this.rulesVersion) {
      const paths = [...this.files.keys()].filter((p) => this.isRuleFile(p)).sort();
      const model = buildAccessModel(
        paths.flatMap((p) => this.sourceFile(p)),
        { composeCache: this.composeCache },
      );
      this.rules = { version: this.rulesVersion, model };
    }
    return this.rules.model;
  }

  /**
   * The policies of the commit last advanced to. Any besides the built-in library run in a
   * thread of their own under the deadline of the config at the commit that last changed
   * them: a policy that loops, once merged, must not stop the history's audit. One set is
   * held at a time; the one before is let go (its thread ended once it has answered what was
   * queued) when the policy files change.
   */
  private policiesNow(): Promise<PolicySet> {
    if (this.policies?.version !== this.policiesVersion) {
      const paths = [...this.files.keys()].filter((p) => this.isPolicyFile(p)).sort();
      const key = paths.map((p) => `${p}:${this.files.get(p)}`).join('\n');
      const before = this.policies;
      if (before !== undefined && before.key !== key)
        void before.set.then(
          (set) => set.evaluator.close?.(),
          () => undefined,
        );
      const set =
        before?.key === key
          ? before.set
          : loadPolicySet({
              userSources: {
                modules: paths.map((file) => ({
                  file,
                  source: this.options.blobs.get(this.files.get(file) ?? '') ?? '',
                })),
                data: {},
              },
              timeoutMs: this.deadlineNow(),
              ownThread: this.options.ownThread === true,
            });
      this.policies = { version: this.policiesVersion, key, set };
    }
    return this.policies.set;
  }

  /** The evaluation deadline of the config at the commit last advanced to. */
  private deadlineNow(): number {
    try {
      const { evaluation } = this.configNow() as unknown as AccessConfig;
      return evaluation.timeoutSeconds * 1000;
    } catch {
      // a config that does not parse is reported by judge, which reads it again
      return DEFAULT_TIMEOUT_MS;
    }
  }

  private configNow(): Record<string, unknown> {
    const oid = this.files.get(CONFIG_FILE);
    if (this.config !== undefined && this.config.oid === oid) return this.config.value;
    const text = oid === undefined ? undefined : this.options.blobs.get(oid);
    try {
      const value = parseConfig(CONFIG_FILE, text) as unknown as Record<string, unknown>;
      this.config = { oid, value };
      return value;
    } catch (error) {
      if (error instanceof ConfigError)
        throw new Error(`${CONFIG_FILE}: ${error.message}`, { cause: error });
      throw error;
    }
  }

  private sourceFile(path: string): AccessSourceFile[] {
    const oid = this.files.get(path);
    const text = oid === undefined ? undefined : this.options.blobs.get(oid);
    if (oid === undefined || text === undefined) return [];
    return [
      {
        path,
        relativePath: posix.relative(this.options.accessDir, path),
        size: Buffer.byteLength(text),
        cacheKey: `${oid}\u0000${path}`,
        read: () => text,
      },
    ];
  }
}

/** `make` of each item, made when it is asked for. */
function* lazily<T, R>(items: T[], make: (item: T) => R): Generator<R> {
  for (const item of items) yield make(item);
}

/** An empty record of broken references, by kind, for resolving to fill. */
function noneBroken(): Parameters<typeof resolveReferences>[3] {
  return {
    Grant: new Set<string>(),
    Resource: new Set<string>(),
    Package: new Set<string>(),
    User: new Set<string>(),
    Team: new Set<string>(),
    ServiceAccount: new Set<string>(),
  };
}

/** A copy of a grant version to resolve: the version itself is shared by every commit that holds it. */
function unresolvedCopy(record: GrantRecord): GrantRecord {
  const copy: GrantRecord = { ...record };
  delete copy.resolved;
  delete copy.parts;
  return copy;
}

/**
 * The catalog entries and identities `grants` and `packages` reach: their resources, the
 * owners of those, the subjects and owners of the grants, the service accounts' owners, the
 * teams' members, and the config's policy owners. The library looks those up by key, so a
 * grant's findings are the same as with the whole catalog and identities.
 */
function reachedBy(
  rules: AccessModel,
  grants: GrantRecord[],
  packages: AccessModel['packages'],
  config: Record<string, unknown>,
): { resources: AccessModel['resources']; identities: AccessModel['identities'] } {
  const resources = [
    ...new Set([
      ...grants.flatMap((g) => rules.catalog.match(g.resource) ?? []),
      ...packages.flatMap((p) => p.roles.flatMap((r) => rules.catalog.match(r.resource) ?? [])),
    ]),
  ];
  const refs = new Set<string>(
    grants.flatMap((g) => [g.subject, ...(g.owner === undefined ? [] : [g.owner])]),
  );
  for (const r of resources) for (const owner of r.owners) refs.add(owner);
  for (const p of packages) {
    for (const owner of p.owners) refs.add(owner);
    for (const team of p.eligible.teams ?? []) refs.add(`team:${team}`);
  }
  const policyOwners = config.policyOwners;
  if (Array.isArray(policyOwners))
    for (const owner of policyOwners) if (typeof owner === 'string') refs.add(owner);
  const pick = <T>(all: Map<string, T>, kind: string): Map<string, T> => {
    const picked = new Map<string, T>();
    for (const ref of refs) {
      if (!ref.startsWith(`${kind}:`)) continue;
      const id = ref.slice(kind.length + 1);
      const found = all.get(id);
      if (found !== undefined) picked.set(id, found);
    }
    return picked;
  };
  const serviceAccounts = pick(rules.identities.serviceAccounts, 'service');
  for (const sa of serviceAccounts.values()) refs.add(sa.owner);
  const teams = pick(rules.identities.teams, 'team');
  // Members are linked to their users too; a member left out would read as unknown.
  for (const team of teams.values())
    for (const login of [...team.members, ...team.maintainers]) refs.add(`user:${login}`);
  return {
    resources,
    identities: { users: pick(rules.identities.users, 'user'), teams, serviceAccounts },
  };
}
