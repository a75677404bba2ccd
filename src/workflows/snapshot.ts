// The snapshot job, run by `accessctl snapshot` and the Action's `command: snapshot` on a push
// to the default branch: the pushed commit's parsed files, signed, with what else the
// pull-request check may take from it: the commit's own policies compiled and, given a look-up
// of its pull requests, whether its rules stand as provisioning judges them. What cannot be
// worked out is told to `warn` and left out; the check then does that work itself, or says
// nothing of it.
import { saveBaseSnapshot, type RulesStanding, type SnapshotTree } from '../model/index.js';
import { compiledAt } from '../policy/library.js';
import type { RequestLookup } from './provision/gate.js';
import { rulesStanding } from './provision/rule-lineage.js';

export interface SnapshotJob {
  tree: SnapshotTree;
  commit: string;
  /** The Ed25519 private key (PEM) only default-branch runs hold. */
  key: string;
  /** The pull requests behind the changes to the rules; none: their standing is not judged. */
  lookup?: RequestLookup;
  warn: (message: string) => void;
}

export async function saveSnapshot(job: SnapshotJob): ReturnType<typeof saveBaseSnapshot> {
  const { tree, lookup, warn } = job;
  const failed = (error: unknown) => (error instanceof Error ? error.message : String(error));
  return saveBaseSnapshot(tree, job.commit, job.key, {
    ...(lookup === undefined
      ? {}
      : {
          rules: (at) =>
            rulesStanding({ ...tree, lookup, at, now: new Date() }).catch((error: unknown) => {
              warn(
                `whether the rules of ${at.slice(0, 7)} stand could not be judged (${failed(error)}); the snapshot says nothing of it`,
              );
              return undefined;
            }),
        }),
    // ones that do not compile are left to the pull-request check, which says where
    policies: (at) =>
      compiledAt(tree.repo, at, tree).catch((error: unknown) => {
        warn(
          `the policies of ${at.slice(0, 7)} were not compiled into the snapshot: ${failed(error)}`,
        );
        return undefined;
      }),
  });
}

/** What to tell the run that saved a snapshot whose rules do not stand; undefined when they do. */
export function notStandingWarning(commit: string, rules: RulesStanding | undefined) {
  return rules?.stand === false
    ? `the rules of ${commit.slice(0, 7)} do not stand since ${rules.commit.slice(0, 7)} (${rules.reasons.join('; ')}); pull requests that add access will be told provisioning holds them`
    : undefined;
}
