// Check runs: the pull-request check reports its verdict as one completed run per head commit.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** One annotation as the check-runs API takes it. */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** One request's worth of a run's output; GitHub takes at most 50 annotations a request. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
}

/** The latest run of each app named `name` on a commit (one page: a commit has few). */
export async function latestCheckRuns(
  client: GitHubClient,
  repo: RepoName,
  ref: string,
  name: string,
) {
  const { data } = await client.rest.checks.listForRef({
    ...repo,
    ref,
    check_name: name,
    filter: 'latest',
    per_page: 100,
  });
  return data.check_runs;
}

/** Creates a run already completed with `conclusion`; its id. */
export async function createCompletedCheckRun(
  client: GitHubClient,
  repo: RepoName,
  run: { name: string; headSha: string; conclusion: 'success' | 'failure'; output: CheckRunOutput },
): Promise<number> {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    output: run.output,
  });
  return data.id;
}

/** Adds output to a run; the annotations are appended to the ones it has. */
export async function updateCheckRun(
  client: GitHubClient,
  repo: RepoName,
  id: number,
  output: CheckRunOutput,
): Promise<void> {
  await client.rest.checks.update({ ...repo, check_run_id: id, output });
}
