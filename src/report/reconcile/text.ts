// What a person reads after `accessctl reconcile`: one row per drift with what the grants
// want, what the system holds and what was done about it, then what could not be checked.
import type { Drift, ReconcileResult } from '../../provisioners/drift.js';
import { describeOperation, type OperationReport } from '../../provisioners/outcome.js';
import { changeName } from '../expiry/reasons.js';
import { setAsideLines } from '../provision/set-aside.js';
import { textTable } from '../text-table.js';

export interface DriftRow {
  status: string;
  drift: string;
  access: string;
  grant: string;
  wants: string;
  holds: string;
  action: string;
}

/** The rows of the drift table, shared by the text report and the job summary. */
export function driftRows(result: ReconcileResult): DriftRow[] {
  const outcome = new Map(result.operations.map((r) => [r.operation, r]));
  return result.plan.drift.map((d) => {
    const report = d.operation === undefined ? undefined : outcome.get(d.operation);
    return {
      status: report?.status ?? 'reported',
      drift: d.kind,
      access: d.target.label,
      grant: d.grantId ?? '-',
      wants: d.desired ?? '-',
      holds: `${d.actual ?? '-'}${d.pending ? ' (pending)' : ''}`,
      action: actionOf(d, report),
    };
  });
}

function actionOf(drift: Drift, report: OperationReport | undefined): string {
  if (drift.operation === undefined) return drift.note ?? '';
  const what = describeOperation(drift.operation);
  if (report === undefined || report.status === 'planned') return what;
  return `${what}: ${report.message}`;
}

export function headline(result: ReconcileResult, maxRemovals: number): string {
  const { plan } = result;
  const count = plan.drift.length;
  const repairs = plan.operations.length;
  return (
    `Reconcile ${plan.commit.slice(0, 7)}: ${count} drift${count === 1 ? '' : 's'}, ` +
    `${repairs} repair${repairs === 1 ? '' : 's'}, ${plan.removals} removal${plan.removals === 1 ? '' : 's'} ` +
    `(limit ${maxRemovals}), prune ${plan.prune ? 'on' : 'off'}`
  );
}

/** How the reader asks for the repairs: `--apply` on the command line, an input in the Action. */
export type ApplyHint = '--apply' | 'apply: true';

export function formatReconcileText(
  result: ReconcileResult,
  maxRemovals: number,
  hint: ApplyHint = '--apply',
): string {
  const { plan } = result;
  const lines = [`${headline(result, maxRemovals)}\n`];
  lines.push(
    `Checked ${plan.checked.targets} granted access${plan.checked.targets === 1 ? '' : 'es'} ` +
      `and the holders of ${plan.checked.resources} resource${plan.checked.resources === 1 ? '' : 's'}.\n`,
  );
  const rows = driftRows(result);
  if (rows.length === 0) lines.push('\nNo drift: every system matches the repository.\n');
  else lines.push(`\n${table(rows)}`);
  lines.push(
    ...setAsideLines(plan, {
      refused:
        'Refused (never provisioned, their access left as it is; fix them in a pull request)',
      unreadable: 'Could not read (nothing planned for these)',
    }),
  );
  if (plan.unlisted.length > 0) {
    lines.push(
      '\nNot listed (only their grants were checked, unmanaged access is not looked for):\n',
    );
    for (const u of plan.unlisted) lines.push(`  ${u.resource}: ${u.reason}\n`);
  }
  if (plan.late.length > 0) {
    lines.push('\nLate manual changes (open longer than manual.slaDays; ask the owners):\n');
    for (const line of lateLines(plan)) lines.push(`  ${line}\n`);
  }
  if (plan.pastApprovedEnd.length > 0) {
    lines.push(
      '\nPast their approved end (a change that did not pass the gate moved the end later, or added the grant; what they gave is removed):\n',
    );
    for (const line of pastEndLines(plan)) lines.push(`  ${line}\n`);
  }
  for (const note of plan.notes) lines.push(`\nNote: ${note}\n`);
  lines.push(`\n${closing(result, hint)}\n`);
  return lines.join('');
}

/** One line per late manual change, shared by the text report and the job summary. */
export function lateLines(plan: ReconcileResult['plan']): string[] {
  return plan.late.map(
    (l) =>
      `issue #${l.issue.number}: ${l.operation}, open ${l.days} days (limit ${l.slaDays}), ` +
      `assigned to ${l.assignees.join(', ') || 'nobody'}`,
  );
}

/** One line per grant past its approved end, shared by the text report and the job summary. */
export function pastEndLines(plan: ReconcileResult['plan']): string[] {
  return plan.pastApprovedEnd.map((p) =>
    p.added === true
      ? `${p.grantId}: never approved; ${changeName(p)} added it without passing the gate: ${p.reasons.join('; ')}`
      : `${p.grantId}: ended on ${p.end}; ${changeName(p)} moved its end later without passing the gate: ${p.reasons.join('; ')}`,
  );
}

/** The last sentence: what happened and what to do next. */
export function closing(result: ReconcileResult, hint: ApplyHint): string {
  const { plan } = result;
  if (result.blocked !== undefined) return `Nothing was applied: ${result.blocked}.`;
  const reported = plan.drift.filter((d) => d.operation === undefined).length;
  if (!result.applied) {
    if (plan.drift.length === 0) return 'Nothing to repair.';
    return (
      `Nothing was changed; run with ${hint} to make the ${plan.operations.length} repair(s)` +
      (reported > 0 ? ` (${reported} drift(s) would still be left, see above)` : '') +
      '.'
    );
  }
  const applied = result.operations.filter((o) => o.status === 'applied').length;
  const failed = result.operations.filter((o) => o.status === 'failed').length;
  const pending = result.operations.filter((o) => o.status === 'pending').length;
  return (
    `${applied} repaired, ${failed} failed, ${reported} left as reported` +
    (pending > 0 ? `, ${pending} waiting on their owners (issues)` : '') +
    (failed > 0
      ? '; run again once the failures are fixed: repairs already made are not repeated'
      : '') +
    '.'
  );
}

function table(rows: DriftRow[]): string {
  const head = ['STATUS', 'DRIFT', 'ACCESS', 'GRANT', 'WANTS', 'HOLDS', 'ACTION'];
  const cells = rows.map((r) => [r.status, r.drift, r.access, r.grant, r.wants, r.holds, r.action]);
  return textTable(head, cells);
}
