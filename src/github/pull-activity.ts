// Who did what on a pull request besides reviewing: whose commits it carries and who added
// each of its labels. An approver must be independent of the request, and a break-glass
// label counts only when the right person set it, so both facts come from the API, never
// from the pull request's own text. Asked here through REST, one pull request at a time;
// pull-activity-batch.ts asks the same of many at once and folds the answers alike.
import type { GitHubClient } from './client.js';

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
}

/** A label added to or taken off a pull request, as its history tells it. */
export interface LabelEvent {
  event: 'labeled' | 'unlabeled';
  label: string;
  /** Who did it; absent when the API names nobody (a deleted account). */
  actor?: string;
  createdAt: string;
}

/** GitHub's committer for web edits and merges: not a person who pushed. */
const WEB_FLOW = 'web-flow';

/**
 * The most commits GitHub lists for one pull request (REST and GraphQL alike); a pull request
 * with more has commits nobody can see through the API.
 */
export const PULL_COMMITS_LISTED = 250;

/**
 * A pull request whose commits GitHub does not list whole: who pushed to it cannot all be
 * known, so no approval of it can be told independent.
 */
export class UnlistedPushersError extends Error {
  constructor(target: PullTarget) {
    super(
      `pull request #${target.number} has ${PULL_COMMITS_LISTED} commits or more, and GitHub lists only its first ${PULL_COMMITS_LISTED}: who pushed to it cannot all be known, so no approval of it counts as independent; squash its commits or split it into smaller pull requests`,
    );
  }
}

/**
 * Logins that authored or committed the pull request's commits, lower-cased (logins are
 * case-insensitive on GitHub). A commit whose email maps to no account names nobody. Throws
 * UnlistedPushersError when GitHub does not list them all.
 */
export async function fetchContributors(
  client: GitHubClient,
  target: PullTarget,
): Promise<string[]> {
  const commits = await client.paginate(client.rest.pulls.listCommits, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  // exactly as many as GitHub lists may be all of them, or the first of more: not known
  if (commits.length >= PULL_COMMITS_LISTED) throw new UnlistedPushersError(target);
  return contributorsOf(
    commits.flatMap((commit) => [commit.author?.login, commit.committer?.login]),
  );
}

/**
 * The logins behind a pull request's commits (their authors and committers), as
 * fetchContributors lists them.
 */
export function contributorsOf(logins: (string | null | undefined)[]): string[] {
  const found = new Set<string>();
  for (const person of logins) {
    const login = person?.toLowerCase();
    if (login !== undefined && login !== '' && login !== WEB_FLOW) found.add(login);
  }
  return [...found].sort();
}

/**
 * For each label, who added it last (lower-cased login), from the issue events. A label
 * removed after that is not listed. With `until`, events after that instant are ignored
 * (a merged pull request is judged as it stood when it was merged).
 */
export async function fetchLabelActors(
  client: GitHubClient,
  target: PullTarget,
  until?: string,
): Promise<Record<string, string>> {
  const events = await client.paginate(client.rest.issues.listEvents, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  return labelActorsOf(
    events.flatMap((event): LabelEvent[] => {
      const label = (event as { label?: { name?: string } }).label?.name;
      if (label === undefined || (event.event !== 'labeled' && event.event !== 'unlabeled'))
        return [];
      return [
        {
          event: event.event,
          label,
          ...(event.actor?.login === undefined ? {} : { actor: event.actor.login }),
          createdAt: event.created_at ?? '',
        },
      ];
    }),
    until,
  );
}

/** Who added each label last and did not see it taken off, from its events in their order. */
export function labelActorsOf(events: LabelEvent[], until?: string): Record<string, string> {
  const actors = new Map<string, string>();
  for (const event of events) {
    if (until !== undefined && event.createdAt > until) continue;
    if (event.event === 'labeled' && event.actor !== undefined)
      actors.set(event.label, event.actor.toLowerCase());
    else if (event.event === 'unlabeled') actors.delete(event.label);
  }
  return Object.fromEntries([...actors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
