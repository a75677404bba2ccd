// `command: check` on pull_request and pull_request_review events: judge the pull request,
// then report everywhere the token allows. The job summary and the outputs come first and
// need no token, so a fork's read-only run still shows the report and fails or passes on it.
import { createHash } from 'node:crypto';

import * as core from '@actions/core';

import {
  actionLogger,
  createGitHubClient,
  GitHubError,
  ownIdentity,
  writtenBy,
  type GitHubClient,
} from '../github/index.js';
import { defaultBranch } from '../github/branches.js';
import { createCompletedCheckRun, latestCheckRuns, updateCheckRun } from '../github/check-runs.js';
import { createComment, deleteComment, listComments, updateComment } from '../github/comments.js';
import {
  batches,
  planAnnotations,
  type CheckAnnotation,
} from '../report/pull-request/annotations.js';
import { escape } from '../report/markdown.js';
import { renderPrMarkdown } from '../report/pull-request/markdown.js';
import { COMMENT_MARKER, type PrReport } from '../report/pull-request/report.js';
import { checkPullRequest } from '../workflows/pr-check/check-pull-request.js';
import { fetchRequestFacts } from '../workflows/pr-check/request.js';
import { readRunContext, type RunContext } from './context.js';
import type { CheckInputs } from './inputs.js';

export const CHECK_NAME = 'accessctl';
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'];
/** GitHub's limit on a check run's summary and a comment's body. */
const MAX_BODY = 65_000;

export async function runPullRequestCheck(inputs: CheckInputs): Promise<void> {
  const context = readRunContext();
  if (!PULL_REQUEST_EVENTS.includes(context.eventName))
    throw new Error(
      `command "check" judges pull requests; this run was started by "${context.eventName}". ` +
        'Run it on: pull_request and pull_request_review (see docs/pr-check.md)',
    );
  const pull = context.payload.pull_request as
    { number?: number; head?: { sha?: string } } | undefined;
  if (typeof pull?.number !== 'number' || typeof pull.head?.sha !== 'string')
    throw new Error(
      `the ${context.eventName} event payload has no pull_request number and head sha`,
    );
  const client = createGitHubClient({ token: inputs.token, log: actionLogger });

  const [request, mainBranch] = await Promise.all([
    fetchRequestFacts(client, {
      owner: context.owner,
      repo: context.repo,
      number: pull.number,
      headSha: pull.head.sha,
    }),
    defaultBranch(client, { owner: context.owner, repo: context.repo }),
  ]);
  // Access is provisioned from the default branch only, and a request is judged by its base's
  // rules: against another branch (one its author pushed, say) those rules could be anyone's.
  // Failing here also keeps the failure on the head if the request is retargeted later.
  if (request.baseRef !== undefined && request.baseRef !== mainBranch) {
    const message = `accessctl: pull request #${pull.number} targets ${request.baseRef}, not the default branch ${mainBranch}; access requests are judged against ${mainBranch} only (the rules of another branch could be anyone’s): change its base to ${mainBranch}`;
    await core.summary
      .addHeading('accessctl check', 2)
      .addRaw(`${escape(message)}\n`)
      .write();
    core.setFailed(message);
    return;
  }
  const report = await checkPullRequest({
    workspace: context.workspace,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    request,
    org: context.owner,
    now: new Date(),
    evaluationDeadline: true,
  });

  core.info(
    report.baseModel.snapshot === 'used'
      ? `accessctl: base model from ${report.baseModel.reason}`
      : `accessctl: base model built from git (snapshot ${report.baseModel.snapshot}): ${report.baseModel.reason}`,
  );
  const markdown = renderPrMarkdown(report);
  core.setOutput('denied', String(report.denied));
  core.setOutput('warnings', String(report.warnings));
  core.setOutput('report-json', JSON.stringify(report));
  await core.summary
    .addRaw(renderPrMarkdown(report, { marker: false, listUntouched: true, baseModel: true }))
    .write();

  // The comment first, the check run last: its conclusion is the step's own outcome, so a
  // comment that could not be written fails both, never one of the two.
  const readOnly: string[] = [];
  let commentFailure: unknown;
  try {
    await publish(readOnly, 'the pull-request comment', () =>
      publishComment(client, context, report.pullRequest.number, markdown),
    );
  } catch (error) {
    commentFailure = error;
  }
  const problem =
    commentFailure === undefined
      ? undefined
      : `the pull-request comment could not be written (${errorText(commentFailure)})`;
  await publish(readOnly, 'the check run', async () => {
    if ((await publishCheckRun(client, context, report, markdown, problem)) === 'unchanged')
      core.info(
        'accessctl: the check run on this head commit already says this; not written again',
      );
  });
  if (readOnly.length > 0)
    core.warning(
      `The token may not write ${readOnly.join(' or ')} (403), as for a pull request from a fork; ` +
        'the report is in this job’s summary.',
    );
  if (problem !== undefined) {
    await core.summary
      .addRaw(`\n**Not published:** ${escape(problem)}; the check fails.\n`)
      .write();
    throw commentFailure;
  }

  if (report.verdict === 'fail')
    core.setFailed(
      `accessctl: ${report.denied} error(s) block this access request; ` +
        'see the pull-request comment or the job summary for what to do next',
    );
  else core.info(`accessctl: the access request passes with ${report.warnings} warning(s)`);
}

/** A 403 that is not a rate limit means a read-only token: noted, not fatal. Anything else is. */
async function publish(
  readOnly: string[],
  what: string,
  write: () => Promise<void>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (
      error instanceof GitHubError &&
      error.status === 403 &&
      error.rateLimitReset === undefined &&
      !/rate limit/i.test(error.githubMessage ?? '')
    ) {
      readOnly.push(what);
      return;
    }
    throw error;
  }
}

/**
 * The check run, written once with the run's final outcome. `problem` names a part of the
 * report that could not be published: then the run fails whatever the verdict, as the step does.
 *
 * One write: the annotations are capped at one request's worth (MAX_ANNOTATIONS). None when
 * the latest run of this name on the head commit already says exactly this: a rerun, or a
 * review event that changed nothing, costs a read and no write. The summary carries a digest
 * of the annotations, so the read compares them without listing them; whoever else could write
 * a run of this name can at most make one that equals this one, conclusion included.
 */
export async function publishCheckRun(
  client: GitHubClient,
  context: RunContext,
  report: PrReport,
  markdown: string,
  problem?: string,
): Promise<'created' | 'unchanged'> {
  const passes = report.verdict === 'pass' && problem === undefined;
  const conclusion = passes ? 'success' : 'failure';
  const { annotations } = planAnnotations(report.findings);
  const body = truncate(markdown.replace(`${COMMENT_MARKER}\n`, ''), DIGEST_ROOM);
  const output = {
    title:
      problem !== undefined
        ? `Not published in full: ${problem}`.slice(0, 255)
        : report.verdict === 'pass'
          ? `Passes with ${report.warnings} warning(s)`
          : `${report.denied} error(s), ${report.warnings} warning(s)`,
    summary: `${body}\n${digestMarker(conclusion, annotations)}\n`,
  };
  const target = { owner: context.owner, repo: context.repo };
  const headSha = report.pullRequest.headSha;
  const existing = await latestCheckRuns(client, target, headSha, CHECK_NAME);
  const latest = existing.reduce<(typeof existing)[number] | undefined>(
    (newest, run) => (newest === undefined || run.id > newest.id ? run : newest),
    undefined,
  );
  if (
    latest !== undefined &&
    latest.status === 'completed' &&
    latest.conclusion === conclusion &&
    latest.output.title === output.title &&
    latest.output.summary === output.summary &&
    latest.output.annotations_count === annotations.length
  )
    return 'unchanged';

  const [first = [], ...rest] = batches(annotations);
  const run = await createCompletedCheckRun(client, target, {
    name: CHECK_NAME,
    headSha,
    conclusion,
    output: { ...output, annotations: first },
  });
  for (const more of rest)
    await updateCheckRun(client, target, run, { ...output, annotations: more });
  return 'created';
}

/** Room kept at the end of the check run's summary for the digest line. */
const DIGEST_ROOM = 200;

/** What the run concludes and annotates, hashed: equal digests, equal runs. */
function digestMarker(conclusion: string, annotations: CheckAnnotation[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify({ conclusion, annotations }))
    .digest('hex');
  return `<!-- accessctl:check-run sha256:${digest} -->`;
}

/**
 * One comment per pull request, found by its hidden marker among the comments the Action's
 * own identity wrote, and edited in place. A comment by anyone else that starts with the
 * marker is left alone: anyone who may comment can copy it. Publishing converges: a create
 * whose answer was lost is looked for before it counts as failed, and of the Action's own
 * marker comments only the oldest stays (a retried create can land twice).
 */
export async function publishComment(
  client: GitHubClient,
  context: RunContext,
  number: number,
  markdown: string,
): Promise<void> {
  const target = { owner: context.owner, repo: context.repo };
  const body = truncate(markdown);
  const self = await ownIdentity(client);
  const own = async () =>
    (await listComments(client, target, number))
      .filter((c) => c.body?.startsWith(COMMENT_MARKER) === true && writtenBy(self, c.user))
      .sort((a, b) => a.id - b.id);
  let mine = await own();
  if (mine.length === 0) {
    try {
      await createComment(client, target, number, body);
    } catch (error) {
      // a write can land although its answer is lost: only fail when it did not
      if (!(await own()).some((c) => c.body === body)) throw error;
    }
    // a retried create can land twice: look again, and keep one
    mine = await own();
  }
  const [keep, ...extra] = mine;
  if (keep !== undefined && keep.body !== body) await updateComment(client, target, keep.id, body);
  for (const comment of extra) await deleteComment(client, target, comment.id);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function truncate(text: string, reserve = 0): string {
  const room = MAX_BODY - reserve;
  return text.length <= room
    ? text
    : `${text.slice(0, room)}\n\n… (cut at GitHub's size limit; the full report is in the job summary and the report-json output)\n`;
}
