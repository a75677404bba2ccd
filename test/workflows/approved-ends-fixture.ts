// Histories whose commits the provision gate judges as approved or not: each commit written at
// a fixed time, and a look-up that names the approved ones merged pull requests.
import { directPushes, type RequestLookup } from '../../src/workflows/provision/gate.js';
import type { GitRepo } from '../model/git-repo.js';

/** Commits what is written, at a fixed time, so the gate judges it at that moment. */
export function commitAt(r: GitRepo, at: string, message: string): string {
  const saved = [process.env.GIT_AUTHOR_DATE, process.env.GIT_COMMITTER_DATE];
  process.env.GIT_AUTHOR_DATE = process.env.GIT_COMMITTER_DATE = at;
  try {
    return r.commit(message);
  } finally {
    [process.env.GIT_AUTHOR_DATE, process.env.GIT_COMMITTER_DATE] = saved;
    if (saved[0] === undefined) delete process.env.GIT_AUTHOR_DATE;
    if (saved[1] === undefined) delete process.env.GIT_COMMITTER_DATE;
  }
}

/** The commits lead approved merged as pull requests; every other one is a direct push. */
export function approvedBy(commits: Set<string>, asked: string[] = []): RequestLookup {
  const pushed = directPushes('a direct push');
  return async (commit) => {
    asked.push(commit);
    if (!commits.has(commit)) return pushed(commit);
    return {
      request: {
        author: 'alice',
        labels: [],
        labelActors: {},
        approvals: [{ reviewer: 'lead', commit, stale: false }],
        pushers: ['alice'],
      },
      pullRequest: 7,
      headSha: commit,
      mergeCommit: commit,
    };
  };
}
