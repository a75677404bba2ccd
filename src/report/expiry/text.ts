// The run told as lines a person reads in a terminal or a job log.
import type { ExpireResult } from './result.js';
import { describeDaysLeft } from './reasons.js';

export function formatExpireText(result: ExpireResult): string {
  const lines: string[] = [];
  lines.push(
    `accessctl expire (${result.mode}) at ${result.now}: ${result.removals.length} grant(s) to remove, ` +
      `${result.expiring.length} ending within ${result.warnDays} day(s)`,
  );
  for (const r of result.removals)
    lines.push(
      `  remove ${r.path}:${r.line} ${r.id} (${r.subject} on ${r.resource} ${r.role}): ${r.reasons.join('; ')}`,
    );
  for (const e of result.expiring)
    lines.push(
      `  ending ${e.path}:${e.line} ${e.id} on ${e.approvedEnd?.end ?? e.expires} (${describeDaysLeft(e.daysLeft)}), owners ${e.owners.join(', ')}` +
        (e.approvedEnd === undefined
          ? ''
          : `; not ${e.expires}: ${e.approvedEnd.commit.slice(0, 12)} moved it later without passing the provision gate`),
    );
  for (const s of result.skipped)
    lines.push(
      `  not edited ${s.path}: ${s.message} (grants ${s.grants.join(', ')} stay until it is fixed)`,
    );
  for (const p of result.problems)
    lines.push(`  problem ${p.path}:${p.line}:${p.column}: ${p.message}`);
  for (const f of result.files) lines.push(`  ${f.change} ${f.path}`);
  for (const l of result.leaversInTeams)
    lines.push(
      `  leaver ${l.user} is still listed in team ${l.team} (${l.path}:${l.line}); remove them there`,
    );
  if (result.pullRequest !== undefined)
    lines.push(
      `pull request #${result.pullRequest.number} ${result.pullRequest.action}: ${result.pullRequest.url}`,
    );
  if (result.pullRequest !== undefined && result.pullRequest.reviewersRefused.length > 0)
    lines.push(
      `  GitHub refused these owners as reviewers (no access to the repository): ${result.pullRequest.reviewersRefused.join(', ')}`,
    );
  if (result.closedPullRequest !== undefined)
    lines.push(`pull request #${result.closedPullRequest} closed: nothing is left to remove`);
  if (result.commit !== undefined) lines.push(`committed ${result.commit}`);
  for (const r of result.reminders)
    lines.push(
      r.sent
        ? `reminder issue #${r.issue} sent to ${r.owner} for ${r.grants.join(', ')}`
        : `reminder to ${r.owner} already sent this window (issue #${r.issue})`,
    );
  if (
    result.mode !== 'report' &&
    result.removals.length === 0 &&
    result.closedPullRequest === undefined
  )
    lines.push('nothing to remove: no pull request, no branch');
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join('\n') + '\n';
}
