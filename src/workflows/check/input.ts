// The input document a check's policies evaluate (`accessctl input` prints it): the
// repository read and linked, each grant's start from git history, and with a base, what
// changed since it and the base's rules (config, catalog, identities, policies).
import {
  DEFAULT_COMPOSE_LIMITS,
  GitError,
  ParseCache,
  askHistory,
  grantStarts,
  loadAccessRepository,
  type AccessModel,
} from '../../model/index.js';
import { BASE_ACCESS_PARTS } from '../../policy/base-rules.js';
import { buildPolicyInput, type PolicyChanges, type PolicyRequest } from '../../policy/input.js';
import { changesSince, readBaseTree, type BaseChanges } from './changes-since.js';
import { readRulesAt, type RulesAt } from './rules-at.js';

export interface CheckOptions {
  accessDir: string;
  policiesDir?: string;
  now: Date;
  changes?: PolicyChanges;
  request?: PolicyRequest;
  config?: Record<string, unknown>;
  maxFileSize?: number;
  /** Judge only what changed since this git ref; findings elsewhere become warnings. */
  base?: string;
  /** A prebuilt bundle judges instead of the built-in library and policiesDir. */
  bundleFile?: string;
  /**
   * Keep parsed files in the git folder and reuse what an earlier run parsed (see
   * src/model/parse-cache.ts). Off unless asked: only the CLI's `check` asks. 'untrusted'
   * shares parses within the run only (a pull request's run, whose author could have
   * written the file).
   */
  parseCache?: boolean | 'untrusted';
  /** Stop a policy evaluation past this many milliseconds (the check then fails). */
  evaluationTimeoutMs?: number;
  /** Told how long each stage took, in milliseconds, as it ends. */
  onStage?: (stage: CheckStage, ms: number) => void;
}

export type CheckStage = 'load' | 'base' | 'cache' | 'policies' | 'input' | 'evaluate' | 'map';

/**
 * Like Promise.all, but when several fail (a base that is not a commit fails both reads
 * of it), the git error that names the problem wins over whichever happened to fail first.
 */
async function settled<T extends readonly unknown[]>(
  values: readonly [...T],
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(values);
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) throw failures.find((f) => f instanceof GitError) ?? failures[0];
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

/** What the policies of a check are given, and what it was built from. */
export interface CheckInput {
  model: AccessModel;
  /** The input document, exactly as the policies evaluate it. */
  input: unknown;
  since?: BaseChanges;
  rules?: RulesAt;
  parseCache?: ParseCache;
  /** What the judging could not know (outside git, a shallow clone), for the user. */
  notes: string[];
}

type Lap = (stage: CheckStage) => void;

/**
 * The input document a check evaluates (`accessctl input` prints it): the repository read
 * and linked, and with a base, what changed since it and the base's config.
 */
export async function buildCheckInput(
  options: CheckOptions,
  lap: Lap = () => undefined,
  whileReading: (rules: RulesAt | undefined) => void = () => undefined,
): Promise<CheckInput> {
  // The starts an earlier run kept are reused as the parse cache is: on the user's own runs.
  // Git is asked about history now, while this process's heap is small (see askHistory).
  const history = askHistory(options.accessDir, { cache: options.parseCache === true });
  // Awaited by grantStarts below; a failure to read the repository is reported first.
  history.catch(() => {});
  // Git is asked about the cache and the base while this process reads the cache file.
  const [parseCache, baseTree, rules] = await settled([
    options.parseCache === true || options.parseCache === 'untrusted'
      ? ParseCache.open(options.accessDir, DEFAULT_COMPOSE_LIMITS, {
          trusted: options.parseCache === true,
        })
      : undefined,
    options.base === undefined
      ? undefined
      : readBaseTree(options.accessDir, options.base, { maxFileSize: options.maxFileSize }),
    // With --base, REF's rules judge (as in a pull request); a bundle is taken as given.
    options.base === undefined
      ? undefined
      : readRulesAt(
          options.accessDir,
          options.bundleFile === undefined ? options.policiesDir : undefined,
          options.base,
        ),
  ]);
  // The caller may start work that needs the base's rules (loading the policies) while
  // the repository is read.
  whileReading(rules);
  const model = await loadAccessRepository(options.accessDir, {
    maxFileSize: options.maxFileSize,
    parseCache,
    ...(rules === undefined
      ? {}
      : { replace: { parts: BASE_ACCESS_PARTS, files: rules.accessFiles } }),
  });
  lap('load');
  const since = baseTree === undefined ? undefined : changesSince(model, baseTree);
  if (since !== undefined) lap('base');
  if (parseCache !== undefined) {
    parseCache.save();
    lap('cache');
  }
  // Git says when each grant started (the policies are loading meanwhile).
  const starts = await grantStarts(model, options.accessDir, options.now, history);
  const input = buildPolicyInput(model, {
    ...options,
    starts: starts.starts,
    changes: since?.changes ?? options.changes,
    ...(rules === undefined ? {} : { config: rules.config as unknown as Record<string, unknown> }),
  });
  lap('input');
  return {
    model,
    input,
    ...(since === undefined ? {} : { since }),
    ...(rules === undefined ? {} : { rules }),
    ...(parseCache === undefined ? {} : { parseCache }),
    notes: starts.notes,
  };
}
