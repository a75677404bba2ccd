// `command: check` on pull_request and pull_request_review events: judge the pull request,
// then report everywhere the token allows. The job summary and the outputs come first and
// need no token, so a fork's read-only run still shows the report and fails or passes on it.
import * as core from '@actions/core';

import {
  actionLogger,
  createGitHubClient,
  GitHubError,
  ownIdentity,
  writtenBy,
  type GitHubClient,
} from '../github/index.js';
import { batches, toAnnotations } from '../report/pr-annotations.js';
import { renderPrMarkdown } from '../report/pr-markdown.js';
import { COMMENT_MARKER, type PrReport } from '../report/pr-report.js';
import { checkPullRequest } from '../workflows/pr-check.js';
import { fetchRequestFacts } from '../workflows/pr-check/request.js';
import { readRunContext, type RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';

export const CHECK_NAME = 'accessctl';
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'];
/** GitHub's limit on a check run's summary and a comment's body. */
const MAX_BODY = 65_000;

export async function runPullRequestCheck(inputs: ActionInputs): Promise<void> {
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

  const request = await fetchRequestFacts(client, {
    owner: context.owner,
    repo: context.repo,
    number: pull.number,
    headSha: pull.head.sha,
  });
  const report = await checkPullRequest({
    workspace: context.workspace,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    request,
    org: context.owner,
    now: new Date(),
  });

  const markdown = renderPrMarkdown(report);
  core.setOutput('denied', String(report.denied));
  core.setOutput('warnings', String(report.warnings));
  core.setOutput('report-json', JSON.stringify(report));
  await core.summary.addRaw(renderPrMarkdown(report, { marker: false })).write();

  const readOnly: string[] = [];
  await publish(readOnly, 'the check run', () =>
    publishCheckRun(client, context, report, markdown),
  );
  await publish(readOnly, 'the pull-request comment', () =>
    publishComment(client, context, report.pullRequest.number, markdown),
  );
  if (readOnly.length > 0)
    core.warning(
      `The token may not write ${readOnly.join(' or ')} (403), as for a pull request from a fork; ` +
        'the report is in this job’s summary.',
    );

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

export async function publishCheckRun(
  client: GitHubClient,
  context: RunContext,
  report: PrReport,
  markdown: string,
): Promise<void> {
  const output = {
    title:
      report.verdict === 'pass'
        ? `Passes with ${report.warnings} warning(s)`
        : `${report.denied} error(s), ${report.warnings} warning(s)`,
    summary: truncate(markdown.replace(`${COMMENT_MARKER}\n`, '')),
  };
  const [first = [], ...rest] = batches(toAnnotations(report.findings));
  const { data: run } = await client.rest.checks.create({
    owner: context.owner,
    repo: context.repo,
    name: CHECK_NAME,
    head_sha: report.pullRequest.headSha,
    status: 'completed',
    conclusion: report.verdict === 'pass' ? 'success' : 'failure',
    output: { ...output, annotations: first },
  });
  for (const annotations of rest)
    await client.rest.checks.update({
      owner: context.owner,
      repo: context.repo,
      check_run_id: run.id,
      output: { ...output, annotations },
    });
}

/**
 * One comment per pull request, found by its hidden marker among the comments the Action's
 * own identity wrote, and edited in place. A comment by anyone else that starts with the
 * marker is left alone: anyone who may comment can copy it.
 */
export async function publishComment(
  client: GitHubClient,
  context: RunContext,
  number: number,
  markdown: string,
): Promise<void> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: context.owner,
    repo: context.repo,
    issue_number: number,
    per_page: 100,
  });
  const body = truncate(markdown);
  const self = await ownIdentity(client);
  const mine = comments.find(
    (c) => c.body?.startsWith(COMMENT_MARKER) === true && writtenBy(self, c.user),
  );
  if (mine === undefined)
    await client.rest.issues.createComment({
      owner: context.owner,
      repo: context.repo,
      issue_number: number,
      body,
    });
  else if (mine.body !== body)
    await client.rest.issues.updateComment({
      owner: context.owner,
      repo: context.repo,
      comment_id: mine.id,
      body,
    });
}

function truncate(text: string): string {
  return text.length <= MAX_BODY
    ? text
    : `${text.slice(0, MAX_BODY)}\n\n… (cut at GitHub's size limit; the full report is in the job summary and the report-json output)\n`;
}
