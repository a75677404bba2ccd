// Anchors: each provisioning run that wrote evidence leaves, outside the log, a commit status
// on the commit it provisioned, context `accessctl/evidence`, whose description holds the
// number of records the log had after the run and the SHA-256 of its last line. A log whose
// line N no longer hashes to an anchored head (an edited last record, a deleted record with
// the chain recomputed) or that is shorter than an anchor counts (a dropped tail) is caught,
// and the anchors before the break say from which line on the log is not what was written.
import type { GitHubClient } from '../github/index.js';
import { createCommitStatus, listCommitStatuses } from '../github/statuses.js';
import { GENESIS, hashLine, logLines } from './evidence-log.js';

export const ANCHOR_CONTEXT = 'accessctl/evidence';

export interface Anchor {
  commit: string;
  records: number;
  head: string;
  /** RFC 3339 of the status. */
  at: string;
  /** Who wrote it: a status from anyone else is not an anchor. */
  creator?: string;
}

export interface AnchorTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/** "12 records; chain head sha256:<64 hex>", short enough for a status (140 characters). */
export function anchorDescription(records: number, head: string): string {
  return `${records} records; chain head sha256:${head}`;
}

const DESCRIPTION = /^(\d+) records; chain head sha256:([0-9a-f]{64})$/;

export function parseAnchorDescription(
  description: string | null | undefined,
): { records: number; head: string } | undefined {
  const match = DESCRIPTION.exec(description ?? '');
  if (match === null) return undefined;
  return { records: Number(match[1]), head: match[2] as string };
}

export async function writeAnchor(
  target: AnchorTarget,
  commit: string,
  records: number,
  head: string,
): Promise<void> {
  await createCommitStatus(target.client, { owner: target.owner, repo: target.repo }, commit, {
    state: 'success',
    context: ANCHOR_CONTEXT,
    description: anchorDescription(records, head),
  });
}

/** Every anchor on these commits, oldest first; a commit GitHub does not know has none. */
export async function readAnchors(target: AnchorTarget, commits: string[]): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  for (const commit of commits) {
    let statuses;
    try {
      statuses = await listCommitStatuses(
        target.client,
        { owner: target.owner, repo: target.repo },
        commit,
      );
    } catch (error) {
      if ((error as { status?: number }).status === 422) continue;
      throw error;
    }
    for (const status of statuses) {
      if (status.context !== ANCHOR_CONTEXT) continue;
      const parsed = parseAnchorDescription(status.description);
      if (parsed === undefined) continue;
      anchors.push({
        commit,
        ...parsed,
        at: status.created_at,
        ...(status.creator?.login === undefined ? {} : { creator: status.creator.login }),
      });
    }
  }
  return anchors.sort((a, b) => a.records - b.records || (a.at < b.at ? -1 : 1));
}

export interface AnchorBreak {
  /** The first line that is not what was anchored (one past the end for a dropped tail). */
  line: number;
  problem: string;
}

/** The log's lines against the anchors: the first anchor the log no longer agrees with. */
export function checkAnchors(
  text: string,
  anchors: Anchor[],
  file = 'evidence log',
): AnchorBreak | undefined {
  const lines = logLines(text);
  let trusted = 0;
  for (const anchor of [...anchors].sort((a, b) => a.records - b.records)) {
    const where = `the anchor on commit ${anchor.commit.slice(0, 12)} (status ${ANCHOR_CONTEXT} of ${anchor.at})`;
    if (anchor.records > lines.length)
      return {
        line: lines.length + 1,
        problem:
          `${file}:${lines.length + 1}: the log ends after ${lines.length} records but ${where} counts ${anchor.records}: ` +
          `records ${lines.length + 1} to ${anchor.records} were removed from its end; restore the log from the history of the evidence branch (git log -p) or the last trusted copy`,
      };
    const line = anchor.records === 0 ? undefined : lines[anchor.records - 1];
    const head = line === undefined ? GENESIS : hashLine(line);
    if (head !== anchor.head)
      return {
        line: trusted + 1,
        problem:
          `${file}:${anchor.records}: line ${anchor.records} does not hash to the chain head ${anchor.head.slice(0, 16)}… of ${where}: ` +
          `a record between line ${trusted + 1} and line ${anchor.records} was edited, or records were removed or inserted and the chain recomputed; ` +
          `compare with the history of the evidence branch (git log -p) and restore the last trusted copy`,
      };
    trusted = anchor.records;
  }
  return undefined;
}
