// Who the token writes as, so the Action finds only what it wrote itself: a comment or an
// issue that carries its hidden marker but was written by someone else is never adopted.
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';

/**
 * Who the token writes as: `{ login }`, the exact login its comments and issues carry, or
 * `{ unknown }` with the reason when it cannot be learnt; then nothing counts as its own. A
 * user token's login is what `GET /user` answers. An installation token (the job's
 * GITHUB_TOKEN, a GitHub App's token) gets 403 there and writes as its App's bot
 * (`github-actions[bot]`, `<app>[bot]`), named by GraphQL's `viewer`. Being a bot is not
 * enough: every App writes as a bot of its own, and a workflow on the requester's branch
 * writes as `github-actions[bot]`.
 */
export type OwnIdentity = { login: string } | { unknown: string };

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
      !(error instanceof GitHubError) ||
      ![401, 403, 404].includes(error.status) ||
      limited(error)
    )
      throw error;
  }
  // an installation token: its bot's login, which GraphQL's viewer answers
  let login: string;
  try {
    login = await viewerLogin(client);
  } catch (error) {
    if (error instanceof GitHubError && limited(error)) throw error;
    return {
      unknown: `GET /user answered no user and GraphQL's viewer could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (login === '') return { unknown: "GraphQL's viewer answered no login" };
  // comments and issues name a bot `<app>[bot]`; GraphQL may name the same bot without it
  return { login: /\[bot\]$/i.test(login) ? login : `${login}[bot]` };
}

function limited(error: GitHubError): boolean {
  return error.rateLimitReset !== undefined || /rate limit/i.test(error.githubMessage ?? '');
}

/** Whether `author` is the token's own identity: the same login, compared as GitHub does. */
export function writtenBy(
  self: OwnIdentity,
  author: { login: string; type?: string } | null | undefined,
): boolean {
  if (author === null || author === undefined || !('login' in self)) return false;
  return author.login.toLowerCase() === self.login.toLowerCase();
}
