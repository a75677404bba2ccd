import { GitObjectStore, type GitPerson, type TreeEntry } from './git-objects.js';

/**
 * Everything the emulated GitHub knows. Route modules read and change it; tests seed it from a
 * plain object and assert on it afterwards.
 */

export type RepoPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';
export const REPO_PERMISSIONS: readonly RepoPermission[] = [
  'pull',
  'triage',
  'push',
  'maintain',
  'admin',
];

export interface User {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
  siteAdmin: boolean;
}

export interface OrgMembership {
  role: 'admin' | 'member';
  state: 'active' | 'pending';
}

export interface TeamMembership {
  role: 'member' | 'maintainer';
  state: 'active' | 'pending';
}

export interface Team {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'closed' | 'secret';
  members: Map<string, TeamMembership>;
  createdAt: string;
}

export interface OrgInvitation {
  id: number;
  login: string;
  role: 'admin' | 'direct_member';
  inviter: string;
  teamIds: number[];
  createdAt: string;
}

export interface Org {
  id: number;
  login: string;
  name: string | null;
  members: Map<string, OrgMembership>;
  teams: Map<string, Team>;
  invitations: OrgInvitation[];
  createdAt: string;
}

export interface RepoInvitation {
  id: number;
  repoKey: string;
  invitee: string;
  inviter: string;
  permission: RepoPermission;
  createdAt: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface PullData {
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  merged: boolean;
  mergedAt: string | null;
  /** Who merged it (the pull request's `merged_by`); null until merged. */
  mergedBy?: string | null;
  mergeCommitSha: string | null;
  draft: boolean;
  /** Logins and team slugs whose review is requested and not yet given. */
  requestedReviewers: string[];
  requestedTeams: string[];
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  /** Label events, oldest first, as the issue events API lists them. */
  events: IssueEvent[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Who closed the issue last; null while it is open. */
  closedBy: string | null;
  pull?: PullData;
}

export interface IssueEvent {
  id: number;
  actor: string;
  event: 'labeled' | 'unlabeled';
  label: string;
  createdAt: string;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Review {
  id: number;
  pullNumber: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  targetUrl: string | null;
  description: string | null;
  context: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface Annotation {
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

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  description: string | null;
  private: boolean;
  defaultBranch: string;
  topics: string[];
  createdAt: string;
  collaborators: Map<string, RepoPermission>;
  teams: Map<string, RepoPermission>;
  refs: Map<string, string>;
  git: GitObjectStore;
  issues: Issue[];
  comments: IssueComment[];
  reviews: Review[];
  labels: Map<string, Label>;
  statuses: CommitStatus[];
  checkRuns: CheckRun[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  login: string | null;
  userAgent: string | null;
  fault?: string;
}

// ---- the seed: a plain object that tests write by hand ----

export interface SeedUser {
  login: string;
  token?: string;
  name?: string;
  email?: string;
  type?: 'User' | 'Bot';
}

export interface SeedTeam {
  slug: string;
  name?: string;
  description?: string;
  privacy?: 'closed' | 'secret';
  members?: string[];
  maintainers?: string[];
  repos?: Record<string, RepoPermission>;
}

export interface SeedPull {
  title: string;
  body?: string;
  user: string;
  head: string;
  base?: string;
  /** File changes on the head branch, on top of the base: content, or null to delete. */
  files?: Record<string, string | null>;
  labels?: string[];
  /** Who added the labels (default: the pull request's author). */
  labelledBy?: string;
  draft?: boolean;
  state?: 'open' | 'closed';
  merged?: boolean;
  /** Who merged it, when `merged`. */
  mergedBy?: string;
  reviews?: Array<{ user: string; state: Review['state']; body?: string; commitId?: string }>;
}

export interface SeedIssue {
  title: string;
  body?: string;
  user: string;
  state?: 'open' | 'closed';
  labels?: string[];
}

export interface SeedLabel {
  name: string;
  color?: string;
  description?: string | null;
  default?: boolean;
}

export interface SeedRepo {
  name: string;
  /** Defaults to the seeded org. */
  owner?: string;
  private?: boolean;
  description?: string;
  defaultBranch?: string;
  /** Files of the first commit on the default branch; `{}` for an empty repository. */
  files?: Record<string, string>;
  collaborators?: Record<string, RepoPermission>;
  labels?: Array<string | SeedLabel>;
  topics?: string[];
  issues?: SeedIssue[];
  pulls?: SeedPull[];
}

export interface Seed {
  org?: { login: string; name?: string; members?: string[]; owners?: string[] };
  users?: SeedUser[];
  teams?: SeedTeam[];
  repos?: SeedRepo[];
  /** The instant the clock starts at; every write advances it by one second. */
  now?: string;
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export class EmulatorState {
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, string>();
  readonly orgs = new Map<string, Org>();
  readonly repos = new Map<string, Repo>();
  readonly repoInvitations: RepoInvitation[] = [];
  readonly requests: RequestLogEntry[] = [];
  private lastId = 1000;
  private clock: number;

  constructor(now = '2026-01-01T00:00:00Z') {
    this.clock = new Date(now).getTime();
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** A deterministic clock, so responses and commit shas are the same on every run. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /**
   * Moves the clock forward to `instant` (never back), as time passes between two scheduled
   * runs: the next write is stamped one second after it.
   */
  advanceClock(instant: string): void {
    const to = new Date(instant).getTime();
    if (Number.isNaN(to)) throw new Error(`advanceClock: "${instant}" is not an instant`);
    this.clock = Math.max(this.clock, to);
  }

  addUser(seed: SeedUser): User {
    const existing = this.user(seed.login);
    if (existing !== undefined) {
      if (seed.token !== undefined) this.tokens.set(seed.token, existing.login);
      return existing;
    }
    const user: User = {
      id: this.nextId(),
      login: seed.login,
      type: seed.type ?? (seed.login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: seed.name ?? null,
      email: seed.email ?? null,
      siteAdmin: false,
    };
    this.users.set(seed.login.toLowerCase(), user);
    if (seed.token !== undefined) this.tokens.set(seed.token, user.login);
    return user;
  }

  user(login: string): User | undefined {
    return this.users.get(login.toLowerCase());
  }

  org(login: string): Org | undefined {
    return this.orgs.get(login.toLowerCase());
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(repoKey(owner, name));
  }

  repoById(id: number): Repo | undefined {
    return [...this.repos.values()].find((repo) => repo.id === id);
  }

  addOrg(login: string, name?: string): Org {
    const existing = this.org(login);
    if (existing !== undefined) return existing;
    const org: Org = {
      id: this.nextId(),
      login,
      name: name ?? null,
      members: new Map(),
      teams: new Map(),
      invitations: [],
      createdAt: this.now(),
    };
    this.orgs.set(login.toLowerCase(), org);
    this.users.set(login.toLowerCase(), {
      id: org.id,
      login,
      type: 'Organization',
      name: org.name,
      email: null,
      siteAdmin: false,
    });
    return org;
  }

  addRepo(seed: SeedRepo, defaultOwner: string | undefined): Repo {
    const owner = seed.owner ?? defaultOwner;
    if (owner === undefined) {
      throw new Error(`seed repo "${seed.name}" has no owner and the seed has no org`);
    }
    if (this.user(owner) === undefined) this.addUser({ login: owner });
    const repo: Repo = {
      id: this.nextId(),
      owner: this.user(owner)?.login ?? owner,
      name: seed.name,
      description: seed.description ?? null,
      private: seed.private ?? false,
      defaultBranch: seed.defaultBranch ?? 'main',
      topics: seed.topics ?? [],
      createdAt: this.now(),
      collaborators: new Map(),
      teams: new Map(),
      refs: new Map(),
      git: new GitObjectStore(),
      issues: [],
      comments: [],
      reviews: [],
      labels: new Map(),
      statuses: [],
      checkRuns: [],
    };
    this.repos.set(repoKey(repo.owner, repo.name), repo);
    const files = new Map(Object.entries(seed.files ?? { 'README.md': `# ${seed.name}\n` }));
    // an empty `files` makes an empty repository: no commit, no branch, as GitHub creates one
    if (files.size === 0) return repo;
    const sha = this.commitFiles(repo, files, [], 'Initial commit', owner);
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
    return repo;
  }

  /** Writes a commit whose tree holds exactly `files` (path to content). */
  commitFiles(
    repo: Repo,
    files: Map<string, string>,
    parents: string[],
    message: string,
    author: string,
  ): string {
    const entries = new Map<string, TreeEntry>();
    for (const [path, content] of files) {
      entries.set(path, {
        path,
        mode: '100644',
        type: 'blob',
        sha: repo.git.putBlob(Buffer.from(content)),
      });
    }
    const tree = repo.git.writeTreeFromPaths(entries);
    const person = this.gitPerson(author);
    return repo.git.putCommit({ tree, parents, message, author: person, committer: person });
  }

  gitPerson(login: string): GitPerson {
    const user = this.user(login);
    return {
      name: user?.name ?? login,
      email: user?.email ?? `${user?.id ?? 0}+${login}@users.noreply.github.com`,
      date: this.now(),
    };
  }

  /** The files of a commit as path to content. */
  filesAt(repo: Repo, commitSha: string): Map<string, string> {
    const commit = repo.git.commit(commitSha);
    const files = new Map<string, string>();
    if (commit === undefined) return files;
    for (const [path, entry] of repo.git.flatten(commit.tree)) {
      files.set(path, repo.git.blob(entry.sha)?.toString('utf8') ?? '');
    }
    return files;
  }

  nextIssueNumber(repo: Repo): number {
    return repo.issues.reduce((max, issue) => Math.max(max, issue.number), 0) + 1;
  }

  /** Gives the issue exactly these labels, recording who added or removed each, as GitHub does. */
  relabel(repo: Repo, issue: Issue, names: string[], actor: string): void {
    const next: string[] = [];
    for (const name of names) {
      const label = this.ensureLabel(repo, name).name;
      if (!next.some((l) => l.toLowerCase() === label.toLowerCase())) next.push(label);
    }
    const has = (list: string[], name: string) =>
      list.some((l) => l.toLowerCase() === name.toLowerCase());
    const record = (event: IssueEvent['event'], label: string) =>
      issue.events.push({ id: this.nextId(), actor, event, label, createdAt: this.now() });
    for (const label of issue.labels) if (!has(next, label)) record('unlabeled', label);
    for (const label of next) if (!has(issue.labels, label)) record('labeled', label);
    issue.labels = next;
  }

  ensureLabel(repo: Repo, name: string): Label {
    const existing = [...repo.labels.values()].find(
      (label) => label.name.toLowerCase() === name.toLowerCase(),
    );
    if (existing !== undefined) return existing;
    const label: Label = {
      id: this.nextId(),
      name,
      color: 'ededed',
      description: null,
      default: false,
    };
    repo.labels.set(name.toLowerCase(), label);
    return label;
  }

  log(entry: RequestLogEntry): void {
    this.requests.push(entry);
  }
}

export function seedState(seed: Seed): EmulatorState {
  const state = new EmulatorState(seed.now);
  for (const user of seed.users ?? []) state.addUser(user);
  const org = seed.org === undefined ? undefined : state.addOrg(seed.org.login, seed.org.name);
  if (org !== undefined && seed.org !== undefined) {
    for (const login of seed.org.owners ?? []) {
      state.addUser({ login });
      org.members.set(login.toLowerCase(), { role: 'admin', state: 'active' });
    }
    for (const login of seed.org.members ?? []) {
      state.addUser({ login });
      if (!org.members.has(login.toLowerCase())) {
        org.members.set(login.toLowerCase(), { role: 'member', state: 'active' });
      }
    }
  }
  for (const repoSeed of seed.repos ?? []) seedRepo(state, repoSeed, org?.login);
  for (const teamSeed of seed.teams ?? []) {
    if (org === undefined) throw new Error(`seed team "${teamSeed.slug}" needs a seed org`);
    seedTeam(state, org, teamSeed);
  }
  return state;
}

function seedTeam(state: EmulatorState, org: Org, seed: SeedTeam): void {
  const team: Team = {
    id: state.nextId(),
    slug: seed.slug,
    name: seed.name ?? seed.slug,
    description: seed.description ?? null,
    privacy: seed.privacy ?? 'closed',
    members: new Map(),
    createdAt: state.now(),
  };
  const addMember = (login: string, role: TeamMembership['role']): void => {
    state.addUser({ login });
    if (!org.members.has(login.toLowerCase())) {
      org.members.set(login.toLowerCase(), { role: 'member', state: 'active' });
    }
    team.members.set(login.toLowerCase(), { role, state: 'active' });
  };
  for (const login of seed.members ?? []) addMember(login, 'member');
  for (const login of seed.maintainers ?? []) addMember(login, 'maintainer');
  org.teams.set(seed.slug.toLowerCase(), team);
  for (const [name, permission] of Object.entries(seed.repos ?? {})) {
    const repo = state.repo(org.login, name);
    if (repo === undefined) throw new Error(`seed team "${seed.slug}" names unknown repo ${name}`);
    repo.teams.set(seed.slug.toLowerCase(), permission);
  }
}

function seedRepo(state: EmulatorState, seed: SeedRepo, org: string | undefined): void {
  const repo = state.addRepo(seed, org);
  for (const [login, permission] of Object.entries(seed.collaborators ?? {})) {
    state.addUser({ login });
    repo.collaborators.set(login.toLowerCase(), permission);
  }
  for (const label of seed.labels ?? []) {
    const spec = typeof label === 'string' ? { name: label } : label;
    Object.assign(state.ensureLabel(repo, spec.name), {
      ...(spec.color === undefined ? {} : { color: spec.color }),
      ...(spec.description === undefined ? {} : { description: spec.description }),
      ...(spec.default === undefined ? {} : { default: spec.default }),
    });
  }
  for (const issueSeed of seed.issues ?? []) {
    state.addUser({ login: issueSeed.user });
    const now = state.now();
    const issue: Issue = {
      id: state.nextId(),
      number: state.nextIssueNumber(repo),
      title: issueSeed.title,
      body: issueSeed.body ?? null,
      user: issueSeed.user,
      state: issueSeed.state ?? 'open',
      stateReason: issueSeed.state === 'closed' ? 'completed' : null,
      labels: [],
      events: [],
      assignees: [],
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: issueSeed.state === 'closed' ? now : null,
      closedBy: issueSeed.state === 'closed' ? issueSeed.user : null,
    };
    repo.issues.push(issue);
    state.relabel(repo, issue, issueSeed.labels ?? [], issueSeed.user);
  }
  for (const pullSeed of seed.pulls ?? []) seedPull(state, repo, pullSeed);
}

function seedPull(state: EmulatorState, repo: Repo, seed: SeedPull): void {
  state.addUser({ login: seed.user });
  const baseRef = seed.base ?? repo.defaultBranch;
  const baseSha = repo.refs.get(`refs/heads/${baseRef}`);
  if (baseSha === undefined) throw new Error(`seed pull "${seed.title}": no branch ${baseRef}`);
  const files = state.filesAt(repo, baseSha);
  for (const [path, content] of Object.entries(seed.files ?? {})) {
    if (content === null) files.delete(path);
    else files.set(path, content);
  }
  const headSha = state.commitFiles(repo, files, [baseSha], seed.title, seed.user);
  repo.refs.set(`refs/heads/${seed.head}`, headSha);
  const now = state.now();
  const number = state.nextIssueNumber(repo);
  const closed = seed.state === 'closed' || seed.merged === true;
  const issue: Issue = {
    id: state.nextId(),
    number,
    title: seed.title,
    body: seed.body ?? null,
    user: seed.user,
    state: closed ? 'closed' : 'open',
    stateReason: null,
    labels: [],
    events: [],
    assignees: [],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: closed ? now : null,
    closedBy: closed ? (seed.mergedBy ?? seed.user) : null,
    pull: {
      head: { ref: seed.head, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      merged: seed.merged === true,
      mergedAt: seed.merged === true ? now : null,
      mergedBy: seed.merged === true ? (seed.mergedBy ?? null) : null,
      mergeCommitSha: null,
      draft: seed.draft ?? false,
      requestedReviewers: [],
      requestedTeams: [],
    },
  };
  repo.issues.push(issue);
  state.relabel(repo, issue, seed.labels ?? [], seed.labelledBy ?? seed.user);
  for (const review of seed.reviews ?? []) {
    state.addUser({ login: review.user });
    repo.reviews.push({
      id: state.nextId(),
      pullNumber: number,
      user: review.user,
      state: review.state,
      body: review.body ?? '',
      commitId: review.commitId ?? headSha,
      submittedAt: state.now(),
    });
  }
}
