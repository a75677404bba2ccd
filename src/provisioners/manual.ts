// Systems without an API: each change is an issue in the access repository, assigned to the
// resource's owners, and the issues are the system's state. A change is held once its issue
// is closed as completed; closed as not planned it is declined and stays drift. Only issues
// this token opened count, found by a hidden marker naming the change, so a re-run finds
// the open issue instead of opening another and nobody can forge a "done" by opening one.
import type { GitHubClient } from '../github/index.js';
import { ownIdentity, writtenBy, type OwnIdentity } from '../github/identity.js';
import {
  closeIssue,
  getIssue,
  listIssuesCreatedBy,
  listIssuesLabelled,
  openAssignedIssue,
  type IssueState,
} from '../github/issues.js';
import { listTeamMembers } from '../github/teams.js';
import type { GrantRecord } from '../model/index.js';
import { resourceIdProblem, subjectProblem } from '../model/names.js';
import { planByRank } from './plan-by-rank.js';
import type {
  AccessTarget,
  ActualAccess,
  DesiredAccess,
  HandOff,
  Operation,
  OperationOutcome,
  Provisioner,
  RunFacts,
  Unsupported,
  Waiting,
} from './provisioner.js';

export const MANUAL = 'manual';

export type ManualTarget = AccessTarget & {
  resource: string;
  /** As the grant writes it: user:alice, team:payments, service:deployer. */
  subject: string;
  /** The catalog entry's owners (user:LOGIN, team:SLUG): who is asked, and who may close. */
  owners: string[];
};

/** What one issue asks a person to do; kept in the issue as a hidden marker. */
export interface ManualChange {
  key: string;
  /** The target's label, e.g. "user:alice on legacy:billing". */
  label: string;
  action: Operation['action'];
  grant: string;
  from?: string;
  to?: string;
}

/** Everything the issue's text may show; `src/report/` words it. */
export interface ManualRequest {
  operation: Operation<ManualTarget>;
  /** The grant's end and reason, for a grant or a change of role. */
  expires?: string;
  reason?: string;
  run: RunFacts;
  /** "owner/name" of the access repository. */
  repository: string;
  /** The owners' logins the issue is assigned to. */
  assignees: string[];
  /** Owner teams whose members could not be listed. */
  unlisted: string[];
  /** The hidden marker; the text must carry it exactly. */
  marker: string;
}

export type ManualIssueWriter = (request: ManualRequest) => { title: string; body: string };

export interface ManualProvisionerOptions {
  client: GitHubClient;
  /** "owner/name": where the issues are opened; "" when the run does not know it. */
  repository: string;
  /** The organisation owner teams belong to; the repository's owner when absent. */
  org?: string;
  label: string;
  /** Without it no issue can be worded, and manual resources are not provisioned. */
  write?: ManualIssueWriter;
}

const MARKER = /<!-- accessctl-manual ([A-Za-z0-9_-]+) -->/;

export function markerOf(change: ManualChange): string {
  // base64url: the JSON may hold "--", which would end the HTML comment early
  return `<!-- accessctl-manual ${Buffer.from(JSON.stringify(change)).toString('base64url')} -->`;
}

export function changeOf(body: string): ManualChange | undefined {
  const found = MARKER.exec(body);
  if (found === null) return undefined;
  try {
    const value = JSON.parse(Buffer.from(found[1]!, 'base64url').toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const optional = (key: string) => v[key] === undefined || typeof v[key] === 'string';
    if (
      typeof v.key !== 'string' ||
      typeof v.label !== 'string' ||
      typeof v.grant !== 'string' ||
      !['grant', 'update', 'revoke'].includes(v.action as string) ||
      !optional('from') ||
      !optional('to')
    )
      return undefined;
    return value as ManualChange;
  } catch {
    return undefined;
  }
}

interface Tracked {
  issue: IssueState;
  change: ManualChange;
}

export class ManualProvisioner implements Provisioner<ManualTarget> {
  readonly name = MANUAL;
  private readonly client: GitHubClient;
  private readonly repo: { owner: string; repo: string };
  private readonly repository: string;
  private readonly org: string;
  private readonly label: string;
  private readonly write: ManualIssueWriter | undefined;
  private self: Promise<OwnIdentity> | undefined;
  private tracked: Promise<Tracked[]> | undefined;
  /**
   * Whether any grant of this run names a manual resource: a repository without one is not
   * asked about issues at all (its token may not even read them).
   */
  private used = false;
  /** Each grant's end and reason as the run named them, for the issue's text. */
  private readonly grants = new Map<string, { expires: string; reason: string }>();

  constructor(options: ManualProvisionerOptions) {
    const [owner = '', repo = ''] = options.repository.split('/');
    this.client = options.client;
    this.repo = { owner, repo };
    this.repository = options.repository;
    this.org = options.org ?? owner;
    this.label = options.label;
    this.write = options.write;
  }

  target(grant: GrantRecord): ManualTarget | Unsupported {
    if (!/^[^/\s]+\/[^/\s]+$/.test(this.repository))
      return {
        unsupported:
          'manual changes are opened as issues in the access repository, and this run does not know it: set GITHUB_REPOSITORY (or --github-repo) to OWNER/NAME',
      };
    if (this.write === undefined)
      return { unsupported: 'this run cannot word the issues manual changes need' };
    const name = resourceIdProblem(grant.resource) ?? subjectProblem(grant.subject);
    if (name !== undefined)
      return { unsupported: `${name.message}; accessctl provisions only canonical names` };
    this.grants.set(grant.id, { expires: grant.expires, reason: grant.reason });
    this.used = true;
    return {
      provisioner: MANUAL,
      key: `manual ${grant.resource} ${grant.subject}`,
      label: `${grant.subject} on ${grant.resource}`,
      resource: grant.resource,
      subject: grant.subject,
      owners: [...(grant.resolved?.resource.owners ?? [])],
    };
  }

  /** No ladder is known for a system without an API: only a revocation takes access away. */
  rank(): number {
    return 0;
  }

  refresh(): void {
    this.tracked = undefined;
  }

  /** The role the last issue closed as completed left, and whether another is open. */
  async read(target: ManualTarget): Promise<ActualAccess> {
    const mine = (await this.issues()).filter((t) => t.change.key === target.key);
    const done = mine
      .filter((t) => t.issue.state === 'closed' && t.issue.stateReason === 'completed')
      .sort((a, b) => (a.issue.closedAt ?? '').localeCompare(b.issue.closedAt ?? ''))
      .at(-1);
    const pending = mine.some((t) => t.issue.state === 'open');
    const role = done === undefined || done.change.action === 'revoke' ? undefined : done.change.to;
    return role === undefined ? { pending } : { role, pending };
  }

  plan(
    target: ManualTarget,
    desired: DesiredAccess | undefined,
    actual: ActualAccess,
    removedGrantId: string,
  ): Operation<ManualTarget> | undefined {
    return planByRank(target, desired, actual, removedGrantId, () => 0);
  }

  async apply(operation: Operation<ManualTarget>, run: RunFacts = {}): Promise<OperationOutcome> {
    const change: ManualChange = {
      key: operation.target.key,
      label: operation.target.label,
      action: operation.action,
      grant: operation.grantId,
      ...(operation.from === undefined ? {} : { from: operation.from }),
      ...(operation.to === undefined ? {} : { to: operation.to }),
    };
    const open = (await this.issues()).filter(
      (t) => t.issue.state === 'open' && t.change.key === change.key,
    );
    const same = open.find((t) => sameChange(t.change, change));
    if (same !== undefined)
      return {
        status: 'pending',
        message: `still waiting on issue #${same.issue.number}, opened ${same.issue.createdAt}`,
        issue: { number: same.issue.number, url: same.issue.url },
      };
    const { assignees, unlisted } = await this.ownerLogins(operation.target.owners);
    const grant = this.grants.get(operation.grantId);
    const write = this.write as ManualIssueWriter;
    const text = write({
      operation,
      ...(grant === undefined || operation.action === 'revoke' ? {} : grant),
      run,
      repository: this.repository,
      assignees,
      unlisted,
      marker: markerOf(change),
    });
    if (!text.body.includes(markerOf(change)))
      throw new Error('the issue text lost its marker; a re-run could not find the issue');
    const opened = await openAssignedIssue(this.client, this.repo, {
      ...text,
      labels: [this.label],
      assignees,
    });
    this.tracked = undefined;
    // an open issue for an older change of the same access no longer says what is wanted
    for (const stale of open)
      await closeIssue(
        this.client,
        this.repo,
        stale.issue.number,
        'not_planned',
        `Superseded by #${opened.number}: the repository now asks for something else. Do not make this change.`,
      );
    const who =
      opened.assignees.length === 0
        ? 'nobody could be assigned'
        : `assigned to ${opened.assignees.join(', ')}`;
    return {
      status: 'pending',
      message: `issue #${opened.number} opened (${who}); recorded applied once it is closed as completed`,
      issue: { number: opened.number, url: opened.url },
    };
  }

  async followUp(issues: { number: number; owners: string[] }[]): Promise<HandOff[]> {
    const self = await this.identity();
    const states: HandOff[] = [];
    for (const { number, owners } of issues) {
      const issue = await getIssue(this.client, this.repo, number);
      const ref = { number, url: issue.url };
      if (!writtenBy(self, issue.author) || changeOf(issue.body) === undefined) continue;
      if (issue.state === 'open') {
        states.push({
          issue: ref,
          state: 'pending',
          message: `issue #${number} is open again${issue.stateReason === 'reopened' ? ' (reopened)' : ''}; the change counts as not done until it is closed as completed`,
        });
        continue;
      }
      const closedBy = issue.closedBy ?? 'someone GitHub does not name';
      const byOwner =
        issue.closedBy !== null &&
        (await this.ownerLogins(owners)).assignees.some(
          (login) => login.toLowerCase() === issue.closedBy?.toLowerCase(),
        );
      const who = byOwner
        ? `${closedBy}, an owner`
        : `${closedBy}, who is not an owner of the resource (${owners.join(', ') || 'none listed'})`;
      const completed = issue.stateReason === 'completed' || issue.stateReason === null;
      states.push({
        issue: ref,
        state: completed ? 'applied' : 'declined',
        closedBy,
        ...(issue.closedAt === null ? {} : { closedAt: issue.closedAt }),
        byOwner,
        message: completed
          ? `issue #${number} closed as completed by ${who} at ${issue.closedAt ?? 'an unknown time'}`
          : `issue #${number} closed as not planned by ${who} at ${issue.closedAt ?? 'an unknown time'}: the change was not made and stays drift`,
      });
    }
    return states;
  }

  async waiting(): Promise<Waiting[]> {
    if (!this.used) return [];
    return (await this.issues())
      .filter((t) => t.issue.state === 'open')
      .map((t) => ({
        issue: { number: t.issue.number, url: t.issue.url },
        label: t.change.label,
        operation: describeChange(t.change),
        openedAt: t.issue.createdAt,
        assignees: t.issue.assignees,
      }));
  }

  /**
   * The issues this token opened that name a change: those under the label, and those it
   * opened whatever their labels now, so an issue somebody took the label off (or labelled
   * otherwise) is still found and never opened twice.
   */
  private issues(): Promise<Tracked[]> {
    this.tracked ??= (async () => {
      const self = await this.identity();
      const labelled = await listIssuesLabelled(this.client, this.repo, this.label);
      const login = this.ownLogin(self);
      const created =
        login === undefined ? [] : await listIssuesCreatedBy(this.client, this.repo, login);
      const byNumber = new Map([...labelled, ...created].map((issue) => [issue.number, issue]));
      return [...byNumber.values()]
        .sort((a, b) => a.number - b.number)
        .flatMap((issue) => {
          const change = writtenBy(self, issue.author) ? changeOf(issue.body) : undefined;
          return change === undefined ? [] : [{ issue, change }];
        });
    })();
    return this.tracked;
  }

  /**
   * The login the issues are opened as: the token's user, or for an installation token its
   * bot, as GraphQL's viewer names it. Undefined when neither answers; then no issue counts
   * as this token's own.
   */
  private ownLogin(self: OwnIdentity): string | undefined {
    return 'login' in self ? self.login : undefined;
  }

  private identity(): Promise<OwnIdentity> {
    this.self ??= ownIdentity(this.client);
    return this.self;
  }

  /** user:LOGIN owners as they are, team:SLUG owners as the team's members on GitHub. */
  private async ownerLogins(
    owners: string[],
  ): Promise<{ assignees: string[]; unlisted: string[] }> {
    const logins = new Set<string>();
    const unlisted: string[] = [];
    for (const owner of owners) {
      const [kind, id = ''] = owner.split(':');
      if (kind === 'user') logins.add(id);
      else if (kind === 'team')
        try {
          const members = await listTeamMembers(this.client, { org: this.org, team: id }, 'all');
          for (const member of members) logins.add(member.login);
        } catch {
          unlisted.push(owner);
        }
    }
    return { assignees: [...logins], unlisted };
  }
}

function sameChange(a: ManualChange, b: ManualChange): boolean {
  return a.key === b.key && a.action === b.action && a.from === b.from && a.to === b.to;
}

/** The words `describeOperation` gives the same operation. */
function describeChange(change: ManualChange): string {
  if (change.action === 'revoke') return `revoke ${change.from ?? ''} from ${change.label}`;
  if (change.action === 'grant') return `grant ${change.to ?? ''} to ${change.label}`;
  return `change ${change.label} from ${change.from ?? ''} to ${change.to ?? ''}`;
}
