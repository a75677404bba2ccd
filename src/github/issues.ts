// Issues: the expiry reminders are issues under one label, and a bot's pull request gets its
// label through the issue it is.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** Every issue and pull request, open or closed, carrying `label`. */
export async function listLabelledIssues(client: GitHubClient, repo: RepoName, label: string) {
  return client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'all',
    per_page: 100,
  });
}

/** Opens an issue; its number. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoName,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const { data } = await client.rest.issues.create({ ...repo, ...issue });
  return data.number;
}

/** Adds labels to an issue or pull request. */
export async function addLabels(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  labels: string[],
): Promise<void> {
  await client.rest.issues.addLabels({ ...repo, issue_number: number, labels });
}

/** An issue as accessctl reads it back: who wrote it, and how and by whom it was closed. */
export interface IssueState {
  number: number;
  url: string;
  title: string;
  body: string;
  /** Who opened it, and the account type GitHub gives (`Bot` for an app or the job's token). */
  author: { login: string; type?: string } | null;
  state: 'open' | 'closed';
  /** `completed`, `not_planned` or `reopened`; null for an issue never closed. */
  stateReason: string | null;
  createdAt: string;
  closedAt: string | null;
  /** Who closed it; GitHub names the closer only on the single-issue read. */
  closedBy: string | null;
  assignees: string[];
}

type IssueData = Awaited<ReturnType<GitHubClient['rest']['issues']['get']>>['data'];

function issueState(data: IssueData): IssueState {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    author: data.user === null ? null : { login: data.user.login, type: data.user.type },
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: data.state_reason ?? null,
    createdAt: data.created_at,
    closedAt: data.closed_at,
    closedBy: data.closed_by?.login ?? null,
    assignees: (data.assignees ?? []).map((user) => user.login),
  };
}

/** Issues only (not pull requests), open or closed, carrying `label`. */
export async function listIssuesLabelled(
  client: GitHubClient,
  repo: RepoName,
  label: string,
): Promise<IssueState[]> {
  const all = await listLabelledIssues(client, repo, label);
  return all
    .filter((issue) => issue.pull_request === undefined)
    .map((issue) => issueState(issue as IssueData));
}

/** Issues only (not pull requests), open or closed, that `login` opened, whatever their labels. */
export async function listIssuesCreatedBy(
  client: GitHubClient,
  repo: RepoName,
  login: string,
): Promise<IssueState[]> {
  const all = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    creator: login,
    state: 'all',
    per_page: 100,
  });
  return all
    .filter((issue) => issue.pull_request === undefined)
    .map((issue) => issueState(issue as IssueData));
}

/** One issue, with who closed it. */
export async function getIssue(
  client: GitHubClient,
  repo: RepoName,
  number: number,
): Promise<IssueState> {
  const { data } = await client.rest.issues.get({ ...repo, issue_number: number });
  return issueState(data);
}

/**
 * Opens an issue and assigns it. Assignees are added after the issue exists: GitHub ignores
 * a login that cannot be assigned there, where creating with it would fail the whole issue.
 */
export async function openAssignedIssue(
  client: GitHubClient,
  repo: RepoName,
  issue: { title: string; body: string; labels: string[]; assignees: string[] },
): Promise<IssueState> {
  const { data } = await client.rest.issues.create({
    ...repo,
    title: issue.title,
    body: issue.body,
    labels: issue.labels,
  });
  if (issue.assignees.length === 0) return issueState(data);
  // GitHub takes at most 10 assignees on an issue
  const { data: assigned } = await client.rest.issues.addAssignees({
    ...repo,
    issue_number: data.number,
    assignees: issue.assignees.slice(0, 10),
  });
  return issueState(assigned as IssueData);
}

/** Closes an issue with a reason and a comment saying why. */
export async function closeIssue(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  reason: 'completed' | 'not_planned',
  comment: string,
): Promise<void> {
  await client.rest.issues.createComment({ ...repo, issue_number: number, body: comment });
  await client.rest.issues.update({
    ...repo,
    issue_number: number,
    state: 'closed',
    state_reason: reason,
  });
}
