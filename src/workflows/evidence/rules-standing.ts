// Whether the rules that judged each reported change stood: reached by changes a policy owner
// approved (see provision/rule-lineage.ts, which provisioning walks the same way).
// A grant change approved under rules that hold an unapproved change (a direct push that named
// new owners, say) may have been approved by exactly the people that change named: provisioning
// held it, and the auditor is told so beside its approvals.
import type { GitHubClient } from '../../github/index.js';
import type { UnapprovedRuleChange } from '../../provisioners/provision-plan.js';
import { throwingOnFailure } from '../provision/gate.js';
import { pullRequestLookup } from '../provision/merge-review.js';
import { RuleTrust } from '../provision/rule-lineage.js';
import type { History } from '../../evidence/history.js';

export interface StandingOptions {
  /** The top folder of the git repository. */
  root: string;
  accessDir: string;
  policiesDir: string;
  /**
   * `batch: false`: each change to the rules, and each merge on the line, is looked up on its
   * own through REST.
   */
  github: { client: GitHubClient; owner: string; repo: string; batch?: boolean };
  now: Date;
}

/**
 * By commit (of `shas`): the change to the rules, not reverted since, that the rules judging
 * it held. Throws when a pull request cannot be looked up or the clone is shallow: the
 * standing is then unknown, never guessed.
 */
export async function rulesNotStanding(
  history: History,
  shas: Set<string>,
  options: StandingOptions,
): Promise<Map<string, UnapprovedRuleChange>> {
  const found = new Map<string, UnapprovedRuleChange>();
  if (shas.size === 0) return found;
  const lookup = throwingOnFailure(
    pullRequestLookup(
      options.github.client,
      `${options.github.owner}/${options.github.repo}`,
      options.github.batch === undefined ? {} : { batch: options.github.batch },
    ),
  );
  const trust = new RuleTrust(
    {
      repo: options.root,
      accessDir: options.accessDir,
      policiesDir: options.policiesDir,
      now: options.now,
      lookup,
    },
    history.head,
    'throw',
  );
  for (const commit of history.commits) {
    const [parent] = commit.parents;
    if (!shas.has(commit.sha) || parent === undefined) continue;
    const broken = await trust.at(parent);
    if (broken !== undefined) found.set(commit.sha, broken);
  }
  return found;
}
