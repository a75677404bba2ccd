// Whether the rules a commit holds (its config, catalog, identities, packages, policies,
// scripts: everything but the grant documents) were reached by approved changes only.
//
// A run judges the merges in its own range with each parent's rules. That is only as good as
// the rules it starts from: a change a policy owner never approved (a direct push, an admin
// override) that an earlier run held is still in the files the next run reads, and a later
// run whose own range leaves the rules alone would run the exec command it wrote, and judge
// grants by the owners it named. So the first-parent line up to the start is walked, oldest
// first, and each commit that changed the rules is judged as provisioning judges a merge:
//
// - until a policy owner is named the rules are being set up: nobody can approve a change to
//   them yet, and each change stands (the gate holds such changes within a range);
// - once one is (even if an approved change later names none), a change to the rules stands
//   only with a policy owner's approval;
// - a change made on rules that did not stand is itself not approved by anyone who saw them,
//   so the rules stay untrusted until they are again as they were before the change that
//   broke the line (a revert, however it is made);
// - the line itself must be the branch's: a merge GitHub did not make for a pull request,
//   pushed once owners were named, may have any history as its first parent (an orphan
//   commit, one from before the owners, an older approved one), so the rules do not stand
//   from there on, whatever it holds, until the branch has its history back;
// - in a shallow clone the line's start is out of reach, and the rules do not stand.
//
// Who could abuse it: whoever can push to the default branch without review. What they
// pushed stays held until it is reverted, or the branch's history is restored.
import { readConfigAt } from '../../config/at-commit.js';
import { CONFIG_FILE, ConfigError } from '../../config/config.js';
import {
  firstParentLine,
  git,
  globLiteral,
  isShallowRepository,
  pathsChangedBetween,
} from '../../model/git.js';
import { ParseCache } from '../../model/parse-cache.js';
import type { RulesStanding } from '../../model/base-snapshot.js';
import type { UnapprovedRuleChange } from '../../provisioners/provision-plan.js';
import { GRANTS_PART, inAccess } from '../pr-check/changed-paths.js';
import { judgeMerges, throwingOnFailure, type GateOptions } from './gate.js';
import { keptLineage, type KeptLineage, type StoodLine } from './kept-lineage.js';

const SHALLOW =
  'the clone is shallow, so the changes to the rules before its oldest commit cannot be judged; fetch the whole history (actions/checkout with fetch-depth: 0)';

/** What a user does about rules that do not stand, said wherever they hold something back. */
export const RESTORE_RULES =
  'revert that change (the rules as they were before it stand again), then bring it back through a pull request a policy owner approves';

export type LineageOptions = Omit<GateOptions, 'from' | 'to' | 'trust'>;

/** The rules' standing after one change to them on the line. */
interface Standing {
  /** The change's place on the first-parent line, the first commit 0. */
  place: number;
  /** The change that broke the line, not reverted since; undefined: the rules stand. */
  broken: UnapprovedRuleChange | undefined;
}

/**
 * The standing of the rules at every commit of `tip`'s first-parent line, worked out once
 * for a run (each change to the rules judged once, however many commits of the line are
 * asked about).
 */
export class RuleTrust {
  private line?: Promise<{ places: Map<string, number>; standings: Standing[] }>;

  private readonly options: LineageOptions;
  private readonly offLine = new Map<string, RuleTrust>();

  /**
   * @param ifShallow In a shallow clone the rules' history is out of reach: they do not stand
   *   ('untrusted': nothing is given on them), or nothing is judged at all ('throw': for a run
   *   that takes access away on a failed judgement, and must not on a guess).
   */
  constructor(
    options: LineageOptions,
    private readonly tip: string,
    private readonly ifShallow: 'untrusted' | 'throw' = 'untrusted',
    /** Whether the line's standing is kept for the next run (kept-lineage.ts). */
    private readonly keeps = true,
  ) {
    // the commits judged share nearly every file: each is parsed once
    this.options = { ...options, parseCache: options.parseCache ?? ParseCache.inMemory() };
  }

  /** Why the rules `commit` holds do not stand; undefined when they do. */
  async at(commit: string): Promise<UnapprovedRuleChange | undefined> {
    const { places, standings } = await (this.line ??= this.walk());
    // the tip may be named by a ref; a commit off the line (of a merged branch) has its own
    const place = places.get(commit) ?? (commit === this.tip ? places.size - 1 : undefined);
    if (place === undefined) {
      let own = this.offLine.get(commit);
      if (own === undefined)
        // a side branch's line is not the one the next run walks: nothing of it is kept
        this.offLine.set(
          commit,
          (own = new RuleTrust(this.options, commit, this.ifShallow, false)),
        );
      return own.at(commit);
    }
    let found: UnapprovedRuleChange | undefined;
    for (const standing of standings) {
      if (standing.place > place) break;
      found = standing.broken;
    }
    return found;
  }

  private async walk(): Promise<{ places: Map<string, number>; standings: Standing[] }> {
    const { repo, accessDir } = this.options;
    const line = (await firstParentLine(repo, this.tip)).reverse();
    const places = new Map(line.map((sha, place) => [sha, place]));
    const shallow = isShallowRepository(repo).catch(() => true);
    // How far an earlier run found the line to stand: the walk goes on from there. Not in a
    // shallow clone, whose line is judged as it always was.
    const keeping = await this.kept();
    const stood = keeping?.read();
    const from =
      stood !== undefined && places.has(stood.commit) && !(await shallow) ? stood : undefined;
    const range = from === undefined ? this.tip : `${from.commit}..${this.tip}`;
    const grants = inAccess(accessDir, GRANTS_PART.replace(/\/$/, ''));
    // the grant documents: every other path is a rule (see pr-check/changed-paths.ts); a
    // hidden or linked YAML file under grants/ is a rule there too, but nothing reads it
    const notGrants = [
      '.',
      `:(exclude,glob)${globLiteral(grants)}/**/*.[yY][aA][mM][lL]`,
      `:(exclude,glob)${globLiteral(grants)}/**/*.[yY][mM][lL]`,
    ];
    const out = await git(repo, [
      'log',
      '--first-parent',
      '--reverse',
      '--format=%H %P',
      range,
      '--',
      ...notGrants,
    ]);
    const changes = new Map<string, string | undefined>();
    for (const entry of out.split('\n')) {
      const [commit = '', parent] = entry.split(' ');
      if (commit !== '') changes.set(commit, parent === '' ? undefined : parent);
    }
    // policy owners named on the line: a merge pushed after that is looked up, and breaks it
    const named = from?.named ?? (await this.firstNamed(range));
    const namedAt = named === undefined ? Infinity : (places.get(named) ?? Infinity);
    const pushed = await this.pushedMerges(places, namedAt, range);
    const order = [...new Set([...changes.keys(), ...pushed.keys()])].sort(
      (a, b) => (places.get(a) ?? -1) - (places.get(b) ?? -1),
    );
    // the changes made once owners were named are judged by their pull requests: asked for
    // many at a time where the look-up can
    await this.options.lookup.prefetch?.(
      order.filter(
        (commit) =>
          !pushed.has(commit) && (from?.governed === true || (places.get(commit) ?? -1) > namedAt),
      ),
    );
    const standings: Standing[] = [];
    let broken: UnapprovedRuleChange | undefined;
    /** The last commit whose rules stood: a line broken later stands again at its rules. */
    let lastTrusted: string | undefined = from?.commit;
    /** Whether a policy owner was named: from then on only their approval lets a change stand. */
    let governed = from?.governed ?? false;
    /**
     * Where the line stood throughout up to, once a change broke it (undefined before the
     * first commit): what the next run may start from.
     */
    let stoodTo: { line: StoodLine | undefined } | undefined;
    for (const commit of order) {
      const before = governed;
      const parent = changes.get(commit);
      const others = pushed.get(commit);
      // a merge pushed once policy owners were named (on this line or one it joins): the line
      // from here on is whatever its pusher chose, and no earlier state of it is vouched for
      if (others !== undefined) {
        governed = true;
        broken ??= {
          commit,
          files: [],
          reasons: [
            `a merge pushed without a pull request (GitHub made no merge of it): its first parent, chosen by whoever pushed it, may put another history on the branch's first-parent line, which the rules are judged along; restore the branch to the history it had`,
          ],
        };
        lastTrusted = undefined;
      } else if (parent === undefined && (await shallow)) {
        // the oldest commit of a shallow clone: what came before it is out of reach
        if (this.ifShallow === 'throw') throw new Error(SHALLOW);
        broken = { commit, files: [], reasons: [SHALLOW] };
      } else if (parent === undefined) {
        // the first commit: nothing before it judges it
        lastTrusted = commit;
      } else if (broken !== undefined) {
        if (lastTrusted !== undefined && (await sameRules(repo, lastTrusted, commit, notGrants)))
          broken = undefined;
        if (broken === undefined) lastTrusted = commit;
      } else {
        const judged = await judgeRuleChange(this.options, parent, commit, governed);
        governed = judged.governed;
        broken = judged.broken;
        lastTrusted = broken === undefined ? commit : parent;
      }
      standings.push({ place: places.get(commit) ?? -1, broken });
      // the line stood up to the commit before the first change that broke it
      if (broken !== undefined && stoodTo === undefined)
        stoodTo = { line: stoodAt(line, (places.get(commit) ?? 0) - 1, before, named, places) };
    }
    if (keeping !== undefined && !(await shallow)) {
      const kept =
        stoodTo === undefined
          ? stoodAt(line, line.length - 1, governed, named, places)
          : stoodTo.line;
      // a run about an older commit of the kept line (the line goes on past its tip) replaces
      // nothing
      const tip = line.at(-1);
      if (
        kept !== undefined &&
        kept.commit !== from?.commit &&
        !(tip !== undefined && stood !== undefined && (await isAncestor(repo, tip, stood.commit)))
      )
        keeping.write(kept);
    }
    return { places, standings };
  }

  /** Where this line's standing is kept between runs; none for a look-up that names no source. */
  private async kept(): Promise<KeptLineage | undefined> {
    const { repo, accessDir, policiesDir, lookup } = this.options;
    if (!this.keeps || lookup.source === undefined) return undefined;
    return keptLineage(repo, { accessDir, policiesDir, source: lookup.source });
  }

  /**
   * The merges of the line GitHub did not make for a pull request (pushed), each with its
   * other parents. A merge GitHub made has the branch's tip of the time as its first parent;
   * a pushed one has whatever its pusher chose (an orphan commit, one from before the policy
   * owners were named, an older approved one), and every later commit of the line descends from
   * it through that parent. A commit of a pull request's branch pushed onto the default branch
   * is tied to that pull request once it is merged, but is not its merge.
   */
  private async pushedMerges(
    places: Map<string, number>,
    namedAt: number,
    range: string,
  ): Promise<Map<string, string[]>> {
    const { repo, lookup } = this.options;
    const out = await git(repo, ['rev-list', '--first-parent', '--merges', '--parents', range]);
    // only a merge pushed once policy owners were named (on the line, or on a line it joins)
    // is looked up: before that, anything stood
    const merges = new Map<string, string[]>();
    for (const entry of out.split('\n')) {
      const [merge = '', , ...others] = entry.split(' ');
      if (merge === '') continue;
      if ((places.get(merge) ?? -1) > namedAt || (await this.anyGoverned(others)))
        merges.set(merge, others);
    }
    if (merges.size === 0) return merges;
    // many at a time when the look-up can; one by one (as the gate asks) when it cannot
    const made = await lookup.madeByMerges?.([...merges.keys()]).catch(() => undefined);
    if (made !== undefined) for (const merge of made) merges.delete(merge);
    else
      for (const merge of [...merges.keys()]) {
        const request = await lookup(merge);
        // a request found for it that does not say GitHub made this commit vouches for nothing
        if (request.pullRequest !== undefined && request.mergeCommit === merge)
          merges.delete(merge);
      }
    return merges;
  }

  /**
   * Whether a policy owner was named in any commit these commits reach, by any parent: a
   * history joined through a merge of a merge is joined all the same.
   */
  private async anyGoverned(commits: string[]): Promise<boolean> {
    const { repo } = this.options;
    if (commits.length === 0) return false;
    // --full-history: a merge that kept one side's config still leads to the other side's
    const out = await git(repo, [
      'log',
      '--full-history',
      '--format=%H',
      ...commits,
      '--',
      CONFIG_FILE,
    ]);
    for (const sha of out.split('\n'))
      if (sha !== '' && (await namesOwners(repo, sha))) return true;
    return false;
  }

  /** The oldest commit of a first-parent line (`tip` or `from..tip`) whose config names a policy owner. */
  private async firstNamed(range: string): Promise<string | undefined> {
    const { repo } = this.options;
    const out = await git(repo, [
      'log',
      '--first-parent',
      '--reverse',
      '--format=%H',
      range,
      '--',
      CONFIG_FILE,
    ]);
    for (const sha of out.split('\n')) if (sha !== '' && (await namesOwners(repo, sha))) return sha;
    return undefined;
  }
}

/** Whether `commit` is `of` or one of its ancestors (false when either is unknown). */
async function isAncestor(repo: string, commit: string, of: string): Promise<boolean> {
  try {
    await git(repo, ['merge-base', '--is-ancestor', commit, of]);
    return true;
  } catch {
    return false;
  }
}

/** The walk's state at the line's commit `place`, when there is one (kept-lineage.ts). */
function stoodAt(
  line: string[],
  place: number,
  governed: boolean,
  named: string | undefined,
  places: Map<string, number>,
): StoodLine | undefined {
  const commit = line[place];
  if (commit === undefined) return undefined;
  const namedThen = named !== undefined && (places.get(named) ?? Infinity) <= place;
  return { commit, governed, ...(namedThen ? { named } : {}) };
}

/**
 * The change that left the rules at `at` untrusted (the first of the line that lacked a
 * policy owner's approval, not reverted since); undefined when they stand.
 */
export async function untrustedRules(
  options: LineageOptions & { at: string },
): Promise<UnapprovedRuleChange | undefined> {
  return new RuleTrust(options, options.at).at(options.at);
}

/**
 * Whether the rules at `at` stand, as a base snapshot carries it for the pull-request check
 * (base-snapshot.ts). Only what was judged is said: a look-up that fails, or a shallow clone
 * (whose oldest changes are out of reach), throws instead of calling the rules untrusted.
 */
export async function rulesStanding(
  options: LineageOptions & { at: string },
): Promise<RulesStanding> {
  const judged = { ...options, lookup: throwingOnFailure(options.lookup) };
  const broken = await new RuleTrust(judged, options.at, 'throw').at(options.at);
  return broken === undefined
    ? { stand: true }
    : { stand: false, commit: broken.commit, reasons: broken.reasons };
}

/**
 * Whether a change to the rules stood, and whether a policy owner was named by then. Before
 * the first one is named the repository is being set up: nobody can approve a change yet, and
 * each stands. From then on, even after an approved change named none, only a policy owner's
 * approval lets one stand.
 */
async function judgeRuleChange(
  options: LineageOptions,
  parent: string,
  commit: string,
  governed: boolean,
): Promise<{ broken: UnapprovedRuleChange | undefined; governed: boolean }> {
  let owners: string[];
  try {
    owners = (await readConfigAt(options.repo, parent)).policyOwners;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // rules that cannot be read name nobody who could approve the change
    return {
      governed: true,
      broken: {
        commit,
        files: [],
        reasons: [
          `the rules before it cannot be read, so nobody could approve it: ${error.message}`,
        ],
      },
    };
  }
  if (owners.length === 0 && !governed) return { broken: undefined, governed };
  const gate = await judgeMerges({ ...options, from: parent, to: commit });
  return { broken: gate.ruleChanges[0], governed: true };
}

/** Whether the config at `commit` names a policy owner (one that cannot be read may). */
async function namesOwners(repo: string, commit: string): Promise<boolean> {
  try {
    return (await readConfigAt(repo, commit)).policyOwners.length > 0;
  } catch (error) {
    if (error instanceof ConfigError) return true;
    throw error;
  }
}

/** Whether two commits hold the same rules: no path but grant documents differs. */
async function sameRules(repo: string, a: string, b: string, paths: string[]): Promise<boolean> {
  return (await pathsChangedBetween(repo, a, b, paths)).length === 0;
}
