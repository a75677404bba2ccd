// A package grant's roles were approved with its package, once: the sentence every format
// gives for where and by whom, in plain text that each renderer escapes for itself.
import type { PackageApproval } from '../../evidence/report.js';

/** Who approved a package grant's package, and where: "package P: approved by olivia in #3". */
export function packageApproval(approval: PackageApproval): string {
  const where = `package ${approval.package}`;
  if (approval.commit === undefined) return `${where}: not added in the history read`;
  const commit = approval.commit.slice(0, 7);
  if (approval.pullRequestNotFetched !== undefined)
    return `${where}: changed in ${commit}, pull request not looked up`;
  const pr = approval.pullRequest;
  if (pr === undefined) return `${where}: changed by a direct push (${commit}), no approval`;
  const by = approval.approvals
    .map((a) => `${a.reviewer}${a.current ? '' : ' (before last push)'}`)
    .join(', ');
  return `${where}: ${by === '' ? 'nobody approved' : `approved by ${by}`} in #${pr.number}`;
}
