// An unapproved change never lengthens access. The provision gate holds a change nobody
// approved (a direct push, an admin-merged red pull request), but the grant file stays as that
// change left it, and `expire` and `reconcile` read a grant's end from the file: a push that
// only moved `expires` later would keep access past the end its owners approved. So before
// they trust a grant's end, each live grant's versions are read back through the first-parent
// history of the access directory, and an end that a change moved later counts only if the
// gate passes that change (judged as provisioning judged it: the parent's rules, the pull
// request's approvals, at the commit's own time).
//
// Only what can matter is judged, newest change first. A change that passed settles the end
// (the last change decides, as in provisioning); one that did not leaves the end no later than
// the version before it had, and the walk steps back. It stops where no earlier version ended
// sooner (that version's end stands, whatever its verdict) and where every end it could fall
// back to is after the moment asked about (now, or the end of the reminder window). So a
// renewal that was approved costs one judgement, and only once the end it replaced is near; a
// grant extended several times by pushes nobody approved ends where the last end before them
// did.
//
// A grant is what the gate reads: the first Grant document of its id in path order. So its
// history follows the id, not a file: a grant moved or copied to another file keeps its
// versions, and a change to any file that holds (or held) the id can be the one that changed
// it. A version a commit added where no file held the id before starts the history. That
// commit is judged too when the added grant may be what keeps access another grant gave (a
// second grant beside an approved one, or the approved one under a new id): one the gate
// refused gives nothing, so it ends where the first change of it that passed left it, or, if
// none did, at once (approvedEndSince, below, says what is judged and why).
import { posix } from 'node:path';

import { composeYaml } from '../../model/compose.js';
import { parseAccessDate } from '../../model/dates.js';
import type { ApprovedEndOf } from '../../model/expiry.js';
import { canonical } from '../../model/diff.js';
import type { AccessDocument } from '../../model/index.js';
import {
  PathEncodingError,
  firstParentRaw,
  isShallowRepository,
  pathOids,
  readBlobsWithin,
} from '../../model/git.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../model/model.js';
import { ParseCache } from '../../model/parse-cache.js';
import { isMapping } from '../../model/values.js';
import { RuleTrust } from './rule-lineage.js';
import { judgeMerges, throwingOnFailure, type RequestLookup } from './gate.js';
import { NOTHING_KEPT, keptPasses, type PassedChanges } from './passed-changes.js';
import { Progress } from './progress.js';

/** Why a change did not pass the gate. */
interface Refusal {
  commit: string;
  pullRequest?: number;
  reasons: string[];
}

/**
 * A grant whose end counts earlier than its file says (its end, and the newest change that
 * moved it later, as expiry reads them), with why that change did not pass.
 */
export interface ApprovedEnd extends ApprovedEndOf, Refusal {
  grantId: string;
}

export interface ApprovedEndsOptions {
  /** The git repository. */
  repo: string;
  /** The commit whose grants are traced. */
  ref: string;
  /** The access directory's path inside the repository ('access'). */
  accessDir: string;
  /** The policies' path inside the repository, as provisioning reads them. */
  policiesDir: string;
  /** The moment an end must not have passed. */
  now: Date;
  /** Also find the grants whose approved end falls after `now` and by this (reminders). */
  horizon?: Date;
  /** The request behind a commit, as provisioning looks it up. */
  lookup: RequestLookup;
  /**
   * Keep the changes that passed in the git folder, and take those kept (passed-changes.ts).
   * Only for a run whose git folder is trusted: never a pull request's.
   */
  keep?: boolean;
  /** Where a line of progress goes when tracing takes long (a first run on many renewals). */
  progress?: (line: string) => void;
  /**
   * No change is judged after this moment (milliseconds since the epoch): an end a judgement
   * would decide is then read as written, and a note says how many. Grants are traced newest
   * change first, so what was pushed last is judged first; the passes found are kept, so the
   * next run goes on where this one stopped.
   */
  judgeUntil?: number;
  /**
   * Grants at `ref` that are not traced because they ask for nothing any more (past their
   * end), each with the access it names (accessOf): a traced grant naming the same access may
   * be all that keeps what such a grant gave.
   */
  lapsed?: { id: string; access: string }[];
}

/**
 * A grant to trace: its id and the paths inside the repository of every file holding a Grant
 * document with that id (more than one is a duplicate id: the first in path order counts).
 */
export interface TracedGrant {
  id: string;
  paths: string[];
  /**
   * The access it names (accessOf): when another grant named it before this one was added,
   * the change that added this one is judged too (see "Added by a refused change" below).
   */
  access?: string;
}

/** The access a grant names, as approved ends compare it: its subject and resource, in any case. */
export function accessOf(grant: { subject?: unknown; resource?: unknown }): string | undefined {
  return typeof grant.subject === 'string' && typeof grant.resource === 'string'
    ? `${grant.subject}\n${grant.resource}`.toLowerCase()
    : undefined;
}

/**
 * The grants to trace, each with every file of `documents` that holds a Grant document of
 * its id; `pathOf` names a document's file by its path inside the repository.
 */
export function tracedGrants(
  grants: { id: string; subject?: string; resource?: string }[],
  documents: readonly Pick<AccessDocument, 'kind' | 'id' | 'file'>[],
  pathOf: (file: string) => string = (file) => file,
): TracedGrant[] {
  const paths = new Map<string, string[]>();
  const names = new Map<string, string | undefined>();
  for (const grant of grants) {
    paths.set(grant.id, []);
    names.set(grant.id, accessOf(grant));
  }
  for (const doc of documents) {
    if (doc.kind !== 'Grant' || doc.id === null) continue;
    const list = paths.get(doc.id);
    if (list !== undefined && !list.includes(doc.file)) list.push(doc.file);
  }
  return [...paths].map(([id, files]) => {
    const access = names.get(id);
    return { id, paths: files.map(pathOf), ...(access === undefined ? {} : { access }) };
  });
}

/** The grants past their end, as `lapsed` takes them: each with the access it names. */
export function lapsedGrants(
  grants: { id: string; subject?: string; resource?: string }[],
): { id: string; access: string }[] {
  return grants.flatMap((g) => {
    const access = accessOf(g);
    return access === undefined ? [] : [{ id: g.id, access }];
  });
}

export interface ApprovedEnds {
  /** By grant id: the live grants whose approved end has passed. */
  ended: Map<string, ApprovedEnd>;
  /** By grant id: those whose approved end is after `now` and by `horizon`. */
  ending: Map<string, ApprovedEnd>;
  /**
   * For the reader: changes that could not be judged (a failed look-up), whose extensions
   * were kept, and a shallow clone, whose oldest versions were read as written.
   */
  notes: string[];
}

/** No end found earlier than its file says, with what the reader should know about why. */
export function endsAsWritten(...notes: string[]): ApprovedEnds {
  return { ended: new Map(), ending: new Map(), notes };
}

/** One version of a grant: the document a commit left, and the commit. */
interface Version {
  commit: string;
  parent: string;
  /** Committer time, RFC 3339: the moment the change is judged at. */
  at: string;
  expires: string;
  /** Undefined when the version's expires is not a date (an invalid grant). */
  endsAt: string | undefined;
}

interface LogCommit {
  sha: string;
  parent: string;
  at: string;
  /** Path → the blob it held before the commit (null: absent). */
  before: Map<string, string | null>;
}

export async function approvedEnds(
  grants: TracedGrant[],
  options: ApprovedEndsOptions,
): Promise<ApprovedEnds> {
  const { ended, ending, notes } = endsAsWritten();
  if (grants.length === 0) return { ended, ending, notes };
  if (await isShallowRepository(options.repo))
    notes.push(
      'the clone is shallow: an end moved later before its oldest commit is read as written; fetch the whole history (actions/checkout with fetch-depth: 0)',
    );
  const commits = await readLog(options.repo, options.ref, options.accessDir);
  const { versions: histories, added } = await versionsOf(
    options.repo,
    options.ref,
    grants,
    commits,
    options.lapsed,
  );
  const folders = { accessDir: options.accessDir, policiesDir: options.policiesDir };
  const passes = options.keep === true ? await keptPasses(options.repo, folders) : NOTHING_KEPT;
  const unjudged = new Set<string>();
  const judge = commitJudge(options, passes, notes, unjudged);
  const now = options.now.getTime();
  const by = Math.max(now, (options.horizon ?? options.now).getTime());
  const traced: Traced[] = [];
  for (const { id } of grants) {
    // A version whose end is not a date is invalid: provisioning refuses it and leaves the
    // access as the version before it gave, so the end in force is that version's.
    const chain = (histories.get(id) ?? []).filter((v) => v.endsAt !== undefined);
    const current = chain[chain.length - 1];
    const origin = added.get(id);
    if (origin !== undefined) traced.push({ id, chain, origin });
    else if (current !== undefined && chain.length > 1 && endOf(current) > now)
      traced.push({ id, chain });
  }
  // newest change first (the log is newest first): under a time limit, the last pushes count
  const order = new Map(commits.map((commit, index) => [commit.sha, index]));
  const newest = ({ chain, origin }: Traced) =>
    order.get((chain[chain.length - 1] ?? origin)?.commit ?? '') ?? Infinity;
  traced.sort((a, b) => newest(a) - newest(b));
  const progress =
    options.progress === undefined
      ? undefined
      : new Progress(traced.length, options.progress, Date.now, 'changed grants traced');
  // written as passes are found, at most every SAVE_EVERY_MS (each write is the whole file),
  // and at the end: a first run on a large repository can take long, and one stopped
  // half-way keeps what it judged
  let saved = -Infinity;
  for (const { id, chain, origin } of traced) {
    const judgeIt = (version: Version) => judge(version, id);
    const found =
      origin === undefined
        ? await approvedEnd(chain, by, judgeIt)
        : await approvedEndSince(origin, chain, { now, by }, judgeIt);
    progress?.tick();
    if (Date.now() - saved >= SAVE_EVERY_MS) {
      passes.save();
      saved = Date.now();
    }
    if (found === undefined) continue;
    const entry: ApprovedEnd = {
      grantId: id,
      end: found.end.expires,
      endAt: found.end.endsAt as string,
      ...found.refused,
      ...('added' in found ? { added: true as const } : {}),
    };
    (endOf(found.end) <= now ? ended : ending).set(id, entry);
  }
  passes.save();
  if (unjudged.size > 0)
    notes.push(
      `the time allowed for judging ran out: the ends of ${unjudged.size} grant(s) whose older changes were not judged yet are read as written (${[...unjudged].slice(0, 5).join(', ')}${unjudged.size > 5 ? ', ...' : ''}); the passes found are kept, and the next run goes on from there`,
    );
  return { ended, ending, notes };
}

/** A grant whose end is judged: its versions, and the version that added it when that matters. */
interface Traced {
  id: string;
  chain: Version[];
  origin?: Version;
}

/**
 * Added by a refused change. A grant is what the gate passed, not what its file says: one a
 * direct push (or an admin-merged red pull request) added gave nothing, so it keeps nothing
 * either, even where the access it names is already there because another grant gave it
 * (a second grant beside an approved one, or the approved one renamed, if only in case).
 * Its approved end is that of its versions from the first change of it that passed, or, when
 * none passed, the moment it was added: it is past its approved end, and `expire` removes it
 * naming the commit that added it.
 *
 * Judging every grant's adding commit would cost a judgement per commit of the history on a
 * first run (one per grant added: about 0.2-0.5 s each). A grant is traced this way only when
 * its adding commit can matter (versionsOf): another grant, not one still asking at `ref`,
 * named the same subject and resource until that commit or later, so the added grant may be
 * what keeps that access. A grant added for access nobody held was held by provisioning and
 * never given, and a repair by `reconcile` is traced to its origin before it gives anything.
 * The verdicts go through the same judge: a pass is kept in passed-changes, so an approved
 * addition is judged once, and the newest additions are judged first under a time limit.
 */
async function approvedEndSince(
  origin: Version,
  chain: Version[],
  at: { now: number; by: number },
  judge: (version: Version) => Promise<Refusal | undefined>,
): Promise<{ end: Version; refused: Refusal; added?: true } | undefined> {
  const refused = await judge(origin);
  const later = chain.filter((v) => v.commit !== origin.commit);
  const current = chain[chain.length - 1];
  if (refused === undefined)
    return current !== undefined && chain.length > 1 && endOf(current) > at.now
      ? approvedEnd(chain, at.by, judge)
      : undefined;
  // oldest first: the first change of it that passed starts what was approved
  for (let k = 0; k < later.length; k++) {
    if ((await judge(later[k] as Version)) !== undefined) continue;
    const since = later.slice(k);
    const last = since[since.length - 1] as Version;
    return since.length > 1 && endOf(last) > at.now ? approvedEnd(since, at.by, judge) : undefined;
  }
  const when = Math.min(Date.parse(origin.at), at.now);
  const end = new Date(when).toISOString();
  return {
    end: { ...origin, expires: end.slice(0, 10), endsAt: end },
    refused,
    added: true,
  };
}

/** The longest judging a stopped run can lose. */
const SAVE_EVERY_MS = 10_000;

const endOf = (version: Version) => Date.parse(version.endsAt as string);

/**
 * The version whose end the grant has by the changes the gate passed, when that end is no
 * later than `by` and earlier than the current version's, with the newest change refused on
 * the way; undefined otherwise. Newest change first: one that passed settles the end (the last
 * change decides, as in provisioning); one that did not leaves the end no later than the
 * version before it had, and the walk steps back. A change is judged only when its verdict can
 * decide: not when no earlier version ended sooner (its own end stands), nor when every end it
 * could fall back to is after `by`.
 */
async function approvedEnd(
  chain: Version[],
  by: number,
  judge: (version: Version) => Promise<Refusal | undefined>,
): Promise<{ end: Version; refused: Refusal } | undefined> {
  // the earliest end among each version's predecessors
  const earliest = [Infinity];
  for (const v of chain) earliest.push(Math.min(earliest[earliest.length - 1] as number, endOf(v)));
  // the earliest end of the refused versions passed so far: the end is no later than it
  let lowest: Version | undefined;
  let refused: Refusal | undefined;
  for (let at = chain.length - 1; at >= 0; at--) {
    const version = chain[at] as Version;
    const before = earliest[at] as number;
    const cap = lowest === undefined ? Infinity : endOf(lowest);
    let settled: Version | undefined;
    if (at === 0 || before >= endOf(version)) settled = version;
    else if (Math.min(before, endOf(version)) >= cap) settled = lowest;
    else if (before > by && endOf(version) > by && cap > by) return undefined;
    else {
      const verdict = await judge(version);
      if (verdict === undefined) settled = version;
      else {
        refused ??= verdict;
        if (endOf(version) < cap) lowest = version;
        continue;
      }
    }
    const end = settled !== undefined && endOf(settled) < cap ? settled : (lowest as Version);
    if (refused === undefined || end === chain[chain.length - 1] || endOf(end) > by)
      return undefined;
    return { end, refused };
  }
  return undefined;
}

/**
 * The gate's verdict on one grant's change, each commit judged once for every grant it
 * changed: undefined when it passed, else the commit and why. A change that cannot be judged
 * (its look-up failed) is noted and counts as passed: nothing is taken away on a guess.
 */
function commitJudge(
  options: ApprovedEndsOptions,
  passes: PassedChanges,
  notes: string[],
  unjudged: Set<string>,
) {
  const judged = new Map<string, ReturnType<typeof judgeMerges>>();
  const parseCache = ParseCache.inMemory();
  const lookup = throwingOnFailure(options.lookup);
  // a change judged by rules that do not stand passes nothing (rule-lineage.ts)
  const trust = new RuleTrust(
    {
      repo: options.repo,
      accessDir: options.accessDir,
      policiesDir: options.policiesDir,
      now: options.now,
      lookup,
      parseCache,
    },
    options.ref,
    // a change judged on a guess takes nothing away: a shallow clone judges none
    'throw',
  );
  return async (version: Version, id: string) => {
    if (passes.has(version.commit, id)) return undefined;
    let verdict = judged.get(version.commit);
    if (verdict === undefined && Date.now() > (options.judgeUntil ?? Infinity)) {
      unjudged.add(id);
      return undefined;
    }
    if (verdict === undefined) {
      verdict = judgeMerges({
        repo: options.repo,
        from: version.parent,
        to: version.commit,
        accessDir: options.accessDir,
        policiesDir: options.policiesDir,
        now: new Date(version.at),
        parseCache,
        lookup,
        trust,
      });
      judged.set(version.commit, verdict);
    }
    try {
      const result = await verdict;
      const failed = result.grants.get(id);
      if (failed === undefined) {
        if (result.changed.has(id)) passes.add(version.commit, id);
        return undefined;
      }
      const refusal: Refusal = {
        commit: version.commit,
        ...(failed.pullRequest === undefined ? {} : { pullRequest: failed.pullRequest }),
        reasons: [...failed.denied, ...failed.unapproved],
      };
      return refusal;
    } catch (error) {
      // a file name that is not UTF-8 is no failed look-up: nothing is judged on a guess
      if (error instanceof PathEncodingError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const note = `${version.commit.slice(0, 12)} could not be judged (${message}); the end it gave ${id} is kept`;
      if (!notes.includes(note)) notes.push(note);
      return undefined;
    }
  };
}

/**
 * Each grant's versions, oldest first, as the gate sees them: a grant is the first document
 * of its id in path order, so a change of any file holding the id (or that held it before)
 * can change it, and a grant moved or copied to another file keeps its history. Read back
 * from `ref`: the blobs every commit replaced or removed are read once (one `git cat-file`)
 * and searched for the traced ids; what a commit only added holds no earlier version. A
 * grant added once and never touched since costs no read at all.
 */
async function versionsOf(
  repo: string,
  ref: string,
  grants: TracedGrant[],
  commits: LogCommit[],
  lapsed: { id: string; access: string }[] = [],
): Promise<{ versions: Map<string, Version[]>; added: Map<string, Version> }> {
  const traced = new Set(grants.map((g) => g.id));
  const wanted = new Set(grants.flatMap((g) => (g.access === undefined ? [] : [g.access])));
  // by path, the commits that changed it, newest first (ascending indexes)
  const changes = new Map<string, number[]>();
  const replaced = new Set<string>();
  commits.forEach((commit, index) => {
    for (const [path, before] of commit.before) {
      const list = changes.get(path);
      if (list === undefined) changes.set(path, [index]);
      else list.push(index);
      if (before !== null) replaced.add(before);
    }
  });
  // every blob that could hold an earlier version of a grant, parsed as git streams it (the
  // ids it holds do not depend on its path): only the traced grants in it are kept
  const parsed = new Map<string, ReadonlyMap<string, GrantVersion>>();
  // by blob, the grants in it (any id) that name the access of a traced grant
  const naming = new Map<string, [string, string][]>();
  const keepTraced = (oid: string, text: string) => {
    const found = [...grantsIn(oid, text)];
    parsed.set(oid, new Map(found.filter(([id]) => traced.has(id))));
    const named = found.flatMap(([id, { access }]): [string, string][] =>
      access !== undefined && wanted.has(access) ? [[id, access]] : [],
    );
    if (named.length > 0) naming.set(oid, named);
  };
  await readBlobsWithin(repo, replaced, DEFAULT_MAX_FILE_SIZE, keepTraced);
  // a blob too large to read (or gone) holds no version: the history starts after it
  const tracedIn = (oid: string) => parsed.get(oid) ?? NO_GRANTS;
  const grantIn = (oid: string | null | undefined, id: string) =>
    oid === null || oid === undefined ? undefined : tracedIn(oid).get(id);
  // by id, the commits that replaced or removed a version of a file that held it, and that
  // file, in ascending order of the commits (one entry for each such file)
  const heldBefore = new Map<string, { indexes: number[]; paths: string[] }>();
  commits.forEach((commit, index) => {
    for (const [path, before] of commit.before) {
      if (before === null) continue;
      for (const id of tracedIn(before).keys()) {
        const held = heldBefore.get(id) ?? { indexes: [], paths: [] };
        held.indexes.push(index);
        held.paths.push(path);
        heldBefore.set(id, held);
      }
    }
  });

  // by access, each id that named it in a blob a commit replaced or removed, with the newest
  // such commit (the lowest index): that grant still stood until then
  const namedUntil = new Map<string, Map<string, number>>();
  if (naming.size > 0)
    commits.forEach((commit, index) => {
      for (const before of commit.before.values()) {
        for (const [id, access] of before === null ? [] : (naming.get(before) ?? [])) {
          const ids = namedUntil.get(access) ?? new Map<string, number>();
          if (!ids.has(id)) ids.set(id, index);
          namedUntil.set(access, ids);
        }
      }
    });
  const lapsedAccess = new Map<string, Set<string>>();
  for (const { id, access } of lapsed)
    lapsedAccess.set(access, (lapsedAccess.get(access) ?? new Set()).add(id));
  // The commit that added a grant matters when another grant (not one asking at `ref`) named
  // the same access until then or later: the added one may be all that keeps what that one
  // gave. The root commit is nobody's change past earlier rules, and is not judged.
  const added = new Map<string, Version>();
  const addedBy = (grant: TracedGrant, index: number | undefined) => {
    if (grant.access === undefined || index === undefined) return;
    const commit = commits[index];
    if (commit === undefined || commit.parent === '') return;
    const others = [...(namedUntil.get(grant.access) ?? [])].some(
      ([id, until]) => id !== grant.id && !traced.has(id) && until <= index,
    );
    const stillNamed = [...(lapsedAccess.get(grant.access) ?? [])].some((id) => id !== grant.id);
    if (others || stillNamed)
      added.set(grant.id, {
        commit: commit.sha,
        parent: commit.parent,
        at: commit.at,
        expires: '',
        endsAt: undefined,
      });
  };

  // A grant in one file that no replaced blob held was only ever added: one version, made by
  // the newest commit that changed that file.
  for (const grant of grants)
    if (grant.paths.length === 1 && !heldBefore.has(grant.id))
      addedBy(grant, changes.get(grant.paths[0] as string)?.[0]);
  const followed = grants.filter(({ id, paths }) => paths.length > 1 || heldBefore.has(id));
  const atRef = await pathBlobs(
    repo,
    ref,
    followed.flatMap((g) => g.paths),
  );
  await readBlobsWithin(repo, new Set(atRef.values()), DEFAULT_MAX_FILE_SIZE, keepTraced);
  const versions = new Map<string, Version[]>();
  for (const grant of followed) {
    const { id, paths } = grant;
    // the files holding the id after the commit being stepped back through
    const holding = new Map<string, GrantVersion>();
    for (const path of paths) {
      const found = grantIn(atRef.get(path), id);
      if (found !== undefined) holding.set(path, found);
    }
    const first = () => holding.get([...holding.keys()].sort(byPath)[0] as string);
    let current = first();
    if (current === undefined) continue;
    const made: Version[] = [versionOf(current)];
    const held = heldBefore.get(id) ?? { indexes: [], paths: [] };
    for (let at = 0; ;) {
      // the next commit that changed a file holding it now, or one that held it before
      let next = held.indexes[firstFrom(held.indexes, at)] ?? Infinity;
      for (const path of holding.keys()) {
        const changed = changes.get(path) ?? [];
        next = Math.min(next, changed[firstFrom(changed, at)] ?? Infinity);
      }
      if (next === Infinity) break;
      // Step back through it: each file it changed now holds what it held before (only the
      // files that hold the grant now or held it before matter; the first commit of a large
      // repository changed every file, and a grant's history must not read them all).
      const commit = commits[next] as LogCommit;
      for (const path of [...holding.keys()]) {
        if (!commit.before.has(path)) continue;
        holding.delete(path);
        const found = grantIn(commit.before.get(path), id);
        if (found !== undefined) holding.set(path, found);
      }
      for (let i = firstFrom(held.indexes, next); held.indexes[i] === next; i++) {
        const path = held.paths[i] as string;
        const found = grantIn(commit.before.get(path), id);
        if (found !== undefined) holding.set(path, found);
      }
      at = next + 1;
      const earlier = first();
      if (earlier !== undefined && earlier.value === current.value) continue;
      // the commit changed the grant: the newest version so far is the one it made
      const newest = made[made.length - 1] as Version;
      newest.commit = commit.sha;
      newest.parent = commit.parent;
      newest.at = commit.at;
      if (earlier === undefined) {
        addedBy(grant, next); // it added the grant
        break;
      }
      current = earlier;
      made.push(versionOf(earlier));
    }
    versions.set(id, made.reverse());
  }
  return { versions, added };
}

/** Where the first of the ascending `indexes` at or after `at` is (a binary search). */
function firstFrom(indexes: number[], at: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((indexes[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A version no commit is known to have made yet. */
function versionOf(found: GrantVersion): Version {
  return { commit: '', parent: '', at: '', expires: found.expires, endsAt: found.endsAt };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface GrantVersion {
  value: string;
  expires: string;
  endsAt: string | undefined;
  /** The access it names (accessOf). */
  access: string | undefined;
}

const NO_GRANTS: ReadonlyMap<string, GrantVersion> = new Map();

/** The Grant documents of a version of a file (blob `oid`) by id (the first of an id), each with its end. */
function grantsIn(oid: string, text: string): Map<string, GrantVersion> {
  const grants = new Map<string, GrantVersion>();
  let documents;
  try {
    documents = composeYaml(`blob ${oid}`, text).documents;
  } catch {
    return grants;
  }
  for (const { value } of documents) {
    if (!isMapping(value) || value.kind !== 'Grant' || typeof value.id !== 'string') continue;
    if (grants.has(value.id)) continue;
    const expires = typeof value.expires === 'string' ? value.expires : String(value.expires);
    grants.set(value.id, {
      value: canonical(value),
      expires,
      endsAt: parseAccessDate(expires)?.end,
      access: accessOf(value),
    });
  }
  return grants;
}

/** The blob each path holds at `ref`, asked a thousand paths at a time. */
async function pathBlobs(repo: string, ref: string, paths: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(paths)];
  const blobs = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 1000)
    for (const [path, oid] of await pathOids(repo, ref, unique.slice(i, i + 1000)))
      blobs.set(path, oid);
  return blobs;
}

/**
 * The first-parent commits of `ref` that changed the access directory, newest first, with
 * the blob each changed path held before (`git log --raw -z`: per commit
 * "\x01<sha> <parents> <seconds>\0\n", then per path ":<mode> <mode> <old> <new> <status>\0<path>\0").
 */
async function readLog(repo: string, ref: string, accessDir: string): Promise<LogCommit[]> {
  const dir = accessDir === '' || accessDir === '.' ? '.' : posix.normalize(accessDir);
  const out = await firstParentRaw(repo, ref, dir, '%x01%H %P%x00%ct');
  const commits: LogCommit[] = [];
  for (const entry of out.split('\x01')) {
    if (entry === '') continue;
    const fields = entry.split('\0');
    const [sha = '', parent = ''] = (fields[0] ?? '').split(' ');
    const seconds = Number((fields[1] ?? '').trim());
    const before = new Map<string, string | null>();
    for (let i = 2; i + 1 < fields.length; i += 2) {
      const raw = (fields[i] ?? '').trim();
      if (!raw.startsWith(':')) continue;
      const old = raw.split(' ')[2] ?? '';
      before.set(fields[i + 1] ?? '', /^0+$/.test(old) ? null : old);
    }
    commits.push({ sha, parent, at: new Date(seconds * 1000).toISOString(), before });
  }
  return commits;
}
