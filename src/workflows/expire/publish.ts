// Writes the removals to GitHub: one commit on the current base, then either the one expiry
// pull request (found again by its branch and label, force-moved, never duplicated) or the
// base branch itself. The bot only opens and updates; it never reviews its own pull request.
// The identity sync opens its own one pull request the same way (`publishBotPullRequest`).
import { EXPIRY_TRAILER } from '../../evidence/expiry-commits.js';
import { createHash } from 'node:crypto';
import {
  branchTip,
  createBranch,
  defaultBranch,
  deleteBranch,
  findBranchTip,
  moveBranch,
} from '../../github/branches.js';
import { createComment } from '../../github/comments.js';
import { commitTree, readTree, writeCommit, writeTree } from '../../github/contents.js';
import { GitHubError, type GitHubClient } from '../../github/index.js';
import { addLabels } from '../../github/issues.js';
import {
  closePull,
  createPull,
  editPull,
  listOpenPullsFrom,
  requestedReviewers,
  requestReviewers,
} from '../../github/pulls.js';
import type { FileEdit } from './edits.js';
import type { Removal } from '../../model/expiry.js';
import { commitMessage, pullRequestBody, pullRequestTitle } from '../../report/expiry/messages.js';
import type { PullRequestOutcome } from '../../report/expiry/result.js';

export const EXPIRE_BRANCH = 'accessctl/expire';
export const EXPIRE_LABEL = 'accessctl:expire';

export interface Repository {
  owner: string;
  repo: string;
}

/** A file to write, by its path in the repository. */
export interface RepoEdit extends FileEdit {
  path: string;
}

/** One pull request a scheduled run keeps, on its own branch and label. */
export interface BotPullRequest {
  branch: string;
  label: string;
  title: string;
  body: string;
  message: string;
  /** Owners (`team:slug`, `user:login`) asked to review. */
  owners: string[];
  /** The run, as an error names it: "the expiry". */
  run: string;
}

interface Base {
  branch: string;
  sha: string;
  tree: string;
}

async function currentBase(client: GitHubClient, repo: Repository): Promise<Base> {
  const branch = await defaultBranch(client, repo);
  const sha = await branchTip(client, repo, branch);
  return { branch, sha, tree: await commitTree(client, repo, sha) };
}

/**
 * The edits were computed from the files on disk; they are only valid on a base whose files
 * are the same bytes. A checkout behind the base would otherwise undo someone's change.
 */
async function checkSameFiles(
  client: GitHubClient,
  repo: Repository,
  base: Base,
  edits: RepoEdit[],
  run = 'the expiry',
) {
  const tree = await readTree(client, repo, base.tree, true);
  const shas = new Map(tree.map((entry) => [entry.path, entry.sha]));
  for (const edit of edits) {
    // a file the run creates (the identity sync's first users file) is new on both sides
    if (edit.before === '' && !shas.has(edit.path)) continue;
    const local = gitBlobSha(edit.before);
    if (shas.get(edit.path) !== local)
      throw new Error(
        `${edit.path} in the checkout differs from ${base.branch} (${base.sha.slice(0, 7)}) on GitHub; ` +
          `run ${run} on a fresh checkout of ${base.branch}`,
      );
  }
}

function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

async function commitEdits(
  client: GitHubClient,
  repo: Repository,
  base: Base,
  edits: RepoEdit[],
  message: string,
): Promise<{ sha: string; tree: string }> {
  const tree = await writeTree(
    client,
    repo,
    edits.map((edit) =>
      edit.after === null
        ? { path: edit.path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path: edit.path, mode: '100644' as const, type: 'blob' as const, content: edit.after },
    ),
    base.tree,
  );
  const sha = await writeCommit(client, repo, { message, tree, parents: [base.sha] });
  return { sha, tree };
}

/** The open pull request of a run, by branch and label; one on the branch without the label is not ours. */
async function findBotPull(
  client: GitHubClient,
  repo: Repository,
  branch = EXPIRE_BRANCH,
  label = EXPIRE_LABEL,
  run = 'the expiry',
) {
  const pulls = await listOpenPullsFrom(client, repo, branch);
  const onBranch = pulls.filter((p) => p.head.ref === branch);
  const ours = onBranch.find((p) => p.labels.some((l) => l.name === label));
  if (ours === undefined && onBranch[0] !== undefined)
    throw new Error(
      `pull request #${onBranch[0].number} uses the branch ${branch} but has no "${label}" label; ` +
        `label it "${label}" to let ${run} run update it, or close it and delete the branch`,
    );
  return ours;
}

export async function publishPullRequest(
  client: GitHubClient,
  repo: Repository,
  edits: RepoEdit[],
  removals: Removal[],
  paths: Map<string, string>,
  now: string,
): Promise<PullRequestOutcome> {
  return publishBotPullRequest(client, repo, edits, {
    branch: EXPIRE_BRANCH,
    label: EXPIRE_LABEL,
    title: pullRequestTitle(removals),
    body: pullRequestBody(removals, paths, repo.owner, now),
    message: commitMessage(removals, paths),
    owners: removals.flatMap((r) => r.owners),
    run: 'the expiry',
  });
}

/** Opens, or force-moves and rewrites, the one pull request of a scheduled run. */
export async function publishBotPullRequest(
  client: GitHubClient,
  repo: Repository,
  edits: RepoEdit[],
  spec: BotPullRequest,
): Promise<PullRequestOutcome> {
  const base = await currentBase(client, repo);
  await checkSameFiles(client, repo, base, edits, spec.run);
  const existing = await findBotPull(client, repo, spec.branch, spec.label, spec.run);
  const tip = await findBranchTip(client, repo, spec.branch);

  // Every run moves the branch to one fresh commit on the current base, so the pull request
  // never carries a change that was overtaken since, nor conflicts with what merged meanwhile.
  const commit = await commitEdits(client, repo, base, edits, spec.message);
  if (tip === undefined) await createBranch(client, repo, spec.branch, commit.sha);
  else await moveBranch(client, repo, spec.branch, commit.sha, true);

  const { title, body } = spec;
  let number: number;
  let url: string;
  let author: string | undefined;
  let action: PullRequestOutcome['action'];
  if (existing === undefined) {
    const opened = await createPull(client, repo, {
      title,
      body,
      head: spec.branch,
      base: base.branch,
    });
    ({ number, html_url: url } = opened);
    author = opened.user?.login;
    action = 'opened';
    await addLabels(client, repo, number, [spec.label]);
  } else {
    ({ number, html_url: url } = existing);
    author = existing.user?.login;
    action = 'updated';
    if (existing.title !== title || existing.body !== body)
      await editPull(client, repo, number, { title, body });
  }
  const reviewers = await requestOwners(client, repo, number, spec.owners, author);
  return { number, url, action, ...reviewers };
}

/** Owners become reviewers; one GitHub refuses (not a collaborator) is reported, not fatal. */
async function requestOwners(
  client: GitHubClient,
  repo: Repository,
  number: number,
  asked: string[],
  author: string | undefined,
): Promise<{ reviewersRequested: string[]; reviewersRefused: string[] }> {
  const owners = [...new Set(asked)].sort();
  const requested: string[] = [];
  const refused: string[] = [];
  const pending = await requestedReviewers(client, repo, number);
  const already = new Set([
    ...pending.users.map((login) => `user:${login.toLowerCase()}`),
    ...pending.teams.map((slug) => `team:${slug.toLowerCase()}`),
  ]);
  const wanted: { owner: string; kind: 'user' | 'team'; id: string }[] = [];
  for (const owner of owners) {
    const [kind, id] = owner.split(':', 2) as [string, string | undefined];
    if (id === undefined || (kind !== 'user' && kind !== 'team')) continue;
    if (kind === 'user' && id.toLowerCase() === author?.toLowerCase()) continue;
    if (already.has(`${kind}:${id.toLowerCase()}`)) requested.push(owner);
    else wanted.push({ owner, kind, id });
  }
  const ask = async (batch: typeof wanted) => {
    await requestReviewers(client, repo, number, {
      users: batch.filter((w) => w.kind === 'user').map((w) => w.id),
      teams: batch.filter((w) => w.kind === 'team').map((w) => w.id),
    });
    requested.push(...batch.map((w) => w.owner));
  };
  if (wanted.length === 0) return { reviewersRequested: requested, reviewersRefused: refused };
  try {
    await ask(wanted);
  } catch (error) {
    if (!(error instanceof GitHubError) || error.status !== 422) throw error;
    // one owner without access spoils the batch; ask one by one to find who
    for (const one of wanted) {
      try {
        await ask([one]);
      } catch (inner) {
        if (!(inner instanceof GitHubError) || inner.status !== 422) throw inner;
        refused.push(one.owner);
      }
    }
  }
  return { reviewersRequested: requested, reviewersRefused: refused };
}

/**
 * Nothing is left to remove, yet an expiry pull request is open: its grants were renewed or
 * removed by hand since. Merging it would now delete renewed grants, so it is closed with a
 * comment saying why, and its branch deleted.
 */
export async function closeStalePullRequest(
  client: GitHubClient,
  repo: Repository,
  now: string,
): Promise<number | undefined> {
  return closeBotPullRequest(
    client,
    repo,
    { branch: EXPIRE_BRANCH, label: EXPIRE_LABEL, run: 'the expiry' },
    `The expiry run of ${now} found nothing left to remove: the grants this pull request ` +
      'deletes were renewed or removed since. Closing it, so that merging it cannot delete a renewed grant.',
  );
}

/** Closes a run's open pull request with a comment saying why, and deletes its branch. */
export async function closeBotPullRequest(
  client: GitHubClient,
  repo: Repository,
  spec: Pick<BotPullRequest, 'branch' | 'label' | 'run'>,
  comment: string,
): Promise<number | undefined> {
  const existing = await findBotPull(client, repo, spec.branch, spec.label, spec.run);
  if (existing === undefined) return undefined;
  await createComment(client, repo, existing.number, comment);
  await closePull(client, repo, existing.number);
  if ((await findBranchTip(client, repo, spec.branch)) !== undefined)
    await deleteBranch(client, repo, spec.branch);
  return existing.number;
}

/** `commit` mode: straight onto the base branch, refused by GitHub where the branch is protected. */
export async function commitToBase(
  client: GitHubClient,
  repo: Repository,
  edits: RepoEdit[],
  removals: Removal[],
  paths: Map<string, string>,
): Promise<string> {
  const base = await currentBase(client, repo);
  await checkSameFiles(client, repo, base, edits);
  // the trailer tells `accessctl evidence` this push needs no pull request; it believes it only
  // when the commit also does nothing but remove grants (or move their expiry earlier)
  const message = `${commitMessage(removals, paths)}\n${EXPIRY_TRAILER}: remove-expired\n`;
  const commit = await commitEdits(client, repo, base, edits, message);
  try {
    await moveBranch(client, repo, base.branch, commit.sha, false);
  } catch (error) {
    if (error instanceof GitHubError && (error.status === 403 || error.status === 422))
      throw new Error(
        `GitHub refused the commit to ${base.branch} (${error.status} ${error.githubMessage ?? ''}); ` +
          'the branch is protected or moved meanwhile: use --mode pr (the Action input mode: pr)',
        { cause: error },
      );
    throw error;
  }
  return commit.sha;
}
