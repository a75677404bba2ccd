// The pull-request check: a pull request's grants judged by the rules of its base commit,
// with the request facts (author, labels, standing approvals) from the API. It evaluates
// and returns a report; publishing it (check run, comment, summary) is the Action's job.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { CONFIG_FILE, DEFAULT_CONFIG, type AccessConfig } from '../../config/config.js';
import {
  DEFAULT_COMPOSE_LIMITS,
  ParseCache,
  compareFindings,
  readBaseSnapshot,
  type RulesStanding,
  type SnapshotOutcome,
  type AccessModel,
  type GrantRecord,
} from '../../model/index.js';
import { policyFindings } from '../../policy/findings.js';
import { buildPolicyInput, removedGrants, teamDescendants } from '../../policy/input.js';
import { applyWaivers, readWaivers } from '../../policy/exceptions.js';
import { ENTRYPOINTS, EXCEPTION_ENTRYPOINT, loadPolicySet } from '../../policy/library.js';
import type {
  GrantRow,
  GrantVerdict,
  PrReport,
  ReportFinding,
} from '../../report/pull-request/report.js';
import { normalise, readBaseRules } from '../../policy/base-rules.js';
import { CODEOWNERS_FILE, renderCodeowners } from './codeowners.js';
import { loadJudgedModel, type JudgedModel } from './judged-model.js';
import type { RequestFacts } from './request.js';
import { RESTORE_RULES } from '../provision/rule-lineage.js';

export interface PullRequestCheckOptions {
  workspace: string;
  accessDir: string;
  policiesDir: string;
  request: RequestFacts;
  /** The organisation, for the CODEOWNERS comparison (teams are @ORG/SLUG). */
  org: string;
  now: Date;
  /**
   * Share parsed files between the run's three models (default true). Never read from or
   * written to disk: the pull request's own runs could have written it.
   */
  parseCache?: boolean;
  /**
   * Take the base's parsed files from a verified base snapshot in the repository's git folder
   * when there is one (default true); see src/model/base-snapshot.ts.
   */
  snapshot?: boolean;
  /**
   * Stop a policy evaluation that runs past the base config's `evaluation.timeoutSeconds`,
   * failing the check. The Action sets it; without it the policies run in this thread.
   */
  evaluationDeadline?: boolean;
}

export async function checkPullRequest(options: PullRequestCheckOptions): Promise<PrReport> {
  const accessDir = normalise(options.accessDir);
  const policiesDir = normalise(options.policiesDir);
  const base = await readBaseRules({
    workspace: options.workspace,
    baseCommit: options.request.baseSha,
    accessDir,
    policiesDir,
  });
  const config = withDirectories(base.config, accessDir, policiesDir);
  // the snapshot is read while git lists the work tree's blobs for the cache
  const [baseSnapshot, opened] = await Promise.all([
    options.snapshot === false
      ? ({ status: 'none', reason: 'base snapshots were not asked for' } as SnapshotOutcome)
      : readBaseSnapshot(
          { repo: options.workspace, accessDir, policiesDir },
          base.commit,
          base.config.snapshot.publicKey,
        ),
    options.parseCache === false && options.snapshot === false
      ? undefined
      : ParseCache.open(join(options.workspace, accessDir), DEFAULT_COMPOSE_LIMITS, {
          trusted: false,
        }),
  ]);
  // A snapshot signed by a default-branch run carries the base's policies compiled, when
  // they have files of their own: loaded as they are, where compiling them took 0.65 s.
  const loadPolicies = () =>
    loadPolicySet({
      userSources: base.policies,
      now: options.now,
      timeoutMs:
        options.evaluationDeadline === true ? config.evaluation.timeoutSeconds * 1000 : undefined,
      ...(baseSnapshot.policies === undefined ? {} : { compiled: baseSnapshot.policies }),
    });
  // Policies of its own load while the model is read (3.4 s became 3.2 s on 100,000 grants,
  // medians of seven alternated runs, when they were compiled here). The built-in library
  // alone is prebuilt and loads after, in milliseconds: early, it only added about 150 MiB to
  // the peak. Awaited below; a failure to read the request is reported first.
  const loadingEarly = base.policies.modules.length > 0 ? loadPolicies() : undefined;
  loadingEarly?.catch(() => {});
  if (baseSnapshot.entries !== undefined) opened?.adopt(baseSnapshot.entries);
  const parseCache =
    options.parseCache === false && baseSnapshot.entries === undefined ? undefined : opened;
  const judged = await loadJudgedModel({
    workspace: options.workspace,
    accessDir,
    baseCommit: base.commit,
    baseAccessFiles: base.accessFiles,
    parseCache,
  });
  const policies = await (loadingEarly ?? loadPolicies());
  const { request } = options;
  const input = buildPolicyInput(judged.model, {
    now: options.now,
    changes: judged.changes,
    removed: removedGrants(judged.grantChanges),
    request: {
      author: request.author,
      labels: request.labels,
      labelActors: request.labelActors,
      approvals: request.approvals,
      pushers: request.pushers,
    },
    config: config as unknown as Record<string, unknown>,
  });
  const entrypoints = [...ENTRYPOINTS, EXCEPTION_ENTRYPOINT].filter((e) =>
    policies.evaluator.entrypoints.includes(e),
  );
  const results = policies.evaluator.evaluateEach(input, entrypoints);
  const [deny, warn, exception = []] = entrypoints.map((entrypoint, i) => {
    const value = results[i]?.[0]?.result ?? (entrypoint === EXCEPTION_ENTRYPOINT ? [] : undefined);
    if (!Array.isArray(value))
      throw new Error(
        `the policies' ${entrypoint} did not give a set of findings; check the base commit's ${policiesDir}/`,
      );
    return value;
  }) as [unknown[], unknown[], unknown[]?];
  // the base's waivers only: a waiver the pull request adds is a rule change, not yet in force
  const waived = applyWaivers(
    policyFindings({ deny, warn }, judged.model, accessDir),
    readWaivers(exception),
  );

  const guarded = config.separation.paths;
  const editedRuleFiles = judged.changes.files.filter(
    (f) =>
      judged.changes.ruleFiles?.includes(f) === true ||
      guarded.some((prefix) => f.startsWith(prefix)),
  );
  const findings = scope(
    dedupe([
      ...judged.model.findings,
      ...waived.kept,
      ...codeownersFindings(options, judged.model, config, accessDir, policiesDir),
      ...judged.behind.map((file) => behindFinding(file, base.commit)),
      ...heldByTheBase(judged, baseSnapshot.rules),
    ]),
    judged,
  )
    .map((f) => (existsSync(join(options.workspace, f.file)) ? f : { ...f, deleted: true }))
    .sort(compareFindings);

  const grants = grantRows(judged, findings, countedReviewers(request, config));
  // a grant nothing judged never passes, even where no finding names its file
  for (const row of grants)
    if (
      row.verdict === 'not judged' &&
      !findings.some((f) => f.severity === 'error' && !f.preexisting && f.file === row.file)
    )
      findings.push(
        unjudgedFinding(
          row,
          judged.grantChanges.find((c) => c.id === row.id)?.after?.source.location,
          accessDir,
        ),
      );
  findings.sort(compareFindings);
  const denied = findings.filter((f) => f.severity === 'error').length;
  return {
    verdict: denied > 0 ? 'fail' : 'pass',
    denied,
    warnings: findings.length - denied,
    pullRequest: {
      number: request.number,
      author: request.author,
      headSha: request.headSha,
      labels: request.labels,
    },
    judgedBy: {
      baseCommit: base.commit,
      policyFiles: policies.origin.userFiles,
      editedRuleFiles,
    },
    baseModel: {
      snapshot: options.snapshot === false ? 'off' : baseSnapshot.status,
      reason: baseSnapshot.reason,
    },
    reviewers: request.approvals.map((a) => {
      const ignored = ignoredBecause(a, request, config);
      return { reviewer: a.reviewer, ...(ignored === undefined ? {} : { ignored }) };
    }),
    grants,
    findings,
    ...(waived.waived.length === 0 ? {} : { exceptions: waived.waived.sort(compareFindings) }),
    nextSteps: nextSteps(findings, request, config, editedRuleFiles),
  };
}

/** The default guarded paths follow the folders the Action was told about. */
function withDirectories(
  config: AccessConfig,
  accessDir: string,
  policiesDir: string,
): AccessConfig {
  const defaults = DEFAULT_CONFIG.separation.paths;
  const paths = config.separation.paths;
  if (paths.length !== defaults.length || paths.some((p, i) => p !== defaults[i])) return config;
  return {
    ...config,
    separation: { paths: [`${policiesDir}/`, `${accessDir}/catalog/`, CONFIG_FILE] },
  };
}

/**
 * Findings on what this pull request did not touch are marked `preexisting`, and its errors
 * shown as warnings: one old bad grant must not block every unrelated request, and the report
 * counts them apart from the change. What it changed keeps its severity.
 */
function scope(findings: ReportFinding[], judged: JudgedModel): ReportFinding[] {
  const changedGrants = new Set([
    ...judged.changes.added,
    ...judged.changes.modified,
    ...judged.changes.removed,
  ]);
  const changedFiles = new Set(judged.changes.files);
  return findings.map((f) => {
    const touched =
      f.grant !== undefined
        ? changedGrants.has(f.grant)
        : changedFiles.has(f.file) || isRequestRule(f);
    return touched ? f : { ...f, severity: 'warning', preexisting: true };
  });
}

/**
 * What provisioning would hold because the base's rules do not stand, as the default branch's
 * run that signed the snapshot judged them (rule-lineage.ts): every grant the request adds or
 * modifies. Said before the merge, where it can still be acted on; removals and changes to
 * the rules (the revert that restores them) are not held, and get nothing here. Without a
 * snapshot that says so, nothing is said: provisioning still judges.
 */
function heldByTheBase(judged: JudgedModel, rules: RulesStanding | undefined): ReportFinding[] {
  if (rules?.stand !== false) return [];
  return judged.grantChanges
    .filter((change) => change.change !== 'removed' && change.after !== undefined)
    .map((change) => {
      const at = change.after?.source.location;
      return {
        rule: 'base-rules-not-approved',
        severity: 'error',
        message: `the rules of the base do not stand: ${rules.commit.slice(0, 7)} changed them without a policy owner's approval (${rules.reasons.join('; ')}), so provisioning would hold this grant once merged; ${RESTORE_RULES}, then run this check again`,
        file: at?.file ?? '',
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        grant: change.id,
      };
    });
}

/**
 * A request file the base branch changed too: git would merge the two versions line by line
 * into one this check never judged (a grant that neither side held), so it fails until the
 * request is brought up to date.
 */
function behindFinding(file: string, base: string): ReportFinding {
  return {
    rule: 'branch-behind',
    severity: 'error',
    message: `the base branch changed this file (at ${base.slice(0, 7)}) since the request branched off, so merging would combine both versions into one this check did not judge; merge the base branch into the request (or rebase it) and push`,
    file,
    line: 1,
    column: 1,
  };
}

/** The finding that fails a changed grant the policies never saw. */
function unjudgedFinding(
  row: GrantRow,
  at: { file: string; line: number; column: number } | undefined,
  accessDir: string,
): ReportFinding {
  return {
    rule: 'grant-not-judged',
    severity: 'error',
    message: `grant ${row.id} is not among the grant documents the policies judge (a Grant outside ${accessDir}/grants/, say), so it cannot pass; move it into a file under ${accessDir}/grants/`,
    file: at?.file ?? row.file,
    line: at?.line ?? row.line,
    column: at?.column ?? 1,
    grant: row.id,
  };
}

/** Rules about the request itself, not about a file: always the request's own problem. */
function isRequestRule(f: ReportFinding): boolean {
  return f.rule === 'policy-owner-approval';
}

function dedupe(findings: ReportFinding[]): ReportFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** CODEOWNERS is compared only when the repository keeps one: a warning, never a failure. */
function codeownersFindings(
  options: PullRequestCheckOptions,
  model: AccessModel,
  config: AccessConfig,
  accessDir: string,
  policiesDir: string,
): ReportFinding[] {
  const path = join(options.workspace, CODEOWNERS_FILE);
  if (!existsSync(path)) return [];
  let expected: string;
  try {
    expected = renderCodeowners(model, {
      org: options.org,
      policyOwners: config.policyOwners,
      accessDir,
      policiesDir,
      configFile: CONFIG_FILE,
    });
  } catch {
    return [];
  }
  if (readFileSync(path, 'utf8') === expected) return [];
  return [
    {
      rule: 'codeowners-stale',
      severity: 'warning',
      message:
        'CODEOWNERS does not match the catalog, so GitHub may ask the wrong people to review; ' +
        `run \`accessctl codeowners --org ${options.org}\` and commit ${CODEOWNERS_FILE}`,
      file: CODEOWNERS_FILE,
      line: 1,
      column: 1,
    },
  ];
}

/** Why an approval does not count for the request at all; the policies apply the same rule. */
function ignoredBecause(
  approval: RequestFacts['approvals'][number],
  request: RequestFacts,
  config: AccessConfig,
): string | undefined {
  const login = approval.reviewer.toLowerCase();
  if (login === request.author.toLowerCase()) return 'the author’s own approval never counts';
  if (request.pushers.includes(login)) return 'pushed commits to this pull request';
  if (approval.stale && !config.approvals.allowStale) return 'given before the last push';
  return undefined;
}

/** Lower-cased logins whose approval counts for the request (a grant's subject aside). */
function countedReviewers(request: RequestFacts, config: AccessConfig): Set<string> {
  return new Set(
    request.approvals
      .filter((a) => ignoredBecause(a, request, config) === undefined)
      .map((a) => a.reviewer.toLowerCase()),
  );
}

function grantRows(
  judged: JudgedModel,
  findings: ReportFinding[],
  counted: Set<string>,
): GrantRow[] {
  // the changed grants only, the last of two with one id as a map of all would hold
  const changed = new Set(judged.grantChanges.map((c) => c.id));
  const byId = new Map<string, GrantRecord>();
  for (const g of judged.model.grants) if (changed.has(g.id)) byId.set(g.id, g);
  const teams = new Map(judged.model.teams.map((t) => [t.id, t]));
  const descendants = teamDescendants(judged.model);
  const ownerLogins = (refs: string[]): Set<string> => {
    const logins = new Set<string>();
    for (const ref of refs) {
      if (ref.startsWith('user:')) logins.add(ref.slice(5).toLowerCase());
      const team = ref.startsWith('team:') ? teams.get(ref.slice(5)) : undefined;
      for (const login of [...(team?.members ?? []), ...(team?.maintainers ?? [])])
        logins.add(login.toLowerCase());
    }
    return logins;
  };
  return judged.grantChanges.map((change): GrantRow => {
    const grant = change.change === 'removed' ? undefined : byId.get(change.id);
    const record = (grant ?? change.before?.record) as GrantRecord | undefined;
    // a package grant answers to the owners of its package at the base, who approved it once
    const pkg =
      record?.package === undefined
        ? undefined
        : judged.model.packages.find((p) => p.id === record.package);
    const owners =
      (record?.package === undefined ? record?.resolved?.resource.owners : pkg?.owners) ?? [];
    const parts = record?.parts ?? [];
    const logins = ownerLogins(owners);
    // nobody approves access for themselves, nor for a team above their own
    const beneficiaries =
      record === undefined
        ? new Set<string>()
        : ownerLogins([
            record.subject,
            ...(record.subject.startsWith('team:')
              ? (descendants.get(record.subject.slice(5)) ?? []).map((id) => `team:${id}`)
              : []),
          ]);
    const location = grant?.source.locate('') ??
      change.after?.source.location ?? { file: change.before?.file ?? '', line: 1 };
    const mine = findings.filter((f) => f.grant === change.id && !f.preexisting);
    // an error on the grant's file that names no grant: it did not parse, or names nothing known
    const unjudged =
      change.change !== 'removed' &&
      (grant === undefined ||
        findings.some(
          (f) =>
            f.grant === undefined &&
            f.severity === 'error' &&
            !f.preexisting &&
            f.file === location.file &&
            !APPROVAL_RULES.has(f.rule),
        ));
    return {
      id: change.id,
      change: change.change,
      subject: record?.subject ?? '',
      resource:
        record?.package === undefined ? (record?.resource ?? '') : `package:${record.package}`,
      role:
        record?.package === undefined
          ? (record?.role ?? '')
          : parts.map((p) => `${p.role} on ${p.resource}`).join(', '),
      risk:
        record?.package === undefined
          ? (record?.resolved?.role.risk ?? 'unknown')
          : riskiest(parts.map((p) => p.resolved?.role.risk)),
      expires: record?.expires ?? '',
      owners,
      approvals: [...counted]
        .filter((login) =>
          change.change === 'removed'
            ? logins.has(login) || beneficiaries.has(login)
            : logins.has(login) && !beneficiaries.has(login),
        )
        .sort(),
      verdict: unjudged
        ? 'not judged'
        : change.change === 'removed' && mine.length === 0
          ? 'removed'
          : verdictOf(mine),
      file: location.file,
      line: location.line,
    };
  });
}

const RISKS = ['low', 'medium', 'high', 'critical'] as const;

/** The riskiest role of a package grant; unknown when any part did not resolve. */
function riskiest(risks: (string | undefined)[]): string {
  const ranks = risks.map((r) => RISKS.indexOf(r as (typeof RISKS)[number]));
  if (ranks.length === 0 || ranks.some((rank) => rank < 0)) return 'unknown';
  return RISKS[Math.max(...ranks)] ?? 'unknown';
}

/** Rules a review can satisfy: the request is right, it only lacks the right approvals. */
const APPROVAL_RULES = new Set(['approval-required', 'removal-approval', 'policy-owner-approval']);

function verdictOf(findings: ReportFinding[]): GrantVerdict {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.some((f) => !APPROVAL_RULES.has(f.rule))) return 'denied';
  if (errors.length > 0) return 'needs approval';
  return findings.length > 0 ? 'warnings' : 'passes';
}

function nextSteps(
  findings: ReportFinding[],
  request: RequestFacts,
  config: AccessConfig,
  editedRuleFiles: string[],
): string[] {
  const steps: string[] = [];
  const errors = findings.filter((f) => f.severity === 'error');
  for (const f of errors.filter((e) => !APPROVAL_RULES.has(e.rule)))
    steps.push(`Fix ${f.rule} at ${f.file}:${f.line}: ${f.message}`);
  for (const f of errors.filter(
    (e) => e.rule === 'approval-required' || e.rule === 'removal-approval',
  ))
    steps.push(`Get an approving review for ${f.grant ?? f.file}: ${f.message}`);
  if (errors.some((e) => e.rule === 'policy-owner-approval'))
    steps.push(
      `Get an approving review from a policy owner (${config.policyOwners.join(', ') || 'none configured: set policyOwners in accessctl.yaml'}).`,
    );
  const stale = request.approvals.filter((a) => a.stale && !config.approvals.allowStale);
  if (stale.length > 0 && errors.length > 0)
    steps.push(
      `Approvals by ${stale.map((a) => a.reviewer).join(', ')} were given before the last push and no longer count; ask for a new review.`,
    );
  if (editedRuleFiles.length > 0)
    steps.push(
      'This pull request edits the rules; it is judged by the rules of its base commit, and the edits apply only after it is merged.',
    );
  if (steps.length === 0) steps.push('Nothing: the request meets every rule.');
  return steps;
}
