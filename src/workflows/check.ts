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
  const findings = [...model.findings, ...policyFindings({ deny, warn }, model, options.accessDir)];
  return {
    model,
    findings: dedupe(findings).sort(compareFindings),
    userPolicyFiles: policies.origin.userFiles.map((f) => relative(process.cwd(), f)),
  };
}

/** The model and a policy may report the same thing (a leaver's grant): say it once. */
function dedupe(findings: PolicyFinding[]): PolicyFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
