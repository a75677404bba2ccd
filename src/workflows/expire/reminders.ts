// Warns owners before their grants end: one issue per owner per window, recognised on the
// next run by a hidden marker holding (owner, window start), so nightly runs do not repeat it.
import { ownIdentity, writtenBy, type GitHubClient } from '../../github/index.js';
import { createIssue, listLabelledIssues } from '../../github/issues.js';
import type { Expiring } from '../../model/expiry.js';
import type { Repository } from './publish.js';
import { reminderBody, reminderMarker, reminderTitle } from '../../report/expiry/messages.js';
import type { ReminderOutcome } from '../../report/expiry/result.js';

export const REMINDER_LABEL = 'accessctl:expiry-reminder';

/** The grants expiring soon, by owner; a grant with two owners warns both. */
export function groupByOwner(expiring: Expiring[]): Map<string, Expiring[]> {
  const groups = new Map<string, Expiring[]>();
  for (const item of expiring)
    for (const owner of item.owners) {
      const list = groups.get(owner) ?? [];
      list.push(item);
      groups.set(owner, list);
    }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function sendReminders(
  client: GitHubClient,
  repo: Repository,
  expiring: Expiring[],
  windowStart: string,
  warnDays: number,
  paths: Map<string, string>,
): Promise<ReminderOutcome[]> {
  const groups = groupByOwner(expiring);
  if (groups.size === 0) return [];
  const issues = await listLabelledIssues(client, repo, REMINDER_LABEL);
  // an issue carrying the marker counts as sent only when the Action wrote it: anyone can
  // open an issue, and a forged one must not silence a reminder
  const self = await ownIdentity(client);
  const outcomes: ReminderOutcome[] = [];
  for (const [owner, items] of groups) {
    const marker = reminderMarker(owner, windowStart);
    const grants = items.map((e) => e.grant.id);
    const sent = issues.find(
      (i) =>
        i.pull_request === undefined &&
        i.body?.startsWith(marker) === true &&
        writtenBy(self, i.user),
    );
    if (sent !== undefined) {
      outcomes.push({ owner, grants, issue: sent.number, sent: false });
      continue;
    }
    const issue = await createIssue(client, repo, {
      title: reminderTitle(owner, items.length, windowStart),
      body: reminderBody(owner, windowStart, items, paths, repo.owner, warnDays),
      labels: [REMINDER_LABEL],
    });
    outcomes.push({ owner, grants, issue, sent: true });
  }
  return outcomes;
}
