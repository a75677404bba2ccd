// Waivers: conftest's `exception` rule, scoped to one grant. Conftest evaluates one input
// document at a time, so its `exception contains rules` lists rule names to skip for that
// document. Here one input holds the whole repository, so each element names the grant it
// is for as well:
//
//   exception contains {"grant": "ci-deployer-prod", "rules": ["max-duration"], "reason": "..."} if true
//
// A finding a policy gives about that grant, from one of those rules, is then reported as
// an exception (counted apart) instead of an error or warning. Only policy findings that
// name a grant can be waived: the model's own checks (schema, references, duplicates) and
// findings about the request itself are never waived.
//
// Who could abuse it: whoever can edit the policies. A waiver lives in the policies folder,
// so adding one is a rule change: the pull-request check judges it by the base commit's
// rules (where the waiver does not exist yet) and requires a policy owner's approval, never
// the author's own. A waiver takes effect only once merged with that approval.
import type { LocatedFinding, WaivedFinding } from '../model/finding.js';
import { PolicyResultError } from './errors.js';

export interface Waiver {
  grant: string;
  rules: string[];
  reason: string;
}

/** The elements of `exception`, checked: each must be {grant, rules, reason}. */
export function readWaivers(values: unknown[]): Waiver[] {
  return values.map((value) => {
    const item =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    const rules = item?.rules;
    if (
      item === undefined ||
      typeof item.grant !== 'string' ||
      item.grant === '' ||
      !Array.isArray(rules) ||
      rules.length === 0 ||
      !rules.every((r) => typeof r === 'string' && r !== '') ||
      typeof item.reason !== 'string' ||
      item.reason.trim() === ''
    )
      throw new PolicyResultError(
        `exception gave ${show(value)}; each waiver names one grant, the rules it waives and why: ` +
          `exception contains {"grant": "GRANT-ID", "rules": ["RULE"], "reason": "why this grant may break the rule"} if true`,
      );
    return { grant: item.grant, rules: rules as string[], reason: item.reason };
  });
}

/** Splits the policies' findings into those that stand and those a waiver sets aside. */
export function applyWaivers<F extends LocatedFinding & { grant?: string }>(
  findings: F[],
  waivers: Waiver[],
): { kept: F[]; waived: WaivedFinding[] } {
  const kept: F[] = [];
  const waived: WaivedFinding[] = [];
  for (const f of findings) {
    const waiver =
      f.grant === undefined
        ? undefined
        : waivers.find((w) => w.grant === f.grant && w.rules.includes(f.rule));
    if (waiver === undefined) kept.push(f);
    else waived.push({ ...f, grant: waiver.grant, reason: waiver.reason });
  }
  return { kept, waived };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
