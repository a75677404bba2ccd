// The facts of a pull request the check judges, as the Action reads them from the API: a
// request by `author` (alice unless said), who pushed its commits, approved by `approvers` on
// its head, with no labels.
import type { RequestFacts } from '../../src/workflows/pr-check/request.js';

export function requestFacts(
  shas: { baseSha: string; headSha: string },
  options: { author?: string; approvers?: string[]; number?: number; title?: string } = {},
): RequestFacts {
  const author = options.author ?? 'alice';
  return {
    number: options.number ?? 1,
    author,
    title: options.title ?? 'access',
    headSha: shas.headSha,
    baseSha: shas.baseSha,
    labels: [],
    labelActors: {},
    approvals: (options.approvers ?? []).map((reviewer) => ({
      reviewer,
      commit: shas.headSha,
      stale: false,
    })),
    pushers: [author],
  };
}
