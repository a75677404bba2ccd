// The per-operation table a person reads at the end of `accessctl plan` and `accessctl
// provision`: one row per operation, then the grants set aside and why.
import { describeOperation, type OperationReport } from '../../provisioners/outcome.js';
import type { ProvisionPlan, ProvisionResult } from '../../provisioners/provision-plan.js';
import { setAsideLines } from './set-aside.js';
import { textTable } from '../text-table.js';

export function formatPlanText(plan: ProvisionPlan, maxRemovals: number): string {
  const rows = plan.operations.map((operation) => ({
    operation,
    status: 'planned' as const,
    message: '',
  }));
  return [header(plan, maxRemovals), table(rows, false, plan), ...asides(plan)].join('');
}

export function formatProvisionText(result: ProvisionResult, maxRemovals: number): string {
  const lines = [header(result.plan, maxRemovals), table(result.operations, true, result.plan)];
  lines.push(...asides(result.plan));
  if (result.blocked !== undefined) lines.push(`\nNothing was applied: ${result.blocked}.\n`);
  const failed = result.operations.filter((o) => o.status === 'failed').length;
  const applied = result.operations.filter((o) => o.status === 'applied').length;
  const pending = result.operations.filter((o) => o.status === 'pending').length;
  const followed = result.evidence?.followedUp ?? [];
  if (followed.length > 0) {
    lines.push('\nManual changes since the last run:\n');
    for (const f of followed) lines.push(`  ${f.result}: ${f.operation} (${f.message})\n`);
  }
  if (result.dryRun) lines.push('\nDry run: nothing was changed.\n');
  else if (result.blocked === undefined)
    lines.push(
      `\n${applied} applied, ${failed} failed` +
        (pending > 0 ? `, ${pending} waiting on their owners (issues)` : '') +
        (result.plan.refused.length > 0 ? `, ${result.plan.refused.length} refused` : '') +
        (result.plan.held.length > 0 ? `, ${result.plan.held.length} held` : '') +
        (failed > 0
          ? '; run again once the failures are fixed: applied operations are not repeated'
          : '') +
        '.\n',
    );
  return lines.join('');
}

function header(plan: ProvisionPlan, maxRemovals: number): string {
  const count = plan.operations.length;
  return (
    `Merge ${plan.fromCommit.slice(0, 7)}..${plan.toCommit.slice(0, 7)}: ` +
    `${count} operation${count === 1 ? '' : 's'}, ${plan.removals} removal${plan.removals === 1 ? '' : 's'} ` +
    `(limit ${maxRemovals})\n`
  );
}

function table(reports: OperationReport[], withStatus: boolean, plan: ProvisionPlan): string {
  if (reports.length === 0) {
    // Only what could be read can be said to match: an unreachable system proves nothing.
    const unread = plan.unreadable.length;
    if (unread > 0)
      return `\nNothing planned, but not because everything matches: the current state behind ${unread} grant${unread === 1 ? '' : 's'} could not be read (listed below); fix that and run again.\n`;
    return '\nNothing to change: every system already matches the merge.\n';
  }
  const head = [
    ...(withStatus ? ['STATUS'] : []),
    'GRANT',
    'OPERATION',
    ...(withStatus ? ['RESULT'] : []),
  ];
  const rows = reports.map((r) => [
    ...(withStatus ? [r.status] : []),
    r.operation.grantId,
    describeOperation(r.operation),
    ...(withStatus ? [r.message] : []),
  ]);
  return `\n${textTable(head, rows)}`;
}

function asides(plan: ProvisionPlan): string[] {
  const lines = setAsideLines(plan, {
    refused:
      "Refused (the rules of the merge's parent deny these grants; fix them in a new pull request)",
    unreadable: 'Could not read the current state (nothing planned for these)',
  });
  const section = (heading: string, items: { name: string; reasons: string[] }[]) => {
    if (items.length === 0) return;
    lines.push(`\n${heading}:\n`);
    for (const item of items) lines.push(`  ${item.name}: ${item.reasons.join('; ')}\n`);
  };
  section(
    'Held (merged without the approvals the rules require; not applied: approve them in a new pull request, or re-run with --allow-unapproved to bootstrap)',
    plan.held.map((h) => ({ name: h.grantId, reasons: h.reasons })),
  );
  section(
    "Rule changes merged without a policy owner's approval (review them after the fact)",
    plan.ruleChanges.map((c) => ({ name: c.commit.slice(0, 12), reasons: c.reasons })),
  );
  section(
    'Applied without the approvals the rules require (--allow-unapproved)',
    plan.appliedUnapproved.map((a) => ({ name: a.grantId, reasons: a.reasons })),
  );
  if (plan.notes.length > 0) {
    lines.push('\nNotes:\n');
    for (const note of plan.notes) lines.push(`  ${note}\n`);
  }
  return lines;
}
