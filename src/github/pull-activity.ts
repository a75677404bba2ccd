// Who did what on a pull request besides reviewing: whose commits it carries and who added
// each of its labels. An approver must be independent of the request, and a break-glass
// label counts only when the right person set it, so both facts come from the API, never
// from the pull request's own text.
import type { GitHubClient } from './client.js';

export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
}

/** GitHub's committer for web edits and merges: not a person who pushed. */
const WEB_FLOW = 'web-flow';

/**
 * Logins that authored or committed the pull request's commits, lower-cased (logins are
 * case-insensitive on GitHub). A commit whose email maps to no account names nobody.
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
  const logins = new Set<string>();
  for (const commit of commits)
    for (const person of [commit.author, commit.committer]) {
      const login = person?.login?.toLowerCase();
      if (login !== undefined && login !== '' && login !== WEB_FLOW) logins.add(login);
    }
  return [...logins].sort();
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
  const actors = new Map<string, string>();
  for (const event of events) {
    if (until !== undefined && (event.created_at ?? '') > until) continue;
    const label = (event as { label?: { name?: string } }).label?.name;
    if (label === undefined) continue;
    if (event.event === 'labeled' && event.actor?.login !== undefined)
      actors.set(label, event.actor.login.toLowerCase());
    else if (event.event === 'unlabeled') actors.delete(label);
  }
  return Object.fromEntries([...actors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
