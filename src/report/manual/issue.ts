// The issue a manual change opens for a resource's owners: what to do, exactly, and how to
// say it is done. Everything from the repository (ids, roles, the grant's reason) is shown
// as inert text: no mention, no link, no heading or HTML a grant's author could slip in.
import type { ManualRequest } from '../../provisioners/manual.js';
import { code, escape } from '../markdown.js';

export function manualIssue(request: ManualRequest): { title: string; body: string } {
  const { operation, run } = request;
  const target = operation.target;
  const what =
    operation.action === 'revoke'
      ? `Remove ${code(operation.from ?? '')} from ${code(target.subject)}`
      : operation.action === 'grant'
        ? `Give ${code(target.subject)} the role ${code(operation.to ?? '')}`
        : `Change ${code(target.subject)} from ${code(operation.from ?? '')} to ${code(operation.to ?? '')}`;
  const rows: [string, string][] = [
    ['Change', operation.action],
    ['Subject', code(target.subject)],
    ['Resource', code(target.resource)],
    ['Role', code((operation.action === 'revoke' ? operation.from : operation.to) ?? '')],
  ];
  if (operation.action === 'update') rows.push(['Role until now', code(operation.from ?? '')]);
  if (request.expires !== undefined) rows.push(['Expires', code(request.expires)]);
  if (request.reason !== undefined) rows.push(['Reason', escape(request.reason)]);
  rows.push(['Grant', code(operation.grantId)]);
  // a number, so GitHub links it to the pull request in this repository and nothing else
  if (run.pullRequest !== undefined) rows.push(['Pull request', `#${run.pullRequest}`]);
  if (run.commit !== undefined) rows.push(['Merge commit', code(run.commit)]);
  const owners = target.owners.map((owner) => code(owner)).join(', ') || 'none listed';
  const lines = [
    `${what} on ${code(target.resource)}.`,
    '',
    ...rows.map(([name, value]) => `- **${name}:** ${value}`),
    '',
    `This system has no API, so accessctl asks its owners (${owners}) to make the change by hand.`,
    'When it is done, close this issue as **completed**; if it will not be done, close it as **not planned**.',
    'The next provisioning or reconcile run records who closed it and when in the evidence log.',
  ];
  if (request.assignees.length === 0)
    lines.push('', 'Nobody could be assigned: assign an owner of the resource.');
  if (request.unlisted.length > 0)
    lines.push(
      '',
      `The members of ${request.unlisted.map((team) => code(team)).join(', ')} could not be listed, so they are not assigned.`,
    );
  lines.push('', request.marker);
  const title = `accessctl: ${operation.action} ${(operation.action === 'revoke' ? operation.from : operation.to) ?? ''} for ${target.subject} on ${target.resource}`;
  return {
    title: title.replace(/[\r\n\u2028\u2029]/g, ' ').slice(0, 250),
    body: lines.join('\n') + '\n',
  };
}
