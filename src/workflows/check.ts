// The whole-repository check: every document read and linked, then every grant judged by
// the policies as if it were being asked for now. The pull-request check builds on it.
import { relative } from 'node:path';

import { compareFindings, loadAccessRepository, type AccessModel } from '../model/index.js';
import { policyFindings, type PolicyFinding } from '../policy/findings.js';
import { buildPolicyInput, type PolicyChanges, type PolicyRequest } from '../policy/input.js';
import { ENTRYPOINTS, loadPolicySet } from '../policy/library.js';

export interface CheckOptions {
  accessDir: string;
  policiesDir?: string;
  now: Date;
  changes?: PolicyChanges;
  request?: PolicyRequest;
  config?: Record<string, unknown>;
  maxFileSize?: number;
}

export interface CheckResult {
  model: AccessModel;
  /** Findings of the model and of the policies, in reading order. */
  findings: PolicyFinding[];
  /** The user's policy files compiled with the built-in library (empty: built-in only). */
  userPolicyFiles: string[];
}

export async function checkRepository(options: CheckOptions): Promise<CheckResult> {
  const model = await loadAccessRepository(options.accessDir, { maxFileSize: options.maxFileSize });
  const policies = await loadPolicySet({ policiesDir: options.policiesDir, now: options.now });
  const input = buildPolicyInput(model, options);
  const [deny, warn] = ENTRYPOINTS.map((entrypoint) => {
    const results = policies.evaluator.evaluate(input, entrypoint);
    const value = results[0]?.result;
    return Array.isArray(value) ? value : [];
  }) as [unknown[], unknown[]];
  const fromPolicies = policyFindings({ deny, warn }, model, options.accessDir);
  const findings = [...model.findings, ...fromPolicies.filter((f) => !saidByModel(f, model))];
  return {
    model,
    findings: findings.sort(compareFindings),
    userPolicyFiles: policies.origin.userFiles.map((f) => relative(process.cwd(), f)),
  };
}

/**
 * Policy rules that restate a check the model already makes. The policies keep them, so
 * a repository judged by policies alone is still covered; here the model's finding,
 * which names the alternatives, is the one shown.
 */
const MODEL_EQUIVALENT: Record<string, string> = {
  'role-exists': 'unknown-role',
  'role-requires': 'missing-field',
  'leaver-has-grant': 'leaver-has-grant',
};

function saidByModel(finding: PolicyFinding, model: AccessModel): boolean {
  const rule = MODEL_EQUIVALENT[finding.rule];
  return (
    rule !== undefined &&
    model.findings.some(
      (m) => m.rule === rule && m.file === finding.file && m.line === finding.line,
    )
  );
}
