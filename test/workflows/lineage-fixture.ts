// Histories for the tests of the rules' lineage (src/workflows/provision/rule-lineage.ts): a
// repository whose rules name a policy owner (lead, of team platform), commits pushed with any
// parents, and look-ups that answer as GitHub does.
import { afterEach, expect } from 'vitest';

import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { untrustedRules } from '../../src/workflows/provision/rule-lineage.js';
import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import type { Emulator, Seed } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import type { ProvisionEnv } from './provision-env.js';
import {
  accessRepo,
  CATALOG,
  githubProvisioner,
  grants,
  NOW,
  teamGrant,
} from './provision-fixture.js';

export const OWNED = 'policyOwners: [team:platform]\n';

/** The organisation the end-to-end attacks provision into: alice and lead, an empty payments team. */
export const PAYMENTS_ORG: Seed = {
  org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
  teams: [{ slug: 'payments', members: [] }],
  repos: [{ name: 'access' }],
};
/** The catalog with carol (the attacker's friend) as owner of every team. */
export const CAROL_OWNS = CATALOG.replace('owners: [team:platform]', 'owners: [user:carol]');

/**
 * Repositories made by a test, removed after it: `governed` makes one whose rules name the
 * policy owners; `track` takes one made otherwise.
 */
export function lineageRepos(): {
  governed: (logins?: string[]) => GitRepo;
  track: (r: GitRepo) => GitRepo;
} {
  const made: GitRepo[] = [];
  afterEach(() => {
    for (const r of made.splice(0)) r.cleanup();
  });
  const track = (r: GitRepo) => {
    made.push(r);
    return r;
  };
  return {
    track,
    governed: (logins = ['alice', 'bob', 'carol']) => {
      const r = track(accessRepo(logins).repo);
      r.write({ 'accessctl.yaml': OWNED });
      r.commit('policy owners');
      return r;
    },
  };
}

/**
 * Why the rules at `at` do not stand; undefined when they do. Asked three times: by a run that
 * keeps nothing, then by two that keep the line between runs (kept-lineage.ts) in the
 * repository's git folder, where the runs of the test before left it; all three must agree.
 */
export async function judge(r: GitRepo, at: string, lookup: RequestLookup) {
  const ask = (asking: RequestLookup) =>
    untrustedRules({
      repo: r.dir,
      at,
      accessDir: 'access',
      policiesDir: 'policies',
      now: NOW,
      lookup: asking,
    });
  const fresh = await ask(lookup);
  // the same answers, from GitHub's pull requests of one repository
  const keeping: RequestLookup = (commit) => lookup(commit);
  if (lookup.madeByMerges !== undefined) keeping.madeByMerges = lookup.madeByMerges;
  keeping.source = lookup.source ?? 'acme/access';
  expect(await ask(keeping), 'a run keeping the line').toEqual(fresh);
  expect(await ask(keeping), 'a run starting from what was kept').toEqual(fresh);
  return fresh;
}

/** The tree of `base` with `files` written over it; main and the work tree are left as they were. */
export function treeWith(r: GitRepo, base: string, files: Record<string, string>): string {
  r.git('checkout', '-q', '--detach', base);
  r.write(files);
  r.git('add', '-A');
  const tree = r.git('write-tree');
  r.git('checkout', '-q', '-f', 'main');
  r.git('clean', '-fdq');
  return tree;
}

export const treeOf = (r: GitRepo, commit: string) => r.git('rev-parse', `${commit}^{tree}`);

/** A commit of `tree` with these parents, on no branch (a pull request's branch). */
export function sideCommit(r: GitRepo, tree: string, parents: string[], message: string): string {
  return r.git('commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message);
}

/** A commit of `tree` with these parents, made main's tip (as a push would). */
export function pushCommit(r: GitRepo, tree: string, parents: string[], message: string): string {
  const sha = sideCommit(r, tree, parents, message);
  r.git('update-ref', 'refs/heads/main', sha);
  r.git('checkout', '-q', '-f', 'main');
  return sha;
}

export const isFastForward = (r: GitRepo, from: string, to: string) => {
  try {
    r.git('merge-base', '--is-ancestor', from, to);
    return true;
  } catch {
    return false;
  }
};

export interface Pull {
  number: number;
  head: string;
  approvers: string[];
  author?: string;
  /** The commit GitHub made when it merged the request, as the API says. */
  mergeCommit?: string;
}

/**
 * A look-up as GitHub answers it (src/github/merge-pull.ts, pickMergePull): every commit a
 * merged pull request holds (its merge commit, and each of its own commits: the fallback
 * meant for rebase merges) is answered with that pull request; any other is a direct push.
 */
export function pulls(prs: Map<string, Pull>, author = 'alice'): RequestLookup {
  return async (commit) => {
    const pr = prs.get(commit);
    if (pr === undefined)
      return {
        request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
        note: 'a direct push',
      };
    const by = pr.author ?? author;
    return {
      request: {
        author: by,
        labels: [],
        labelActors: {},
        approvals: pr.approvers.map((reviewer) => ({ reviewer, commit: pr.head, stale: false })),
        pushers: [by],
      },
      pullRequest: pr.number,
      headSha: pr.head,
      ...(pr.mergeCommit === undefined ? {} : { mergeCommit: pr.mergeCommit }),
    };
  };
}

/**
 * Two requests branched from main's tip, each approved as it stands, each changing one line of
 * the same catalog file: one lets platform's owners grant admin alone (`one-approval`), the
 * other hands the repositories to bob (`new-owners`). Main is checked out again after.
 */
export function twoCatalogRequests(r: GitRepo): {
  file: string;
  base: string;
  oneApproval: string;
  newOwners: string;
} {
  const file = 'access/catalog/github.yaml';
  const base = r.git('rev-parse', 'HEAD');
  r.git('checkout', '-q', '-b', 'one-approval', base);
  r.write({ [file]: CATALOG.replace('approvals: 2', 'approvals: 1') });
  const oneApproval = r.commit('admin needs one approval');
  r.git('checkout', '-q', '-b', 'new-owners', base);
  r.write({
    [file]: CATALOG.replace(
      'id: github:repo/acme/*\nowners: [team:platform]',
      'id: github:repo/acme/*\nowners: [user:bob]',
    ),
  });
  const newOwners = r.commit('bob owns the repositories');
  r.git('checkout', '-q', 'main');
  return { file, base, oneApproval, newOwners };
}

/** A history whose last merge adds alice's grant, approved by carol alone, on an emulator. */
export interface CarolsGrant {
  gh: Emulator;
  r: GitRepo;
  /** Where provisioning starts: the commit before the merge. */
  from: string;
  merged: string;
  lookup: RequestLookup;
}

const inPayments = (gh: Emulator) =>
  gh.state.org('acme')?.teams.get('payments')?.members.has('alice') ?? false;

/**
 * The end-to-end attack: the payments organisation, a repository whose rules name the policy
 * owners (`owners`, the commit that names them), then whatever `attack` pushes (it returns
 * where provisioning starts), then a pull request adding alice's grant, approved by carol alone.
 */
export async function carolsGrantAfter(
  env: ProvisionEnv,
  attack: (r: GitRepo, owners: string) => string,
): Promise<CarolsGrant> {
  const gh = await env.github(PAYMENTS_ORG);
  const { repo: r } = env.accessRepo(['alice', 'carol']);
  r.write({ 'accessctl.yaml': OWNED });
  const from = attack(r, r.commit('policy owners'));
  r.write({ 'access/grants/alice.yaml': grants([teamGrant('alice')]) });
  const merged = r.commit('Merge pull request #2');
  const lookup = pulls(new Map([[merged, { number: 2, head: merged, approvers: ['carol'] }]]));
  return { gh, r, from, merged, lookup };
}

/** Whether provisioning the merge made alice a member of payments. */
export async function provisionedAlice(a: CarolsGrant): Promise<boolean> {
  await runProvision({
    repo: a.r.dir,
    from: a.from,
    to: a.merged,
    now: NOW,
    provisioners: [githubProvisioner(a.gh)],
    lookup: a.lookup,
  });
  return inPayments(a.gh);
}

/** Whether the nightly reconcile at the merge made alice a member of payments. */
export async function reconciledAlice(a: CarolsGrant): Promise<boolean> {
  await runReconcile({
    repo: a.r.dir,
    now: NOW,
    provisioners: [githubProvisioner(a.gh)],
    lookup: a.lookup,
    apply: true,
  });
  return inPayments(a.gh);
}
