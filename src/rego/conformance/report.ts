// Counts per category and the failures, in the form a person scans.
import type { Outcome, Status } from './run.js';

export function summarise(outcomes: Outcome[], verbose: boolean): string {
  const byCategory = new Map<string, Record<Status, number>>();
  const skipForms = new Map<string, number>();
  for (const o of outcomes) {
    const counts = byCategory.get(o.category) ?? { passed: 0, failed: 0, skipped: 0 };
    counts[o.status]++;
    byCategory.set(o.category, counts);
    if (o.status === 'skipped')
      skipForms.set(o.reason ?? '', (skipForms.get(o.reason ?? '') ?? 0) + 1);
  }
  const lines: string[] = [];
  if (verbose) {
    for (const o of outcomes.filter((x) => x.status === 'failed')) {
      lines.push(`FAIL ${o.file}: ${o.note}`, `  ${o.reason ?? ''}`);
      if (o.expected !== undefined) lines.push(`  want: ${JSON.stringify(o.expected)}`);
      if (o.actual !== undefined) lines.push(`  got:  ${JSON.stringify(o.actual)}`);
    }
    if (lines.length > 0) lines.push('');
  }
  const width = Math.max(8, ...[...byCategory.keys()].map((k) => k.length));
  lines.push(`${'category'.padEnd(width)}  passed  failed  skipped`);
  for (const [category, c] of [...byCategory].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(
      `${category.padEnd(width)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}`,
    );
  }
  if (skipForms.size > 0) {
    lines.push('', 'skipped by reason:');
    for (const [reason, n] of [...skipForms].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${n}  ${reason}`);
  }
  const total = (s: Status) => outcomes.filter((o) => o.status === s).length;
  lines.push(
    '',
    `${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`,
  );
  return `${lines.join('\n')}\n`;
}
