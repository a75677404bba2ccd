// The words the expiry run writes: the pull request, its commit, the reminder issues.
import { cell, code, codeCell, commentText } from '../markdown.js';
import type { Expiring, Removal } from '../../model/expiry.js';
import { changeName, describeDaysLeft, describeReason } from './reasons.js';

export const PR_MARKER = '<!-- accessctl:expire -->';
const MAX_TABLE = 60_000;

/** What GitHub accepts as a login or a team slug: nothing else is mentioned. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/;

/**
 * `team:payments` is mentioned as @org/payments, `user:alice` as @alice, so the owners are
 * notified; an owner that is not a plain login or slug shows as code and notifies nobody.
 */
export function mention(owner: string, org: string): string {
  const colon = owner.indexOf(':');
  const kind = owner.slice(0, colon);
  const id = colon < 0 ? undefined : owner.slice(colon + 1);
  if (kind === 'team' && id !== undefined && NAME.test(id) && NAME.test(org))
    return `@${org}/${id}`;
  if (kind === 'user' && id !== undefined && NAME.test(id)) return `@${id}`;
  return codeCell(owner);
}

export function pullRequestTitle(removals: Removal[]): string {
  return `Remove ${removals.length} expired or stale access grant${removals.length === 1 ? '' : 's'}`;
}

export function pullRequestBody(
  removals: Removal[],
  paths: Map<string, string>,
  org: string,
  now: string,
): string {
  const lines = [
    PR_MARKER,
    `The nightly expiry run (${now}) found ${removals.length} grant(s) that no longer hold. ` +
      'This pull request deletes exactly those documents; every other line of every file stays as it is.',
    '',
    '| Grant | Subject | Resource · role | File | Why | Owners |',
    '|---|---|---|---|---|---|',
  ];
  let size = lines.join('\n').length;
  for (const [i, r] of removals.entries()) {
    const g = r.grant;
    const row =
      `| ${codeCell(g.id)} | ${codeCell(g.subject)} | ${codeCell(g.resource)} · ${cell(g.role)} | ${codeCell(`${paths.get(r.file) ?? r.file}:${r.line}`)} | ` +
      `${cell(r.reasons.map(describeReason).join('; '))} | ${r.owners.map((o) => mention(o, org)).join(' ')} |`;
    // GitHub refuses a body over 65,536 characters; the commit message still lists every removal
    if (size + row.length > MAX_TABLE) {
      lines.push(`| … and ${removals.length - i} more, listed in the commit message | | | | | |`);
      break;
    }
    lines.push(row);
    size += row.length + 1;
  }
  lines.push(
    '',
    'Merging deprovisions these grants. To keep one, renew it in a pull request of its own ' +
      '(move `expires`; the check validates it against the role’s `maxDays`); the next run ' +
      'then leaves it out of this pull request.',
    '',
    'This pull request is rewritten by every nightly run; commits pushed to its branch are replaced.',
  );
  return lines.join('\n') + '\n';
}

export function commitMessage(removals: Removal[], paths: Map<string, string>): string {
  const lines = [pullRequestTitle(removals), ''];
  for (const r of removals)
    lines.push(
      `- ${r.grant.id} (${paths.get(r.file) ?? r.file}): ${r.reasons.map(describeReason).join('; ')}`,
    );
  return lines.join('\n') + '\n';
}

export function reminderMarker(owner: string, windowStart: string): string {
  return `<!-- accessctl:expiry-reminder owner=${commentText(owner)} window=${commentText(windowStart)} -->`;
}

/** When a grant ends: its contract, its approved end, or its `expires`. */
function endsOn(e: Expiring): string {
  if (e.contractEnds !== undefined) return `${e.contractEnds}, when the contract ends`;
  const approved = e.approvedEnd;
  if (approved === undefined) return e.grant.expires;
  return `${approved.end}, not ${e.grant.expires}: ${changeName(approved)} moved it later without passing the provision gate`;
}

export function reminderTitle(owner: string, count: number, windowStart: string): string {
  return `Access expiring soon: ${count} grant${count === 1 ? '' : 's'} owned by ${owner} (from ${windowStart})`;
}

export function reminderBody(
  owner: string,
  windowStart: string,
  expiring: Expiring[],
  paths: Map<string, string>,
  org: string,
  warnDays: number,
): string {
  const lines = [
    reminderMarker(owner, windowStart),
    `${mention(owner, org)}: these grants end within ${warnDays} days. After that the nightly ` +
      'expiry run removes them through a pull request.',
    ...(expiring.some((e) => e.contractEnds !== undefined)
      ? [
          '',
          'Some end with a contractor’s contract: as their sponsor, extend `contractEnds` in ' +
            'identities/ if the contract goes on, or let the access end with it.',
        ]
      : []),
    '',
    '| Grant | Subject | Resource · role | Ends | File |',
    '|---|---|---|---|---|',
  ];
  for (const e of expiring) {
    const g = e.grant;
    lines.push(
      `| ${codeCell(g.id)} | ${codeCell(g.subject)} | ${codeCell(g.resource)} · ${cell(g.role)} | ${cell(endsOn(e))} (${describeDaysLeft(e.daysLeft)}) | ${codeCell(`${paths.get(e.file) ?? e.file}:${e.line}`)} |`,
    );
  }
  const limits = [
    ...new Set(
      expiring
        .filter((e) => e.maxDays !== undefined)
        .map(
          (e) => `${code(e.grant.role)} on ${code(e.grant.resource)}: at most ${e.maxDays} days`,
        ),
    ),
  ];
  lines.push(
    '',
    '**To renew**, open a pull request that moves `expires` to a later date in the file shown. ' +
      'The pull-request check re-validates the new date against the role’s `maxDays` and asks ' +
      'the owners to approve.' +
      (limits.length > 0 ? ` Limits: ${limits.join('; ')}.` : ''),
    '',
    'If the access is no longer needed, do nothing: it is removed when it ends.',
  );
  return lines.join('\n') + '\n';
}
