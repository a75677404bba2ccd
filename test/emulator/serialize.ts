import type { RequestContext } from './http.js';
import type { Label, Org, Repo, RepoPermission, User } from './state.js';

/** The JSON shapes GitHub shares across endpoints: users, organisations, repositories, labels. */

export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

export function userJson(ctx: RequestContext, user: User): Record<string, unknown> {
  const api = `${ctx.apiUrl}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `${ctx.webUrl}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.webUrl}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: user.siteAdmin,
  };
}

/** A login the state may not know (e.g. a seeded author) still gets a stable user shape. */
export function loginJson(ctx: RequestContext, login: string): Record<string, unknown> {
  const user = ctx.state.user(login) ?? ctx.state.addUser({ login });
  return userJson(ctx, user);
}

export function orgJson(ctx: RequestContext, org: Org): Record<string, unknown> {
  const api = `${ctx.apiUrl}/orgs/${org.login}`;
  return {
    login: org.login,
    id: org.id,
    node_id: nodeId('Organization', org.id),
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `${ctx.webUrl}/avatars/u/${org.id}?v=4`,
    description: null,
  };
}

export function repoApiUrl(ctx: RequestContext, repo: Repo): string {
  return `${ctx.apiUrl}/repos/${repo.owner}/${repo.name}`;
}

/** The short repository shape GitHub nests in invitations, statuses and events. */
export function minimalRepoJson(ctx: RequestContext, repo: Repo): Record<string, unknown> {
  const api = repoApiUrl(ctx, repo);
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: loginJson(ctx, repo.owner),
    html_url: `${ctx.webUrl}/${repo.owner}/${repo.name}`,
    description: repo.description,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
  };
}

export function permissionFlags(permission: RepoPermission | undefined): Record<string, boolean> {
  const rank = permission === undefined ? -1 : PERMISSION_RANK[permission];
  return {
    admin: rank >= PERMISSION_RANK.admin,
    maintain: rank >= PERMISSION_RANK.maintain,
    push: rank >= PERMISSION_RANK.push,
    triage: rank >= PERMISSION_RANK.triage,
    pull: rank >= PERMISSION_RANK.pull,
  };
}

export const PERMISSION_RANK: Record<RepoPermission, number> = {
  pull: 0,
  triage: 1,
  push: 2,
  maintain: 3,
  admin: 4,
};

/** The names GitHub shows for a permission in `role_name`. */
export const ROLE_NAME: Record<RepoPermission, string> = {
  pull: 'read',
  triage: 'triage',
  push: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

export function fullRepoJson(
  ctx: RequestContext,
  repo: Repo,
  viewerPermission: RepoPermission | undefined,
): Record<string, unknown> {
  const openIssues = repo.issues.filter((issue) => issue.state === 'open').length;
  const org = ctx.state.org(repo.owner);
  const body: Record<string, unknown> = {
    ...minimalRepoJson(ctx, repo),
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    git_url: `git://${new URL(ctx.webUrl).host}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@${new URL(ctx.webUrl).hostname}:${repo.owner}/${repo.name}.git`,
    clone_url: `${ctx.webUrl}/${repo.owner}/${repo.name}.git`,
    svn_url: `${ctx.webUrl}/${repo.owner}/${repo.name}`,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: openIssues,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: repo.topics,
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    default_branch: repo.defaultBranch,
    permissions: permissionFlags(viewerPermission),
    temp_clone_token: '',
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    network_count: 0,
    subscribers_count: 0,
  };
  if (org !== undefined) body.organization = loginJson(ctx, org.login);
  return body;
}

export function labelJson(ctx: RequestContext, repo: Repo, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoApiUrl(ctx, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}
