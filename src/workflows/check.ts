// The whole-repository check: every document read and linked, then every grant judged by
// the policies, its duration measured from its start (its own starts:, or the commit that
// added or last renewed it), so what nobody changed does not turn red with time. With a
// base, what the change adds or modifies is asked for now. The pull-request check builds on it.
import { relative } from 'node:path';

import {
  DEFAULT_COMPOSE_LIMITS,
  GitError,
  ParseCache,
  compareFindings,
  grantStarts,
  loadAccessRepository,
  type AccessModel,
  type LocatedFinding,
} from '../model/index.js';
import type { WaivedFinding } from '../model/finding.js';
import { applyWaivers } from '../policy/exceptions.js';
import { policyFindings, type PolicyFinding } from '../policy/findings.js';
import { buildPolicyInput, type PolicyChanges, type PolicyRequest } from '../policy/input.js';
import { loadPolicySet, type PolicyOrigin } from '../policy/library.js';
import { evaluatePolicies } from '../policy/results.js';
import {
  changesSince,
  downgradeUntouched,
  readBaseTree,
  readRulesAt,
  type BaseChanges,
  type RulesAt,
} from './check-base.js';
// the parts of the access directory that are rules: with --base they come from REF
import { BASE_ACCESS_PARTS } from '../policy/base-rules.js';

export interface CheckOptions {
  accessDir: string;
  policiesDir?: string;
  now: Date;
  changes?: PolicyChanges;
  request?: PolicyRequest;
  config?: Record<string, unknown>;
  maxFileSize?: number;
  /** Judge only what changed since this git ref; findings elsewhere become warnings. */
  base?: string;
  /** A prebuilt bundle judges instead of the built-in library and policiesDir. */
  bundleFile?: string;
  /**
   * Keep parsed files in the git folder and reuse what an earlier run parsed (see
   * src/model/parse-cache.ts). Off unless asked: only the CLI's `check` asks. 'untrusted'
   * shares parses within the run only (a pull request's run, whose author could have
   * written the file).
   */
  parseCache?: boolean | 'untrusted';
  /** Stop a policy evaluation past this many milliseconds (the check then fails). */
  evaluationTimeoutMs?: number;
  /** Told how long each stage took, in milliseconds, as it ends. */
  onStage?: (stage: CheckStage, ms: number) => void;
}

export type CheckStage = 'load' | 'base' | 'cache' | 'policies' | 'input' | 'evaluate' | 'map';

export interface CheckResult {
  model: AccessModel;
  /** Findings of the model and of the policies, in reading order. */
  findings: LocatedFinding[];
  /** Policy findings a waiver (`exception`) set aside, in reading order. */
  exceptions: WaivedFinding[];
  /** The user's policy files compiled with the built-in library (empty: built-in only). */
  userPolicyFiles: string[];
  /** Which rules judged: the built-in library, the user's files, a bundle. */
  policies: PolicyOrigin;
  /** What the user should know about how grants were judged (e.g. no git history). */
  notes: string[];
  /** Files whose parse came from the parse cache (undefined when it was not used). */
  reusedFiles?: number;
}

/**
 * Like Promise.all, but when several fail (a base that is not a commit fails both reads
 * of it), the git error that names the problem wins over whichever happened to fail first.
 */
async function settled<T extends readonly unknown[]>(
  values: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(values);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) throw failures.find((f) => f instanceof GitError) ?? failures[0];
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/** What the policies of a check are given, and what it was built from. */
export interface CheckInput {
  model: AccessModel;
  /** The input document, exactly as the policies evaluate it. */
  input: unknown;
  since?: BaseChanges;
  rules?: RulesAt;
  parseCache?: ParseCache;
  /** What the judging could not know (outside git, a shallow clone), for the user. */
  notes: string[];
}

type Lap = (stage: CheckStage) => void;

/**
 * The input document a check evaluates (`accessctl input` prints it): the repository read
 * and linked, and with a base, what changed since it and the base's config.
 */
export async function buildCheckInput(
  options: CheckOptions,
  lap: Lap = () => undefined,
  whileReading: (rules: RulesAt | undefined) => void = () => undefined,
): Promise<CheckInput> {
  // Git is asked about the cache and the base while this process reads the cache file.
  const [parseCache, baseTree, rules] = await settled([
    options.parseCache === true || options.parseCache === 'untrusted'
      ? ParseCache.open(options.accessDir, DEFAULT_COMPOSE_LIMITS, {
          trusted: options.parseCache === true,
        })
      : undefined,
    options.base === undefined
      ? undefined
      : readBaseTree(options.accessDir, options.base, { maxFileSize: options.maxFileSize }),
    // With --base, REF's rules judge (as in a pull request); a bundle is taken as given.
    options.base === undefined
      ? undefined
      : readRulesAt(
          options.accessDir,
          options.bundleFile === undefined ? options.policiesDir : undefined,
          options.base,
        ),
  ]);
  // The caller may start work that needs the base's rules (loading the policies) while
  // the repository is read.
  whileReading(rules);
  const model = await loadAccessRepository(options.accessDir, {
    maxFileSize: options.maxFileSize,
    parseCache,
    ...(rules === undefined
      ? {}
      : { replace: { parts: BASE_ACCESS_PARTS, files: rules.accessFiles } }),
  });
  lap('load');
  const since = baseTree === undefined ? undefined : changesSince(model, baseTree);
  if (since !== undefined) lap('base');
  if (parseCache !== undefined) {
    parseCache.save();
    lap('cache');
  }
  // Git says when each grant started (the policies are loading meanwhile).
  const history = await grantStarts(model, options.accessDir, options.now);
  const input = buildPolicyInput(model, {
    ...options,
    starts: history.starts,
    changes: since?.changes ?? options.changes,
    ...(rules === undefined ? {} : { config: rules.config as unknown as Record<string, unknown> }),
  });
  lap('input');
  return {
    model,
    input,
    ...(since === undefined ? {} : { since }),
    ...(rules === undefined ? {} : { rules }),
    ...(parseCache === undefined ? {} : { parseCache }),
    notes: history.notes,
  };
}

export async function checkRepository(options: CheckOptions): Promise<CheckResult> {
  let started = performance.now();
  const lap = (stage: CheckStage) => {
    const now = performance.now();
    options.onStage?.(stage, now - started);
    started = now;
  };
  // A builtin that fails must fail the check: as undefined it would silently pass a grant.
  const strictBuiltinErrors = true;
  // The policies load while the repository is read: under a deadline they start a thread
  // of their own, whose start-up then overlaps the reading instead of following it.
  let loadingPolicies: ReturnType<typeof loadPolicySet> | undefined;
  const { model, input, since, rules, parseCache, notes } = await buildCheckInput(
    options,
    lap,
    (rules) => {
      loadingPolicies = loadPolicySet({
        policiesDir: options.policiesDir,
        bundleFile: options.bundleFile,
        ...(rules?.policies === undefined ? {} : { userSources: rules.policies }),
        now: options.now,
        strictBuiltinErrors,
        timeoutMs: options.evaluationTimeoutMs,
      });
      // Awaited below; a failure to read the repository is reported first.
      loadingPolicies.catch(() => {});
    },
  );
  const policies = await (loadingPolicies as ReturnType<typeof loadPolicySet>);
  lap('policies');
  const results = await evaluatePolicies(policies.evaluator, input, {
    sources: policies.sources,
    now: options.now,
    strictBuiltinErrors,
  });
  lap('evaluate');
  const waived = applyWaivers(policyFindings(results, model, options.accessDir), results.waivers);
  const fromPolicies = waived.kept;
  const merged = [...(rules?.edits ?? []), ...mergeRestatements(model.findings, fromPolicies)];
  const findings =
    since === undefined ? merged : downgradeUntouched(merged, since, options.base as string);
  findings.sort(compareFindings);
  lap('map');
  return {
    model,
    findings,
    exceptions: waived.waived.sort(compareFindings),
    userPolicyFiles: policies.origin.userFiles.map((f) => relative(process.cwd(), f)),
    policies: policies.origin,
    notes,
    ...(parseCache === undefined ? {} : { reusedFiles: parseCache.reused }),
  };
}

/**
 * Policy rules that restate a check the model already makes. The policies keep them, so
 * a repository judged by policies alone is still covered; here one finding per problem
 * is shown: the more severe, and the model's (which names the alternatives) on a tie.
 */
export const MODEL_EQUIVALENT: Record<string, string[]> = {
  'role-exists': ['unknown-role'],
  'role-requires': ['missing-field'],
  'leaver-has-grant': ['leaver-has-grant'],
  'resource-owner': ['unknown-owner', 'leaver-is-owner'],
  'service-account-owner': ['unknown-owner', 'leaver-is-owner'],
};

function mergeRestatements(
  fromModel: LocatedFinding[],
  fromPolicies: PolicyFinding[],
): LocatedFinding[] {
  const dropped = new Set<LocatedFinding>();
  for (const policy of fromPolicies) {
    const same = fromModel.find(
      (m) =>
        MODEL_EQUIVALENT[policy.rule]?.includes(m.rule) === true &&
        m.file === policy.file &&
        m.line === policy.line,
    );
    if (same === undefined) continue;
    dropped.add(same.severity === 'warning' && policy.severity === 'error' ? same : policy);
  }
  return [...fromModel, ...fromPolicies].filter((f) => !dropped.has(f));
}
