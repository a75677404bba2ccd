// Changes handed to people (manual provisioning's issues) end outside any run. Each run that
// keeps evidence looks at the issues its log says are waiting, or were settled, and records
// what changed since: closed as completed (applied, with who and when), closed as not planned
// (declined), or reopened (pending again). The log, not the issue list, names what to look at,
// so an issue somebody else opens with a copied marker never becomes evidence.
import {
  isIntent,
  isResult,
  type EvidenceEntry,
  type EvidenceRecord,
  type EvidenceWriter,
} from '../../provisioners/evidence-log.js';
import type { Provisioner } from '../../provisioners/provisioner.js';

/** What this run found, ready for the log, and the systems it could not ask. */
export interface FollowedUp {
  entries: EvidenceEntry[];
  problems: string[];
}

export async function followHandOffs(
  writer: EvidenceWriter,
  provisioners: Provisioner[],
  now: Date,
): Promise<FollowedUp> {
  const followed: FollowedUp = { entries: [], problems: [] };
  const records = writer.records();
  const intents = new Map(records.filter(isIntent).map((i) => [`${i.run}\u0000${i.op}`, i]));
  const last = new Map<number, EvidenceRecord>();
  const asked = new Map<number, { provisioner: string; owners: string[] }>();
  for (const record of records.filter(isResult)) {
    if (record.issue === undefined) continue;
    last.set(record.issue, record);
    const intent = intents.get(`${record.run ?? ''}\u0000${record.op ?? -1}`);
    if (intent === undefined || asked.has(record.issue)) continue;
    const owners = (intent.target as { owners?: unknown }).owners;
    asked.set(record.issue, {
      provisioner: intent.target.provisioner,
      owners: Array.isArray(owners) ? owners.filter((o) => typeof o === 'string') : [],
    });
  }
  for (const provisioner of provisioners) {
    if (provisioner.followUp === undefined) continue;
    const issues = [...asked]
      .filter(([, a]) => a.provisioner === provisioner.name)
      .map(([number, a]) => ({ number, owners: a.owners }));
    if (issues.length === 0) continue;
    let states;
    try {
      states = await provisioner.followUp(issues);
    } catch (error) {
      followed.problems.push(
        `could not read the ${provisioner.name} issues: ${error instanceof Error ? error.message : String(error)}; the next run looks again`,
      );
      continue;
    }
    for (const state of states) {
      const before = last.get(state.issue.number);
      if (before === undefined) continue;
      const same =
        before.result === state.state &&
        (state.state === 'pending' || before.closedAt === state.closedAt);
      if (same) continue;
      followed.entries.push({
        grant: before.grant,
        operation: before.operation,
        result: state.state,
        message: state.message,
        mergeCommit: before.mergeCommit,
        ...(before.repository === undefined ? {} : { repository: before.repository }),
        ...(before.pullRequest === undefined ? {} : { pullRequest: before.pullRequest }),
        ...(before.approvers === undefined ? {} : { approvers: before.approvers }),
        issue: state.issue.number,
        issueUrl: state.issue.url,
        ...(state.closedBy === undefined ? {} : { closedBy: state.closedBy }),
        ...(state.closedAt === undefined ? {} : { closedAt: state.closedAt }),
        ...(state.byOwner === undefined ? {} : { closedByOwner: state.byOwner }),
        time: now.toISOString(),
      });
    }
  }
  return followed;
}
