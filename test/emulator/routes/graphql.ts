import { readableRepo } from '../access.js';
import { execute, GraphQLError, parseDocument, type ObjectType, type Schema } from '../graphql.js';
import { bodyObject, ok, type RequestContext } from '../http.js';
import type { Router } from '../router.js';
import type { CommitStatus, Repo } from '../state.js';
import { associatedPulls } from './commit-pulls.js';
import { issueEvents } from './issues.js';
import {
  commitAccounts,
  PULL_COMMITS_LISTED,
  pullCommits,
  pullJson,
  reviewJson,
  type Pull,
} from './pulls.js';
import { loginJson } from '../serialize.js';

/**
 * POST /graphql: the part of GitHub's GraphQL schema that looks up the pull requests of many
 * commits at once (`repository { object(oid) { ... on Commit { associatedPullRequests } } }`),
 * with their labels, reviews and merger. Every value is read from what the REST endpoints
 * answer for the same commit and pull request (GET .../commits/{sha}/pulls, .../pulls/{n},
 * .../pulls/{n}/reviews), so the two paths cannot disagree. And `viewer { login }`: who the
 * token is. And a commit's combined status (`object(oid) { ... on Commit { status {
 * state context(name) { ... } contexts { ... } } } }`): as GitHub's, the latest status of
 * each context, null for a commit without any, read from the statuses REST lists. And the
 * pushers and label history of many pull requests at once (`pullRequest(number) { commits {
 * nodes { commit { author { user } committer { user } } } } timelineItems(itemTypes) }`), read
 * from what .../pulls/{n}/commits and .../issues/{n}/events answer.
 */

interface CommitValue {
  repo: Repo;
  sha: string;
}
interface PullValue {
  repo: Repo;
  json: Record<string, unknown>;
  pull: Pull;
}
interface ActorValue {
  login: string;
  type: string;
}
interface ConnectionValue<T> {
  totalCount: number;
  nodes: T[];
}

function first(args: Record<string, unknown>): number {
  const n = args.first;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100)
    throw new GraphQLError(
      'You must provide a `first` value between 1 and 100 to properly paginate the connection.',
    );
  return n;
}

function connection<T>(items: T[], args: Record<string, unknown>): ConnectionValue<T> {
  return { totalCount: items.length, nodes: items.slice(0, first(args)) };
}

function actor(user: unknown): ActorValue | null {
  const u = user as { login?: unknown; type?: unknown } | null | undefined;
  return typeof u?.login === 'string' ? { login: u.login, type: String(u.type ?? 'User') } : null;
}

interface StatusValue {
  latest: CommitStatus[];
}

/** The latest status of each context on a commit, oldest context first, as GitHub combines them. */
function latestStatuses(repo: Repo, sha: string): CommitStatus[] {
  const latest = new Map<string, CommitStatus>();
  for (const status of repo.statuses) if (status.sha === sha) latest.set(status.context, status);
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

function combinedState(statuses: CommitStatus[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'FAILURE';
  if (statuses.some((s) => s.state === 'pending')) return 'PENDING';
  return 'SUCCESS';
}

function schema(ctx: RequestContext): Schema {
  const actorType = (value: unknown) => ((value as ActorValue).type === 'Bot' ? 'Bot' : 'User');
  const types: ObjectType<never>[] = [
    {
      name: 'Query',
      fields: {
        // GitHub answers this for installation tokens too ("app[bot]"), where GET /user is 403
        viewer: {
          type: 'User',
          resolve: () => ({ login: ctx.actor.login, type: ctx.actor.type ?? 'User' }),
        },
        repository: {
          type: 'Repository',
          resolve: (_: unknown, args) => {
            const owner = String(args.owner ?? '');
            const name = String(args.name ?? '');
            try {
              return readableRepo({ ...ctx, params: { owner, repo: name } });
            } catch {
              throw new GraphQLError(
                `Could not resolve to a Repository with the name '${owner}/${name}'.`,
              );
            }
          },
        },
      },
    } satisfies ObjectType<unknown>,
    {
      name: 'Repository',
      fields: {
        defaultBranchRef: {
          type: 'Ref',
          resolve: (repo: Repo) => ({ name: repo.defaultBranch }),
        },
        pullRequest: {
          type: 'PullRequest',
          resolve: (repo: Repo, args) => {
            const pull = repo.issues.find(
              (issue) => issue.number === args.number && issue.pull !== undefined,
            ) as Pull | undefined;
            if (pull === undefined)
              throw new GraphQLError(
                `Could not resolve to a PullRequest with the number of ${String(args.number)}.`,
              );
            return { repo, pull, json: pullJson(ctx, repo, pull) };
          },
        },
        object: {
          type: 'Commit',
          resolve: (repo: Repo, args) => {
            const oid = String(args.oid ?? '');
            return repo.git.commit(oid) === undefined ? null : { repo, sha: oid };
          },
        },
      },
    } satisfies ObjectType<Repo>,
    {
      name: 'Commit',
      fields: {
        oid: { resolve: (c: CommitValue) => c.sha },
        author: {
          type: 'GitActor',
          resolve: (c: CommitValue) => ({ user: commitAccounts(ctx, c.repo, c.sha).author }),
        },
        committer: {
          type: 'GitActor',
          resolve: (c: CommitValue) => ({ user: commitAccounts(ctx, c.repo, c.sha).committer }),
        },
        status: {
          type: 'Status',
          resolve: (c: CommitValue) => {
            const latest = latestStatuses(c.repo, c.sha);
            return latest.length === 0 ? null : { latest };
          },
        },
        associatedPullRequests: {
          type: 'PullRequestConnection',
          resolve: (c: CommitValue, args) =>
            connection(
              associatedPulls(c.repo, c.sha).map((pull) => ({
                repo: c.repo,
                pull,
                json: pullJson(ctx, c.repo, pull),
              })),
              args,
            ),
        },
      },
    } satisfies ObjectType<CommitValue>,
    {
      name: 'Status',
      fields: {
        state: { resolve: (s: StatusValue) => combinedState(s.latest) },
        context: {
          type: 'StatusContext',
          resolve: (s: StatusValue, args) => {
            if (typeof args.name !== 'string')
              throw new GraphQLError("Argument 'name' on Field 'context' has an invalid value");
            return s.latest.find((status) => status.context === args.name) ?? null;
          },
        },
        contexts: { type: 'StatusContext', resolve: (s: StatusValue) => s.latest },
      },
    } satisfies ObjectType<StatusValue>,
    {
      name: 'StatusContext',
      fields: {
        context: { resolve: (s: CommitStatus) => s.context },
        state: { resolve: (s: CommitStatus) => s.state.toUpperCase() },
        description: { resolve: (s: CommitStatus) => s.description },
        targetUrl: { resolve: (s: CommitStatus) => s.targetUrl },
        createdAt: { resolve: (s: CommitStatus) => s.createdAt },
        creator: {
          type: actorType,
          resolve: (s: CommitStatus) => actor(loginJson(ctx, s.creator)),
        },
      },
    } satisfies ObjectType<CommitStatus>,
    {
      name: 'PullRequestConnection',
      fields: {
        totalCount: { resolve: (c: ConnectionValue<PullValue>) => c.totalCount },
        nodes: { type: 'PullRequest', resolve: (c: ConnectionValue<PullValue>) => c.nodes },
      },
    } satisfies ObjectType<ConnectionValue<PullValue>>,
    {
      name: 'PullRequest',
      fields: {
        number: { resolve: (p: PullValue) => p.json.number },
        url: { resolve: (p: PullValue) => p.json.html_url },
        title: { resolve: (p: PullValue) => p.json.title },
        mergedAt: { resolve: (p: PullValue) => p.json.merged_at ?? null },
        baseRefName: { resolve: (p: PullValue) => (p.json.base as { ref: string }).ref },
        headRefOid: { resolve: (p: PullValue) => (p.json.head as { sha: string }).sha },
        mergeCommit: {
          type: 'Commit',
          resolve: (p: PullValue) => {
            const sha = p.json.merge_commit_sha;
            return p.json.merged === true && typeof sha === 'string' ? { repo: p.repo, sha } : null;
          },
        },
        author: { type: actorType, resolve: (p: PullValue) => actor(p.json.user) },
        mergedBy: { type: actorType, resolve: (p: PullValue) => actor(p.json.merged_by) },
        labels: {
          type: 'LabelConnection',
          resolve: (p: PullValue, args) =>
            connection(
              (p.json.labels as { name: string }[]).map((l) => ({ name: l.name })),
              args,
            ),
        },
        commits: {
          type: 'PullRequestCommitConnection',
          resolve: (p: PullValue, args) =>
            connection(
              pullCommits(ctx, p.repo, p.pull)
                .slice(0, PULL_COMMITS_LISTED)
                .map((c) => ({ repo: p.repo, sha: c.sha })),
              args,
            ),
        },
        timelineItems: {
          type: 'PullRequestTimelineItemsConnection',
          resolve: (p: PullValue, args) => {
            const types = Array.isArray(args.itemTypes) ? (args.itemTypes as unknown[]) : [];
            const wanted = (event: unknown) =>
              types.length === 0 ||
              types.includes(event === 'labeled' ? 'LABELED_EVENT' : 'UNLABELED_EVENT');
            return connection(
              issueEvents(ctx, p.repo, p.pull).filter((e) => wanted(e.event)),
              args,
            );
          },
        },
        reviews: {
          type: 'PullRequestReviewConnection',
          resolve: (p: PullValue, args) =>
            connection(
              p.repo.reviews
                .filter((r) => r.pullNumber === p.pull.number && r.state !== 'PENDING')
                .map((r) => reviewJson(ctx, p.repo, r)),
              args,
            ),
        },
      },
    } satisfies ObjectType<PullValue>,
    {
      name: 'LabelConnection',
      fields: {
        totalCount: { resolve: (c: ConnectionValue<unknown>) => c.totalCount },
        nodes: { type: 'Label', resolve: (c: ConnectionValue<unknown>) => c.nodes },
      },
    } satisfies ObjectType<ConnectionValue<unknown>>,
    { name: 'Label', fields: { name: { resolve: (l: { name: string }) => l.name } } },
    {
      name: 'PullRequestReviewConnection',
      fields: {
        totalCount: { resolve: (c: ConnectionValue<unknown>) => c.totalCount },
        nodes: { type: 'PullRequestReview', resolve: (c: ConnectionValue<unknown>) => c.nodes },
      },
    } satisfies ObjectType<ConnectionValue<unknown>>,
    {
      name: 'PullRequestReview',
      fields: {
        state: { resolve: (r: Record<string, unknown>) => r.state },
        submittedAt: { resolve: (r: Record<string, unknown>) => r.submitted_at ?? null },
        commit: {
          type: 'Commit',
          resolve: (r: Record<string, unknown>) =>
            typeof r.commit_id === 'string' ? { repo: undefined, sha: r.commit_id } : null,
        },
        author: { type: actorType, resolve: (r: Record<string, unknown>) => actor(r.user) },
      },
    } satisfies ObjectType<Record<string, unknown>>,
    {
      name: 'PullRequestCommitConnection',
      fields: {
        totalCount: { resolve: (c: ConnectionValue<unknown>) => c.totalCount },
        nodes: { type: 'PullRequestCommit', resolve: (c: ConnectionValue<unknown>) => c.nodes },
      },
    } satisfies ObjectType<ConnectionValue<unknown>>,
    {
      name: 'PullRequestCommit',
      fields: { commit: { type: 'Commit', resolve: (c: CommitValue) => c } },
    } satisfies ObjectType<CommitValue>,
    {
      name: 'GitActor',
      fields: { user: { type: 'User', resolve: (g: { user: unknown }) => actor(g.user) } },
    } satisfies ObjectType<{ user: unknown }>,
    {
      name: 'PullRequestTimelineItemsConnection',
      fields: {
        totalCount: { resolve: (c: ConnectionValue<unknown>) => c.totalCount },
        nodes: {
          type: (e) =>
            (e as { event: string }).event === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent',
          resolve: (c: ConnectionValue<unknown>) => c.nodes,
        },
      },
    } satisfies ObjectType<ConnectionValue<unknown>>,
    ...['LabeledEvent', 'UnlabeledEvent'].map(
      (name) =>
        ({
          name,
          fields: {
            createdAt: { resolve: (e: Record<string, unknown>) => e.created_at },
            actor: { type: actorType, resolve: (e: Record<string, unknown>) => actor(e.actor) },
            label: { type: 'Label', resolve: (e: Record<string, unknown>) => e.label },
          },
        }) satisfies ObjectType<Record<string, unknown>>,
    ),
    { name: 'Ref', fields: { name: { resolve: (r: { name: string }) => r.name } } },
    { name: 'User', fields: { login: { resolve: (a: ActorValue) => a.login } } },
    { name: 'Bot', fields: { login: { resolve: (a: ActorValue) => a.login } } },
  ] as ObjectType<never>[];
  return new Map(types.map((t) => [t.name, t]));
}

export function registerGraphql(router: Router): void {
  router.post('/graphql', (ctx) => {
    const body = bodyObject(ctx);
    try {
      if (typeof body.query !== 'string')
        throw new GraphQLError('A query attribute must be specified');
      const variables =
        typeof body.variables === 'object' && body.variables !== null
          ? (body.variables as Record<string, unknown>)
          : {};
      return ok(execute(schema(ctx), parseDocument(body.query), variables, {}));
    } catch (error) {
      if (error instanceof GraphQLError) return ok({ errors: [{ message: error.message }] });
      throw error;
    }
  });
}
