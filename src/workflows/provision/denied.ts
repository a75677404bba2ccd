// The policies of the commit being provisioned, evaluated on that commit: a merge can bypass
// the pull-request check and a repository can drift from its policies, so nothing is
// provisioned on the strength of a check that ran elsewhere.
import type { AccessConfig } from '../../config/config.js';
import type { AccessModel } from '../../model/index.js';
import { policyFindings } from '../../policy/findings.js';
import { buildPolicyInput, type PolicyChanges } from '../../policy/input.js';
import { ENTRYPOINTS, loadPolicySet } from '../../policy/library.js';
import { readBaseRules } from '../../policy/base-rules.js';

export interface DeniedOptions {
  repo: string;
  commit: string;
  accessDir: string;
  policiesDir: string;
  now: Date;
  /** The access repository at `commit`. */
  head: AccessModel;
  /** What the policies are told changed; only grants added or modified are judged. */
  changes: PolicyChanges;
}

export interface Denied {
  /** Reasons by grant id, each ending in file:line:column. */
  denied: Map<string, string[]>;
  /** The commit's accessctl.yaml, read with its policies. */
  config: AccessConfig;
}

export async function deniedGrants(options: DeniedOptions): Promise<Denied> {
  const rules = await readBaseRules({
    workspace: options.repo,
    baseCommit: options.commit,
    accessDir: options.accessDir,
    policiesDir: options.policiesDir,
  });
  const policies = await loadPolicySet({
    userSources: rules.policies,
    now: options.now,
    timeoutMs: rules.config.evaluation.timeoutSeconds * 1000,
  });
  const input = buildPolicyInput(options.head, {
    now: options.now,
    changes: options.changes,
    config: rules.config as unknown as Record<string, unknown>,
  });
  const [deny] = ENTRYPOINTS.map((entrypoint) => {
    const value = policies.evaluator.evaluate(input, entrypoint)[0]?.result;
    if (!Array.isArray(value))
      throw new Error(
        `the policies' ${entrypoint} at ${options.commit} did not give a set of findings; check policies/`,
      );
    return value;
  }) as [unknown[], unknown[]];
  const judged = new Set([...options.changes.added, ...options.changes.modified]);
  const denied = new Map<string, string[]>();
  for (const finding of policyFindings({ deny, warn: [] }, options.head, options.accessDir)) {
    if (finding.grant === undefined || !judged.has(finding.grant)) continue;
    const reasons = denied.get(finding.grant) ?? [];
    reasons.push(
      `${finding.message} (${finding.rule}, ${finding.file}:${finding.line}:${finding.column})`,
    );
    denied.set(finding.grant, reasons);
  }
  return { denied, config: rules.config };
}
