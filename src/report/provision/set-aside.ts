// The sections under a plan, provision or reconcile report that name the grants a run left
// alone and why: refused by the policies, beyond every provisioner, or unreadable.
import type { SetAside, Unreadable } from '../../provisioners/outcome.js';

export interface SetAsides {
  refused: SetAside[];
  skipped: SetAside[];
  unreadable: Unreadable[];
}

/** The headings say what the refusal and the unreadable state mean for this command. */
export function setAsideLines(
  plan: SetAsides,
  headings: { refused: string; unreadable: string },
): string[] {
  const lines: string[] = [];
  if (plan.refused.length > 0) {
    lines.push(`\n${headings.refused}:\n`);
    for (const r of plan.refused) lines.push(`  ${r.grantId}: ${r.reasons.join('; ')}\n`);
  }
  if (plan.skipped.length > 0) {
    lines.push('\nNot provisioned (no provisioner can carry them out):\n');
    for (const s of plan.skipped) lines.push(`  ${s.grantId}: ${s.reasons.join('; ')}\n`);
  }
  if (plan.unreadable.length > 0) {
    lines.push(`\n${headings.unreadable}:\n`);
    // a resource whose holders could not be listed has no grant, only its label
    for (const u of plan.unreadable)
      lines.push(`  ${u.grantId === '' ? u.label : `${u.grantId} (${u.label})`}: ${u.message}\n`);
  }
  return lines;
}
