// The job summary of a scheduled reconcile: the headline, one table row per drift, and what
// was left out, in GitHub-flavoured Markdown.
import { cell, escape } from '../markdown.js';
import type { ReconcileResult } from '../../provisioners/drift.js';
import { closing, driftRows, headline, lateLines, pastEndLines } from './text.js';

export function formatReconcileMarkdown(result: ReconcileResult, maxRemovals: number): string {
  const { plan } = result;
  const lines = [`## accessctl reconcile`, '', `${escape(headline(result, maxRemovals))}.`, ''];
  const rows = driftRows(result);
  if (rows.length === 0) lines.push('No drift: every system matches the repository.', '');
  else {
    lines.push(
      '| status | drift | access | grant | wants | holds | action |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of rows)
      lines.push(
        `| ${[r.status, r.drift, r.access, r.grant, r.wants, r.holds, r.action].map(cell).join(' | ')} |`,
      );
    lines.push('');
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, '', ...items.map((item) => `- ${cell(item)}`), '');
  };
  section(
    'Refused (never provisioned, access left as it is)',
    plan.refused.map((r) => `${r.grantId}: ${r.reasons.join('; ')}`),
  );
  section(
    'Not provisioned (no provisioner can carry them out)',
    plan.skipped.map((s) => `${s.grantId}: ${s.reasons.join('; ')}`),
  );
  section(
    'Could not read',
    plan.unreadable.map((u) => `${u.grantId === '' ? u.label : u.grantId}: ${u.message}`),
  );
  section(
    'Not listed (unmanaged access not looked for)',
    plan.unlisted.map((u) => `${u.resource}: ${u.reason}`),
  );
  section('Late manual changes (open longer than manual.slaDays)', lateLines(plan));
  section(
    'Past their approved end (a change that did not pass the gate moved the end later, or added the grant)',
    pastEndLines(plan),
  );
  section('Notes', plan.notes);
  lines.push(escape(closing(result, 'apply: true')), '');
  return lines.join('\n');
}
