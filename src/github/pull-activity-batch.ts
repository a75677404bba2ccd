// Who pushed to and who labelled many pull requests in one request: GitHub's GraphQL API
// answers `pullRequest(number)` aliased PULLS_PER_QUERY times in one query, with each pull
// request's commits (their author's and committer's accounts) and its label history, where
// REST takes two requests a pull request (pull-activity.ts). The answers are folded by the
// same functions as REST's, so both paths name the same people. A pull request with more
// commits or label events than one query holds is asked through REST, and one with more
// commits than GitHub lists at all is left to the one-by-one look-up, which refuses it.
import type { GitHubClient } from './client.js';
import {
  contributorsOf,
  fetchContributors,
  fetchLabelActors,
  labelActorsOf,
  PULL_COMMITS_LISTED,
  type LabelEvent,
} from './pull-activity.js';

/**
 * Pull requests per query. GitHub limits a query to 500,000 nodes; this one asks at most
 * 50 × (100 + 100) = 10,000.
 */
export const PULLS_PER_QUERY = 50;
const PER_PULL = 100;

const FRAGMENT = `fragment PullActivity on PullRequest {
  commits(first: ${PER_PULL}) {
    totalCount
    nodes { commit { author { user { login } } committer { user { login } } } }
  }
  timelineItems(first: ${PER_PULL}, itemTypes: [LABELED_EVENT, UNLABELED_EVENT]) {
    totalCount
    nodes {
      __typename
      ... on LabeledEvent { createdAt actor { login } label { name } }
      ... on UnlabeledEvent { createdAt actor { login } label { name } }
    }
  }
}`;

interface GitActor {
  user: { login: string } | null;
}
interface LabelNode {
  __typename: string;
  createdAt?: string;
  actor?: { login: string } | null;
  label?: { name: string };
}
interface ActivityNode {
  commits: {
    totalCount: number;
    nodes: { commit: { author: GitActor | null; committer: GitActor | null } }[];
  };
  timelineItems: { totalCount: number; nodes: LabelNode[] };
}

/** What the gate asks of a merged pull request besides its reviews. */
export interface PullActivity {
  /** Accounts that authored or committed its commits (fetchContributors). */
  pushers: string[];
  /** Who added each label, as it stood at `until` (fetchLabelActors). */
  labelActors: Record<string, string>;
}

/** The query for `count` pull requests, each number passed as a variable. */
export function pullActivityQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$p${i}: Int!`).join(', ');
  const aliases = Array.from(
    { length: count },
    (_, i) => `    p${i}: pullRequest(number: $p${i}) { ...PullActivity }`,
  ).join('\n');
  return `query PullActivity($owner: String!, $name: String!, ${variables}) {
  repository(owner: $owner, name: $name) {
${aliases}
  }
}
${FRAGMENT}`;
}

/**
 * By number: the activity of each pull request, its labels as they stood at its `until`
 * (its merge). One GraphQL query per PULLS_PER_QUERY pull requests; what does not fit is
 * asked through REST. A pull request with more commits than GitHub lists is left out (see
 * UnlistedPushersError). A failed query throws: the caller decides whether to fall back.
 */
export async function fetchPullActivities(
  client: GitHubClient,
  owner: string,
  repo: string,
  pulls: { number: number; until?: string }[],
): Promise<Map<number, PullActivity>> {
  const answers = new Map<number, PullActivity>();
  for (let at = 0; at < pulls.length; at += PULLS_PER_QUERY) {
    const part = pulls.slice(at, at + PULLS_PER_QUERY);
    const variables: Record<string, string | number> = { owner, name: repo };
    part.forEach((pull, i) => (variables[`p${i}`] = pull.number));
    const data = await client.graphql<{ repository: Record<string, unknown> | null }>(
      pullActivityQuery(part.length),
      variables,
    );
    for (const [i, pull] of part.entries()) {
      const node = data.repository?.[`p${i}`] as ActivityNode | null | undefined;
      if (node === null || node === undefined)
        throw new Error(`pull request #${pull.number} was not found in ${owner}/${repo}`);
      const { commits, timelineItems } = node;
      // commits GitHub does not list whole: left out, for the one-by-one look-up to refuse
      if (commits.totalCount >= PULL_COMMITS_LISTED) continue;
      const target = { owner, repo, number: pull.number };
      answers.set(pull.number, {
        pushers:
          commits.totalCount > commits.nodes.length
            ? await fetchContributors(client, target)
            : contributorsOf(
                commits.nodes.flatMap(({ commit }) => [
                  commit.author?.user?.login,
                  commit.committer?.user?.login,
                ]),
              ),
        labelActors:
          timelineItems.totalCount > timelineItems.nodes.length
            ? await fetchLabelActors(client, target, pull.until)
            : labelActorsOf(timelineItems.nodes.flatMap(labelEvent), pull.until),
      });
    }
  }
  return answers;
}

function labelEvent(node: LabelNode): LabelEvent[] {
  const event =
    node.__typename === 'LabeledEvent'
      ? 'labeled'
      : node.__typename === 'UnlabeledEvent'
        ? 'unlabeled'
        : undefined;
  if (event === undefined || node.label === undefined) return [];
  return [
    {
      event,
      label: node.label.name,
      ...(node.actor === null || node.actor === undefined ? {} : { actor: node.actor.login }),
      createdAt: node.createdAt ?? '',
    },
  ];
}
