// The whole-repository check: every document read and linked, then every grant judged by
// the policies, its duration measured from its start (its own starts:, or the commit that
// added or last renewed it), so what nobody changed does not turn red with time. With a
// base, what the change adds or modifies is asked for now.
import { relative } from 'node:path';

import { boundHeapGrowth } from '../heap-growth.js';
import { compareFindings, type AccessModel, type LocatedFinding } from '../../model/index.js';
import type { WaivedFinding } from '../../model/finding.js';
import { applyWaivers } from '../../policy/exceptions.js';
import { policyFindings, type PolicyFinding } from '../../policy/findings.js';
import { loadPolicySet, type PolicyOrigin } from '../../policy/library.js';
import { evaluatePolicies } from '../../policy/results.js';
import { buildCheckInput, type CheckOptions, type CheckStage } from './input.js';
import { downgradeUntouched } from './untouched-findings.js';

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
 * With a base, the check builds its model, the parse cache, the base's side and the
 * policies' input side by side, and leaves much short-lived garbage beside them: its heap's
 * growth is bounded while it runs (see boundHeapGrowth). Without one the peak is the
 * policies' memory more than the heap, and bounding it only costs collections.
 */
export async function checkRepository(options: CheckOptions): Promise<CheckResult> {
  const release = options.base === undefined ? () => undefined : boundHeapGrowth();
  try {
    return await judgeRepository(options);
  } finally {
    release();
  }
}

async function judgeRepository(options: CheckOptions): Promise<CheckResult> {
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
