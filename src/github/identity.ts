// Who the token writes as, so the Action finds only what it wrote itself: a comment or an
// issue that carries its hidden marker but was written by someone else is never adopted.
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';

/**
 * Who the token writes as: `{ login }` when `GET /user` answers (a personal or user token),
 * else `{ bot: true }`. An installation token (the job's GITHUB_TOKEN, a GitHub App's token)
 * gets 403 there and writes as a bot (`github-actions[bot]`, `<app>[bot]`); nobody who only
 * opens pull requests and comments can write as a bot.
 */
export type OwnIdentity = { login: string } | { bot: true };

/** The login `GET /user` answers for the token; an installation token gets 403 there. */
export async function authenticatedLogin(client: GitHubClient): Promise<string> {
  const { data } = await client.rest.users.getAuthenticated();
  return data.login;
}

/**
 * The login the token writes as, from GraphQL's `viewer`, which answers for an installation
 * token too (`<app>[bot]`, `github-actions[bot]`) where `GET /user` does not.
 */
export async function viewerLogin(client: GitHubClient): Promise<string> {
  const data = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
  return data.viewer.login;
}

export async function ownIdentity(client: GitHubClient): Promise<OwnIdentity> {
  try {
    return { login: await authenticatedLogin(client) };
  } catch (error) {
    if (
      error instanceof GitHubError &&
      (error.status === 403 || error.status === 401 || error.status === 404) &&
      error.rateLimitReset === undefined &&
      !/rate limit/i.test(error.githubMessage ?? '')
    )
      return { bot: true };
    throw error;
  }
}

export function writtenBy(
  self: OwnIdentity,
  author: { login: string; type?: string } | null | undefined,
): boolean {
  if (author === null || author === undefined) return false;
  return 'login' in self
    ? author.login.toLowerCase() === self.login.toLowerCase()
    : author.type === 'Bot';
}
