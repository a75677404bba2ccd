// Anchors: each provisioning run that wrote evidence leaves, outside the log, a commit status
// on the commit it provisioned, context `accessctl/evidence`, whose description holds the
// number of records the log had after the run and the SHA-256 of its last line. A log whose
// line N no longer hashes to an anchored head (an edited last record, a deleted record with
// the chain recomputed) or that is shorter than an anchor counts (a dropped tail) is caught,
// and the anchors before the break say from which line on the log is not what was written.
import type { GitHubClient } from '../github/index.js';
import { createCommitStatus, latestStatuses, listCommitStatuses } from '../github/statuses.js';
import { GENESIS, hashLine, isSeal, logLines, parseAny } from './evidence-log.js';

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
      const anchor = anchorOf(commit, status.description, status.created_at, status.creator?.login);
      if (anchor !== undefined) anchors.push(anchor);
    }
  }
  return anchors.sort(oldestFirst);
}

/** The anchor a status of context accessctl/evidence states, when its description is one. */
function anchorOf(
  commit: string,
  description: string | null | undefined,
  at: string,
  creator: string | undefined,
): Anchor | undefined {
  const parsed = parseAnchorDescription(description);
  if (parsed === undefined) return undefined;
  return { commit, ...parsed, at, ...(creator === undefined ? {} : { creator }) };
}

/** Anchors in the order they were written: by the records they count, then by time. */
function oldestFirst(a: Anchor, b: Anchor): number {
  return a.records - b.records || (a.at < b.at ? -1 : 1);
}

/** Anchors after the last 20 sealed runs could catch a change; so could any on later commits. */
const SEALED_RUNS = 20;
/** The newest anchored commits whose every status is listed, not only each one's latest. */
const LISTED_ANCHORED = 100;
/** Without GraphQL: the commits after the last one the log names, and the newest, read one by one. */
const LATER_COMMITS = 100;

export interface LineAnchors {
  anchors: Anchor[];
  /** Set when GraphQL failed and only some commits of the line were read: which, and why. */
  partial?: string;
}

/**
 * The anchors on every commit a run could have anchored on: `line` is the default branch's
 * first-parent line up to the window's end, newest first (a run anchors on the commit it
 * provisioned up to, the branch's tip when it started, whatever paths that commit touched),
 * and the commits the log's last sealed runs name.
 *
 * Cost, for L commits on the line, A of them anchored: ceil(L / 100) GraphQL queries, each
 * asking 100 commits for the latest status of context accessctl/evidence (GraphQL's
 * `Status.context(name)`; a commit without one has no anchor at all), then one REST list
 * (`GET .../commits/{sha}/statuses`, 100 a page) for each of the newest min(A, 100) anchored
 * commits and each commit the last 20 seals name: at most 220 lists, whatever the history's
 * length. Over 50,000 first-parent commits that is 500 queries and at most 220 lists, not
 * 50,000 lists. Those lists give every anchor on those commits, so a later status of the same
 * context (anyone who may write statuses can add one) cannot hide the newest runs' anchors,
 * the ones that count the most records; on older anchored commits the latest anchor is read.
 *
 * When the GraphQL query fails (a server without it), the commits are read one by one
 * through REST instead, a bounded part of the line: those the last 20 seals name, the 100
 * after the last commit the log names and the line's newest 100; `partial` says so.
 */
export async function readLineAnchors(
  target: AnchorTarget,
  line: string[],
  log: string,
): Promise<LineAnchors> {
  const named: string[] = [];
  const sealed: string[] = [];
  for (const text of logLines(log)) {
    const record = parseAny(text);
    if (record === undefined) continue;
    named.push(record.mergeCommit);
    if (isSeal(record)) sealed.push(record.mergeCommit);
  }
  const lastSealed = [...new Set(sealed)].slice(-SEALED_RUNS);
  let latest;
  try {
    latest = await latestStatuses(
      target.client,
      { owner: target.owner, repo: target.repo },
      line,
      ANCHOR_CONTEXT,
    );
  } catch (error) {
    const position = new Map(line.map((sha, i) => [sha, i]));
    // newest first: the commit after the newest one the log names is one position earlier
    let newestNamed = line.length;
    for (const sha of named) newestNamed = Math.min(newestNamed, position.get(sha) ?? line.length);
    const after = line.slice(Math.max(0, newestNamed - LATER_COMMITS), newestNamed);
    const commits = [...new Set([...lastSealed, ...after, ...line.slice(0, LATER_COMMITS)])];
    return {
      anchors: await readAnchors(target, commits),
      partial: `the anchors were read on ${commits.length} of the ${line.length} commits of the branch's first-parent line (the last sealed runs', the ${LATER_COMMITS} after the last one the log names and the newest ${LATER_COMMITS}), one commit at a time, because the GraphQL query of the latest statuses failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const anchored = line.filter((sha) => latest.has(sha));
  const listed = new Set([...anchored.slice(0, LISTED_ANCHORED), ...lastSealed]);
  const anchors = await readAnchors(target, [...listed]);
  for (const sha of anchored) {
    const status = latest.get(sha);
    if (listed.has(sha) || status === undefined) continue;
    const anchor = anchorOf(sha, status.description, status.createdAt, status.creator);
    if (anchor !== undefined) anchors.push(anchor);
  }
  return { anchors: anchors.sort(oldestFirst) };
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
