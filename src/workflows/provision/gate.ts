// The provision gate: provisioning is the last gate, so every merge is judged again here as
// the pull-request check judged it, with the same rules and the same request facts. Each
// first-parent commit between the last provisioned one and the new head is judged by the
// rules of its first parent (policies, catalog, identities, config: never its own) and by the
// approvals of the pull request that merged it, read from the API. A direct push or an
// admin-merged red pull request therefore reaches the default branch, but not the systems.
// When that line does not pass through the last provisioned commit (a merge pushed with an
// older first parent, a force push), the whole difference is judged as one direct push.
//
// Removals only take access away and pass without approvals (the expiry job's commits are
// removals). A grant's last change decides: a grant held by one merge and approved by a later
// one is provisioned. A direct commit that says it is accessctl's expiry (the Accessctl-Expiry
// trailer, `expiry.mode: commit`) may do exactly one thing: remove grants that no longer hold
// by its parent's identities at its own time. Anything else it does is reported like a rule
// change nobody approved, and fails the run: whoever holds the bot's token must not pass other
// edits, or the removal of access that still holds, off as expiry.

import { EXPIRY_TRAILER } from '../../evidence/expiry-commits.js';
import {
  approvedEnds,
  tracedGrants,
  type ApprovedEnds,
  type TracedGrant,
} from './approved-ends.js';
import {
  accessFilesAtRef,
  buildAccessModel,
  type AccessChange,
  type AccessModel,
  type GitAccessOptions,
  diffModels,
  grantChangesSince,
  isResolved,
  loadAccessRepositoryAtRef,
  loadAccessRepositoryAtRefs,
} from '../../model/index.js';
import {
  fetchCommit,
  git,
  hasCommit,
  pathOids,
  readBlobs,
  resolveCommit,
} from '../../model/git.js';
import { policyFindings } from '../../policy/findings.js';
import type { UnapprovedRuleChange } from '../../provisioners/provision-plan.js';
import { buildPolicyInput, removedGrants, type PolicyRequest } from '../../policy/input.js';
import { ENTRYPOINTS, loadPolicySet, type PolicySet } from '../../policy/library.js';
import type { Sources } from '../../rego/bundle/index.js';
import { findExpiry } from '../../model/expiry.js';
import { composeYaml } from '../../model/compose.js';
import type { ParseCache } from '../../model/parse-cache.js';
import { canonical } from '../../model/diff.js';
import { isMapping } from '../../model/values.js';
import { BASE_ACCESS_PARTS, readBaseRules } from '../../policy/base-rules.js';
import { changedPaths, GRANTS_PART, inAccess, ruleFiles } from '../pr-check/changed-paths.js';
import { RESTORE_RULES, type RuleTrust } from './rule-lineage.js';

/** The request behind one commit of the default branch, as the API tells it. */
export interface MergeRequest {
  request: PolicyRequest;
  /** The pull request that merged the commit; absent for a direct push. */
  pullRequest?: number;
  /** Why the facts are thinner than a pull request's, when they are. */
  note?: string;
  /** The pull request's head when it was merged: what its reviewers saw. */
  headSha?: string;
  /**
   * The commit GitHub made when it merged the pull request; absent when not known. A commit
   * the look-up ties to a pull request is not always that one (a commit of its branch).
   */
  mergeCommit?: string;
  /**
   * The look-up itself failed (a rate limit, a server error): whether anyone approved the
   * commit is unknown. Provisioning holds it as a direct push; nothing is taken away for it.
   */
  failed?: boolean;
}

/** Looks up the request behind a commit; without one, every commit is a direct push. */
export type RequestLookup = ((commit: string) => Promise<MergeRequest>) & {
  /**
   * Of these commits, those GitHub made when it merged a pull request into the default branch,
   * asked many at a time; absent: each is looked up on its own.
   */
  madeByMerges?: (commits: string[]) => Promise<Set<string>>;
  /**
   * The repository whose pull requests it looks up (OWNER/NAME): what a run keeps of its
   * judgements is true of that repository only. Absent: nothing judged with it is kept.
   */
  source?: string;
  /**
   * Asks about these commits ahead, many at a time, so that each is then answered without a
   * request of its own; absent: each is looked up when asked. Never fails: what it could not
   * fetch is looked up when asked.
   */
  prefetch?: (commits: string[]) => Promise<void>;
};

/** The look-up a run was given; without one, every change it judges is a direct push. */
export function lookupOrDirect(lookup: RequestLookup | undefined): RequestLookup {
  return (
    lookup ?? directPushes('no pull request was looked up, so the change counts as a direct push')
  );
}

/**
 * The same look-up, throwing where it failed: for a run that would take access away on a
 * failed judgement, and must not on a guess (the caller notes it and keeps what stands).
 */
export function throwingOnFailure(lookup: RequestLookup): RequestLookup {
  const throwing: RequestLookup = async (commit) => {
    const request = await lookup(commit);
    if (request.failed === true) throw new Error(request.note ?? 'the look-up failed');
    return request;
  };
  if (lookup.madeByMerges !== undefined) throwing.madeByMerges = lookup.madeByMerges;
  if (lookup.source !== undefined) throwing.source = lookup.source;
  if (lookup.prefetch !== undefined) throwing.prefetch = lookup.prefetch;
  return throwing;
}

/** Who approved a commit, as the evidence records name it: absent for a direct push. */
export interface CommitReview {
  pullRequest?: number;
  approvers?: string[];
}

/** Rules a review satisfies: without the approvals they ask for, a change is held. */
const APPROVAL_RULES = new Set(['approval-required', 'policy-owner-approval']);
/** Taking access away is never held. */
const REMOVAL_RULES = new Set(['removal-approval']);

export interface GrantVerdict {
  commit: string;
  pullRequest?: number;
  /** The policies of the parent deny it: never provisioned, approvals or not. */
  denied: string[];
  /** It lacks the approvals the parent's rules require: held. */
  unapproved: string[];
}

export interface GateResult {
  /** By grant id: the verdict on the commit that last added or changed it, if it failed. */
  grants: Map<string, GrantVerdict>;
  /** By grant id: the commit that last added or changed it, passed or not. */
  changed: Map<string, string>;
  /** By grant id: the commit that last removed it (and nothing added it again after). */
  removedIn: Map<string, string>;
  /**
   * By commit: the pull request that merged it and whose approvals stood, for each commit
   * whose request was looked up (one that adds or changes grants or rules).
   */
  reviews: Map<string, CommitReview>;
  ruleChanges: UnapprovedRuleChange[];
  /** Notes from the request lookups (a direct push, a lookup that failed). */
  notes: string[];
}

export interface GateOptions {
  repo: string;
  from: string;
  to: string;
  accessDir: string;
  policiesDir: string;
  now: Date;
  lookup: RequestLookup;
  /**
   * Build each commit and its parent whole to find what it changed, instead of only the
   * files that differ (tests compare the two).
   */
  wholeModels?: boolean;
  /**
   * Parses shared across calls, by blob: commits judged one after another share nearly every
   * file, which is then neither read out of git nor parsed again (see approved-ends.ts).
   */
  parseCache?: ParseCache;
  /**
   * The standing of the rules along the line (rule-lineage.ts): a change judged by rules that
   * hold a change no policy owner approved passes nothing, whatever those rules say.
   */
  trust?: RuleTrust;
}

export async function judgeMerges(options: GateOptions): Promise<GateResult> {
  const result: GateResult = {
    grants: new Map(),
    changed: new Map(),
    removedIn: new Map(),
    reviews: new Map(),
    ruleChanges: [],
    notes: [],
  };
  // Most merges leave the policies alone: each distinct set is compiled once. Any beside the
  // built-in library stop at the parent's evaluation deadline: one that loops fails the run.
  // Their threads are ended when the run is judged.
  const compiled = new Map<string, Promise<PolicySet>>();
  const policiesFor = (sources: Sources, timeoutMs: number) => {
    const key = `${timeoutMs} ${JSON.stringify(sources.modules)}`;
    let set = compiled.get(key);
    if (set === undefined) {
      set = loadPolicySet({ userSources: sources, now: options.now, timeoutMs });
      compiled.set(key, set);
    }
    return set;
  };
  const changes = await steps(options.repo, options.from, options.to);
  // the pull requests of several merges are asked for many at a time where the look-up can;
  // one merge is asked for as it always was
  const asked = changes.filter((step) => step.lookup === undefined).map((step) => step.commit);
  if (asked.length > 1) await options.lookup.prefetch?.(asked);
  try {
    for (const { parent, commit, lookup } of changes) {
      const judged = await judgeCommit(
        lookup === undefined ? options : { ...options, lookup },
        parent,
        commit,
        policiesFor,
      );
      const broken = await options.trust?.at(parent);
      if (broken !== undefined) unstood(judged, commit, broken);
      if (judged.note !== undefined) result.notes.push(`${commit.slice(0, 12)}: ${judged.note}`);
      for (const id of judged.removed) {
        result.grants.delete(id);
        result.changed.delete(id);
        result.removedIn.set(id, commit);
      }
      for (const id of judged.changed) {
        result.grants.delete(id);
        result.changed.set(id, commit);
        result.removedIn.delete(id);
      }
      if (judged.review !== undefined) result.reviews.set(commit, judged.review);
      for (const [id, verdict] of judged.grants) result.grants.set(id, verdict);
      if (judged.ruleChange !== undefined) result.ruleChanges.push(judged.ruleChange);
    }
  } finally {
    await Promise.all(
      [...compiled.values()].map((set) =>
        set.then(
          (loaded) => loaded.evaluator.close?.(),
          () => undefined,
        ),
      ),
    );
  }
  return result;
}

/** Every grant a commit added or changed fails when the rules that judged it do not stand. */
function unstood(judged: CommitVerdict, commit: string, broken: UnapprovedRuleChange): void {
  const reason = `the rules that judged it hold a change no policy owner approved (${broken.commit.slice(0, 12)}), not reverted since; ${RESTORE_RULES}, and have this change approved again`;
  for (const id of judged.changed) {
    const verdict = judged.grants.get(id) ?? {
      commit,
      ...(judged.review?.pullRequest === undefined
        ? {}
        : { pullRequest: judged.review.pullRequest }),
      denied: [],
      unapproved: [],
    };
    verdict.unapproved.push(reason);
    judged.grants.set(id, verdict);
  }
}

/** One change the gate judges: `commit` against `parent`, its request looked up as given. */
interface Step {
  parent: string;
  commit: string;
  /** Instead of the run's lookup: the change is no one merge, so nobody approved it. */
  lookup?: RequestLookup;
}

/**
 * The changes from `from` to `to`: each commit `to` adds along first parents, oldest first
 * (one per merge), when that line passes through `from`. When it does not (a pushed merge
 * whose first parent is an old commit, a force push, the branch moved back), the commits on
 * the line do not add up to what `to` changed since `from`, which is what is provisioned: the
 * whole difference is judged as one direct push.
 */
async function steps(repo: string, from: string, to: string): Promise<Step[]> {
  const out = await git(repo, ['rev-list', '--first-parent', '--reverse', `${from}..${to}`]);
  const commits = out.split('\n').filter((sha) => sha !== '');
  const [first] = commits;
  const onLine =
    first === undefined
      ? from === to
      : (await resolveCommit(repo, `${first}^1`).catch(() => undefined)) === from;
  // on the line, each commit's first parent is the one before it
  if (onLine)
    return commits.map((commit, i) => ({
      parent: i === 0 ? from : (commits[i - 1] as string),
      commit,
    }));
  return [
    {
      parent: from,
      commit: to,
      lookup: directPushes(
        `the branch's first-parent line from ${to.slice(0, 12)} does not pass through ${from.slice(0, 12)}, the commit provisioned before (a merge pushed with an older first parent, a force push, or the branch moved back), so everything that differs between them is judged as one direct push`,
      ),
    },
  ];
}

interface CommitVerdict {
  grants: Map<string, GrantVerdict>;
  /** Grants the commit added or modified. */
  changed: string[];
  removed: string[];
  ruleChange?: UnapprovedRuleChange;
  note?: string;
  /** Who approved the commit, when its request was looked up. */
  review?: CommitReview;
}

async function judgeCommit(
  options: GateOptions,
  parent: string,
  commit: string,
  policiesFor: (sources: Sources, timeoutMs: number) => Promise<PolicySet>,
): Promise<CommitVerdict> {
  const accessDir = options.accessDir;
  const rules = await readBaseRules({
    workspace: options.repo,
    baseCommit: parent,
    accessDir,
    policiesDir: options.policiesDir,
  });
  // The commit's grant documents, judged by the parent's catalog and identities: the one
  // model built whole. What the commit changed is found from the files that differ from the
  // parent (src/model/touched-grants.ts), or from both sides built whole where those could
  // disagree (a rule file changed, an id held in two files).
  const shared = options.parseCache === undefined ? {} : { parseCache: options.parseCache };
  const commitFiles = await accessFilesAtRef(options.repo, commit, { accessDir, ...shared });
  const model = buildAccessModel(
    [...rules.accessFiles, ...commitFiles.filter((f) => f.relativePath.startsWith(GRANTS_PART))],
    shared,
  );
  const grantChanges =
    (options.wholeModels === true
      ? undefined
      : await grantChangesSince(options.repo, parent, commitFiles, model.documents, {
          accessDir,
          // the commit's files hold no text where the cache holds their parse
          ...shared,
        })) ?? (await wholeModelChanges(options.repo, parent, commit, { accessDir, ...shared }));
  const changed = await changedPaths(options.repo, parent, commit);
  const ruleFileList = ruleFiles(changed, accessDir);
  const ids = (type: 'added' | 'modified' | 'removed') =>
    grantChanges.filter((c) => c.change === type).map((c) => c.id);
  const added = ids('added');
  const modified = ids('modified');
  const removed = ids('removed');
  const expiry = await expiryClaim(options.repo, commit);
  const lookedUpEarly = expiry === undefined ? undefined : await options.lookup(commit);
  const expiryProblem =
    expiry === undefined || lookedUpEarly?.pullRequest !== undefined
      ? undefined
      : await expiryCommitProblem(
          await loadAccessRepositoryAtRef(options.repo, parent, { accessDir }),
          commit,
          expiry,
          (grants) =>
            approvedEnds(grants, {
              repo: options.repo,
              ref: parent,
              accessDir,
              policiesDir: options.policiesDir,
              now: expiry,
              lookup: options.lookup,
            }),
          {
            added,
            modified,
            removed,
            ruleFiles: ruleFileList,
            paths: changed.map((f) => f.path),
            accessDir,
          },
        );
  if (added.length + modified.length === 0 && ruleFileList.length === 0)
    return {
      grants: new Map(),
      changed: [],
      removed,
      ...(expiryProblem === undefined ? {} : { ruleChange: expiryProblem }),
    };

  const lookedUp = lookedUpEarly ?? (await options.lookup(commit));
  const policies = await policiesFor(rules.policies, rules.config.evaluation.timeoutSeconds * 1000);
  const input = buildPolicyInput(model, {
    now: options.now,
    changes: {
      added,
      modified,
      removed,
      files: changed.map((f) => f.path),
      ruleFiles: ruleFileList,
    },
    removed: removedGrants(grantChanges),
    request: lookedUp.request,
    config: rules.config as unknown as Record<string, unknown>,
  });
  const deny = policies.evaluator.evaluate(input, ENTRYPOINTS[0] as string)[0]?.result;
  if (!Array.isArray(deny))
    throw new Error(
      `the policies of ${parent} did not give a set of findings for deny; check ${options.policiesDir}/`,
    );
  const findings = policyFindings({ deny, warn: [] }, model, accessDir);

  const judged = new Set([...added, ...modified]);
  const grants = new Map<string, GrantVerdict>();
  for (const id of judged)
    grants.set(id, {
      commit,
      ...(lookedUp.pullRequest === undefined ? {} : { pullRequest: lookedUp.pullRequest }),
      denied: [],
      unapproved: [],
    });
  // the rules a merge brings judge nothing: a grant on a resource, role, subject or package
  // only the merge itself defines is unknown to its parent's rules, and is refused
  const records = new Map(model.grants.map((g) => [g.id, g]));
  for (const [id, verdict] of grants) {
    const record = records.get(id);
    if (record !== undefined && isResolved(record)) continue;
    const at = grantChanges.find((c) => c.id === id)?.after?.source.location;
    verdict.denied.push(
      `the grant is invalid or names a subject, resource or role the rules before ${commit.slice(0, 12)} do not know` +
        `${at === undefined ? '' : ` at ${at.file}:${at.line}:${at.column}`}; run accessctl validate`,
    );
  }
  const ruleReasons: string[] = [];
  for (const finding of findings) {
    if (REMOVAL_RULES.has(finding.rule)) continue;
    const reason = `${finding.message} (${finding.rule}, ${finding.file}:${finding.line}:${finding.column})`;
    if (finding.rule === 'policy-owner-approval') {
      ruleReasons.push(reason);
      continue;
    }
    const verdict = finding.grant === undefined ? undefined : grants.get(finding.grant);
    if (verdict === undefined) continue;
    (APPROVAL_RULES.has(finding.rule) ? verdict.unapproved : verdict.denied).push(reason);
  }
  if (lookedUp.headSha !== undefined && lookedUp.headSha !== commit) {
    const files = [...judged].map((id) => ({ id, file: records.get(id)?.source.file }));
    for (const [id, reason] of await unreviewed(options.repo, commit, lookedUp.headSha, files))
      grants.get(id)?.unapproved.push(reason);
    if (ruleReasons.length === 0)
      ruleReasons.push(
        ...(await unreviewedRules(options.repo, parent, commit, lookedUp.headSha, ruleFileList)),
      );
  }
  for (const [id, verdict] of grants)
    if (verdict.denied.length === 0 && verdict.unapproved.length === 0) grants.delete(id);
  return {
    grants,
    changed: [...judged],
    removed,
    review:
      lookedUp.pullRequest === undefined
        ? {}
        : {
            pullRequest: lookedUp.pullRequest,
            approvers: lookedUp.request.approvals.map((a) => a.reviewer),
          },
    ...(ruleReasons.length === 0
      ? expiryProblem === undefined
        ? {}
        : { ruleChange: expiryProblem }
      : {
          ruleChange: {
            commit,
            ...(lookedUp.pullRequest === undefined ? {} : { pullRequest: lookedUp.pullRequest }),
            files: ruleFileList,
            reasons: [...ruleReasons, ...(expiryProblem?.reasons ?? [])],
          },
        }),
    ...(lookedUp.note === undefined ? {} : { note: lookedUp.note }),
  };
}

/** When the commit says it is accessctl's expiry (its trailer), the instant it was committed. */
async function expiryClaim(repo: string, commit: string): Promise<Date | undefined> {
  const out = await git(repo, [
    'show',
    '-s',
    `--format=%ct%x00%(trailers:key=${EXPIRY_TRAILER},valueonly,separator=%x2C)`,
    commit,
  ]);
  const [seconds = '', trailer = ''] = out.split('\0');
  return trailer.trim() === '' ? undefined : new Date(Number(seconds.trim()) * 1000);
}

/**
 * What an expiry commit does beyond removing grants that no longer hold at its time, by its
 * parent's model (expired, held by a leaver or a contractor past contract end, by a service
 * account expired or overdue, past the end its last approved change gave), as a rule change
 * nobody approved; undefined when nothing.
 */
async function expiryCommitProblem(
  before: AccessModel,
  commit: string,
  at: Date,
  pastApprovedEnd: (grants: TracedGrant[]) => Promise<ApprovedEnds>,
  change: {
    added: string[];
    modified: string[];
    removed: string[];
    ruleFiles: string[];
    paths: string[];
    accessDir: string;
  },
): Promise<UnapprovedRuleChange | undefined> {
  const expired = new Set(findExpiry(before, at, 0).removals.map((r) => r.grant.id));
  const others = new Set(change.removed.filter((id) => !expired.has(id)));
  // only the grants it removes before their file's end have their approved end traced
  const { ended } =
    others.size === 0
      ? { ended: new Map<string, unknown>() }
      : await pastApprovedEnd(
          tracedGrants(
            before.grants.filter((g) => others.has(g.id)),
            before.documents,
          ),
        );
  const reasons: string[] = [];
  const still = [...others].filter((id) => !ended.has(id));
  if (still.length > 0)
    reasons.push(`removes grants that still held at ${at.toISOString()}: ${still.join(', ')}`);
  if (change.added.length + change.modified.length > 0)
    reasons.push(`adds or changes grants: ${[...change.added, ...change.modified].join(', ')}`);
  if (change.ruleFiles.length > 0) reasons.push(`changes ${change.ruleFiles.join(', ')}`);
  if (reasons.length === 0) return undefined;
  return {
    commit,
    files: change.ruleFiles.length > 0 ? change.ruleFiles : change.paths,
    reasons: [
      `a direct commit marked as accessctl's expiry (${EXPIRY_TRAILER}) may only remove grants that no longer hold, but it ${reasons.join('; ')}; revert it and let the expiry run or a reviewed pull request make the change`,
    ],
  };
}

/**
 * The grants whose version at `commit` is not the one at `head`, the pull request's head its
 * reviewers approved, each with why. Git merges lines, not grants: merged with other changes
 * to the same file, a request can become a grant nobody reviewed (another subject, a role
 * lowered in review, a document out of a block scalar). Approvals count for what they saw.
 */
async function unreviewed(
  repo: string,
  commit: string,
  head: string,
  grants: { id: string; file: string | undefined }[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (!(await hasCommit(repo, head)))
    await fetchCommit(repo, 'origin', head).catch(() => undefined);
  if (!(await hasCommit(repo, head))) {
    for (const { id } of grants)
      found.set(
        id,
        `its pull request's head ${head.slice(0, 12)}, which the approvals were given on, is not in this clone, so the merged version cannot be compared with what was reviewed; fetch it and run again`,
      );
    return found;
  }
  const paths = [...new Set(grants.flatMap((g) => (g.file === undefined ? [] : [g.file])))];
  const [atCommit, atHead] = await Promise.all([
    pathOids(repo, commit, paths),
    pathOids(repo, head, paths),
  ]);
  const blobs = await readBlobs(repo, [...atCommit.values(), ...atHead.values()]);
  const version = (oids: Map<string, string>, file: string, id: string) => {
    const oid = oids.get(file);
    const text = oid === undefined ? undefined : blobs.get(oid);
    if (text === undefined) return undefined;
    const doc = composeYaml(file, text).documents.find(
      (d) => isMapping(d.value) && d.value.kind === 'Grant' && d.value.id === id,
    );
    return doc === undefined ? undefined : canonical(doc.value);
  };
  for (const { id, file } of grants) {
    const merged = file === undefined ? undefined : version(atCommit, file, id);
    if (merged !== undefined && file !== undefined && merged === version(atHead, file, id))
      continue;
    found.set(
      id,
      `the merge holds a version of it that its pull request's approved head ${head.slice(0, 12)} does not (git merged the request with other changes to ${file ?? 'its file'}); merge the default branch into the request and have it approved again`,
    );
  }
  return found;
}

/**
 * Why the rule files a merge changed are not what its pull request's reviewers saw: a version
 * none of the request's commits held (git merged it with other changes to the same file), or
 * one that the default branch had changed since the request's base, which the merge then
 * combined with the request's or dropped. A version of any commit of the request counts (a
 * rebase merge lands them one by one), not only the approved head's; a head not in the clone
 * vouches for none.
 */
async function unreviewedRules(
  repo: string,
  parent: string,
  commit: string,
  head: string,
  files: string[],
): Promise<string[]> {
  if (files.length === 0) return [];
  // unreviewed() above has fetched the head when it could
  if (!(await hasCommit(repo, head)))
    return [
      `its pull request's head ${head.slice(0, 12)}, which the approvals were given on, is not in this clone, so ${files.join(', ')} cannot be compared with what was reviewed; fetch it and run again`,
    ];
  const base = (await git(repo, ['merge-base', parent, head]).catch(() => '')).trim();
  const [atCommit, atParent, atBase, held] = await Promise.all([
    pathOids(repo, commit, files),
    pathOids(repo, parent, files),
    base === '' ? new Map<string, string>() : pathOids(repo, base, files),
    versionsHeld(repo, head, parent, files),
  ]);
  const version = (oids: Map<string, string>, file: string) => oids.get(file) ?? ABSENT;
  const reviewed = (file: string) => {
    const versions = held.get(file) ?? new Set<string>();
    const before = version(atParent, file);
    return (
      versions.has(version(atCommit, file)) &&
      (versions.has(before) || (base !== '' && before === version(atBase, file)))
    );
  };
  return files
    .filter((file) => !reviewed(file))
    .map(
      (file) =>
        `${file} is not as the pull request (approved at ${head.slice(0, 12)}) showed it: the default branch changed it since the request's base, or git merged the request with other changes to it, so no policy owner approved what the merge holds; merge the default branch into the request and have it approved again`,
    );
}

/** A path's blob id where a commit does not hold the path, as `git log --raw` writes it. */
const ABSENT = '0'.repeat(40);

/**
 * By path: the blob ids the commits of `head` that `parent` lacks gave each path (ABSENT where
 * one removed it), and the version at `head`.
 */
async function versionsHeld(
  repo: string,
  head: string,
  parent: string,
  files: string[],
): Promise<Map<string, Set<string>>> {
  const [atHead, out] = await Promise.all([
    pathOids(repo, head, files),
    git(repo, [
      '--literal-pathspecs',
      'log',
      '-m',
      '-z',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '--format=',
      head,
      `^${parent}`,
      '--',
      ...files,
    ]),
  ]);
  const held = new Map(files.map((f) => [f, new Set([atHead.get(f) ?? ABSENT])]));
  // -z: ":<old mode> <new mode> <old oid> <new oid> <status>" NUL "<path>" NUL ...
  const fields = out.split('\0');
  for (let i = 0; i + 1 < fields.length; i++) {
    const meta = fields[i]?.replace(/^\n+/, '') ?? '';
    if (!meta.startsWith(':')) continue;
    const oid = meta.split(' ')[3];
    const path = fields[i + 1] ?? '';
    if (oid !== undefined) held.get(path)?.add(/^0+$/.test(oid) ? ABSENT : oid);
    i += 1;
  }
  return held;
}

/** The grant changes from `parent` to `commit`, both sides built whole. */
async function wholeModelChanges(
  repo: string,
  parent: string,
  commit: string,
  options: GitAccessOptions,
): Promise<AccessChange[]> {
  const [before, after] = await loadAccessRepositoryAtRefs(repo, [parent, commit], options);
  return diffModels(before, after).filter((c) => c.kind === 'Grant');
}

/**
 * The gate's results by change (`PARENT..COMMIT`), shared by the grants one run traces
 * (judgeGrantOrigin). Only for one run's options: the same look-up, rules' trust and instant.
 */
export type JudgedChanges = Map<string, Promise<GateResult>>;

/** Without the API, every commit is judged as a direct push: nobody approved it. */
export function directPushes(note: string): RequestLookup {
  return async () => ({
    request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
    note,
  });
}

/**
 * The gate's verdict on the change that last added or modified one grant at `ref`: the
 * first-parent commits that touched its file or the rules (catalog, identities, packages,
 * policies, config) are judged newest first until one changed it. Undefined when that change
 * passed and no rule change since lacks a policy owner's approval (one could have changed
 * what the grant gives); a verdict when either failed, or when no such change can be found (a
 * grant in the root commit has no rules to be judged by).
 *
 * A run that traces many grants gives them one `judged`: each commit is then judged once for
 * all of them (the changes to the rules since their last changes are on every grant's walk).
 */
export async function judgeGrantOrigin(
  options: Omit<GateOptions, 'from' | 'to'> & {
    ref: string;
    grantId: string;
    file: string;
    judged?: JudgedChanges;
  },
): Promise<GrantVerdict | undefined> {
  const out = await git(options.repo, [
    // a grant file's name is the requester's: `*.yaml` must name that file, not every one
    '--literal-pathspecs',
    'log',
    '--first-parent',
    '--format=%H %P',
    options.ref,
    '--',
    options.file,
    ...BASE_ACCESS_PARTS.map((part) => inAccess(options.accessDir, part)),
    options.policiesDir,
    'accessctl.yaml',
  ]);
  for (const line of out.split('\n')) {
    const [commit = '', parent] = line.split(' ');
    if (commit === '') continue;
    if (parent === undefined || parent === '')
      return {
        commit,
        denied: [],
        unapproved: [
          `it was added in the first commit (${commit.slice(0, 12)}), which no earlier rules judged`,
        ],
      };
    const key = `${parent}..${commit}`;
    let judging = options.judged?.get(key);
    if (judging === undefined) {
      judging = judgeMerges({ ...options, from: parent, to: commit });
      options.judged?.set(key, judging);
    }
    const judged = await judging;
    if (judged.changed.has(options.grantId)) return judged.grants.get(options.grantId);
    const [ruleChange] = judged.ruleChanges;
    if (ruleChange !== undefined)
      return {
        commit,
        ...(ruleChange.pullRequest === undefined ? {} : { pullRequest: ruleChange.pullRequest }),
        denied: [],
        unapproved: [
          `the rules changed without a policy owner's approval (${ruleChange.files.join(', ')}) after the grant was last changed, and what they say it gives waits until that change is approved`,
        ],
      };
  }
  return {
    commit: '',
    denied: [],
    unapproved: [`no commit of ${options.ref} that adds it was found in ${options.file}`],
  };
}
