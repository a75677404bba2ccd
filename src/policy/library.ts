// Which policies judge a repository: the built-in library that ships with accessctl
// (prebuilt into dist/policies.tar.gz, so the Action never compiles it on a runner),
// extended by the Rego files of the repository's own policies folder, or a prebuilt
// bundle the user names.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  BundleError,
  compileSources,
  collectSources,
  readBundle,
  type Sources,
} from '../rego/bundle/index.js';
import {
  LONGEST_TIMEOUT_MS,
  RegoEvalError,
  loadBundle,
  loadModule,
  type PolicyEvaluator,
} from '../rego/runtime/index.js';
import { PolicyLoadError } from './errors.js';
import { closest } from '../model/suggest.js';
import { parseModule } from '../rego/syntax/parser.js';
import { anyParseErrors, ruleHeads } from './rule-heads.js';
import { codeFingerprint } from '../model/parse-cache.js';
import { readBaseRules } from './base-rules.js';

/** The entrypoints every policy set answers (DESIGN.md section 3). */
export const ENTRYPOINTS = ['access/deny', 'access/warn'];

/** Waivers, `exception contains {...}` in package access (src/policy/exceptions.ts): compiled when defined. */
export const EXCEPTION_ENTRYPOINT = 'access/exception';

/** The entrypoints to compile for these modules: deny, warn, and exception when a module defines it. */
export function entrypointsOf(modules: Sources['modules']): string[] {
  const [pkg, name] = EXCEPTION_ENTRYPOINT.split('/');
  const waives = ruleHeads(modules).some(
    (h) => h.path.length === 2 && h.path[0] === pkg && h.path[1] === name,
  );
  return waives ? [...ENTRYPOINTS, EXCEPTION_ENTRYPOINT] : ENTRYPOINTS;
}

export const BUILTIN_BUNDLE = 'dist/policies.tar.gz';

export interface PolicyOrigin {
  /** The built-in library is part of the rules. */
  builtin: boolean;
  /** The user's policy files compiled with it (empty: the built-in library alone). */
  userFiles: string[];
  /** The prebuilt bundle that was evaluated, when one was: the default one or the user's. */
  bundle?: string;
}

export interface PolicySet {
  evaluator: PolicyEvaluator;
  origin: PolicyOrigin;
  /** The Rego the evaluator was built from, when known: findings of a bad rule point into it. */
  sources: Sources;
}

export interface PolicyOptions {
  /** The repository's own policies folder; missing or empty means the built-in library alone. */
  policiesDir?: string;
  /** The repository's policies already read (from a commit, with git); used instead of policiesDir. */
  userSources?: Sources;
  /** A prebuilt bundle (`accessctl build` or `opa build -t wasm`) used instead of any library. */
  bundleFile?: string;
  now?: Date;
  /**
   * A builtin that fails stops the evaluation with its error instead of being undefined.
   * Default true: an access decision must never pass a grant because a builtin failed.
   */
  strictBuiltinErrors?: boolean;
  /**
   * Stop an evaluation past this many milliseconds, failing it (the policies then run in a
   * thread of their own; see src/rego/runtime/deadline.ts). None when undefined.
   */
  timeoutMs?: number;
  /**
   * Run even the built-in library alone in a thread of its own, for a caller that queues
   * evaluations and works while they run. It has no deadline there either (the longest a
   * timer waits), so its answers are those of this thread.
   */
  ownThread?: boolean;
  /**
   * The module an earlier run compiled from these very sources (a base snapshot's, signed by a
   * default-branch run): used instead of compiling again when its digest is theirs.
   */
  compiled?: CompiledPolicies;
}

/** A policy module with the digest of what it was compiled from (see compiledDigest). */
export interface CompiledPolicies {
  wasm: Uint8Array;
  digest: string;
}

/** The package's root folder, from wherever this module was bundled or run. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'accessctl')
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the accessctl package folder beside the running code');
    dir = parent;
  }
}

/** Reads the built-in library's sources: from the prebuilt bundle, or the policies folder. */
async function builtinSources(
  root: string,
): Promise<{ sources: Sources; prebuilt?: { file: string; bytes: Buffer } }> {
  const file = join(root, BUILTIN_BUNDLE);
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    const bundle = await readBundle(bytes);
    // Errors in a built-in file name it as shipped, never as a path that looks local.
    const modules = bundle.rego.map((m) => ({
      ...m,
      file: `built-in:${m.file.replace(/^\//, '')}`,
    }));
    return { sources: { modules, data: bundle.data }, prebuilt: { file, bytes } };
  }
  return { sources: await collectSources([join(root, 'policies')]) };
}

/** A digest of the built-in library this build ships: what was judged by another is not reused. */
export async function builtinDigest(): Promise<string> {
  const { sources } = await builtinSources(packageRoot());
  const hash = createHash('sha256');
  for (const m of sources.modules) hash.update(m.file).update('\0').update(m.source).update('\0');
  return hash.update(JSON.stringify(sources.data)).digest('hex').slice(0, 32);
}

/**
 * Loads the policies for one evaluation. A user file identical to a built-in one (as in
 * accessctl's own repository) adds nothing; any other user file is compiled together
 * with the built-in library, so `package access` rules of both land in one deny set.
 */
export async function loadPolicySet(options: PolicyOptions = {}): Promise<PolicySet> {
  const load = {
    now: options.now,
    strictBuiltinErrors: options.strictBuiltinErrors ?? true,
    timeoutMs: options.timeoutMs,
  };
  if (options.bundleFile !== undefined) return loadUserBundle(options.bundleFile, load);
  const chosen = await chooseSources(options);
  if (chosen.kind === 'prebuilt') {
    // The prebuilt library alone runs in this thread unless asked: it is accessctl's own,
    // tested code (no unbounded loop; 100,000 grants take about 2 s), and a thread of its own
    // would add its start-up to every check (measured 0.9 to 1.2 s at load average 15 on 2
    // cores).
    const timeoutMs = options.ownThread === true ? LONGEST_TIMEOUT_MS : undefined;
    return {
      evaluator: await loadBundle(chosen.bytes, { ...load, timeoutMs }),
      origin: { builtin: true, userFiles: [], bundle: chosen.file },
      sources: chosen.sources,
    };
  }
  const { sources, extra, entrypoints } = chosen;
  const wasm =
    options.compiled !== undefined &&
    options.compiled.digest === compiledDigest(sources, entrypoints)
      ? options.compiled.wasm
      : await compileSources(sources, entrypoints);
  return {
    evaluator: await loadModule(wasm, sources.data, load),
    origin: { builtin: true, userFiles: extra.map((m) => m.file) },
    sources,
  };
}

/**
 * The module loadPolicySet would compile for these options, with its digest; undefined when
 * the prebuilt library alone judges (nothing is compiled) or a bundle is given.
 */
export async function compilePolicies(
  options: Pick<PolicyOptions, 'policiesDir' | 'userSources'>,
): Promise<CompiledPolicies | undefined> {
  const chosen = await chooseSources(options);
  if (chosen.kind === 'prebuilt') return undefined;
  return {
    digest: compiledDigest(chosen.sources, chosen.entrypoints),
    wasm: await compileSources(chosen.sources, chosen.entrypoints),
  };
}

/**
 * A commit's policies as the pull-request check compiles them for a request on it (none when
 * the built-in library alone judges): a base snapshot carries them, so the check loads them
 * instead of compiling them again.
 */
export async function compiledAt(
  workspace: string,
  commit: string,
  folders: { accessDir: string; policiesDir: string },
): Promise<CompiledPolicies | undefined> {
  const base = await readBaseRules({ workspace, baseCommit: commit, ...folders });
  return compilePolicies({ userSources: base.policies });
}

/**
 * What a module compiled from `sources` for `entrypoints` is: their text and data (the
 * built-in library's among them), and the build of accessctl that compiles.
 */
function compiledDigest(sources: Sources, entrypoints: string[]): string {
  const hash = createHash('sha256').update('accessctl-compiled-policies 1\n');
  hash.update(`${codeFingerprint(import.meta.url)}\n`);
  hash.update(JSON.stringify(entrypoints)).update('\n');
  for (const m of sources.modules) hash.update(JSON.stringify([m.file, m.source])).update('\n');
  return hash.update(JSON.stringify(sources.data)).digest('hex');
}

type ChosenSources =
  | { kind: 'prebuilt'; bytes: Buffer; file: string; sources: Sources }
  | { kind: 'compile'; sources: Sources; extra: Sources['modules']; entrypoints: string[] };

/**
 * The built-in library, with the user's files that are not one of its own: prebuilt when
 * there are none, else the sources to compile together.
 */
async function chooseSources(
  options: Pick<PolicyOptions, 'policiesDir' | 'userSources'>,
): Promise<ChosenSources> {
  const builtin = await builtinSources(packageRoot());
  const known = new Set(builtin.sources.modules.map((m) => m.source));
  const user =
    options.userSources ??
    (options.policiesDir !== undefined && existsSync(options.policiesDir)
      ? await collectSources([options.policiesDir])
      : { modules: [], data: {} });
  const extra = user.modules.filter((m) => !known.has(m.source));
  if (extra.length > 0) requireResultRules(extra);
  if (extra.length === 0 && builtin.prebuilt !== undefined)
    return {
      kind: 'prebuilt',
      bytes: builtin.prebuilt.bytes,
      file: builtin.prebuilt.file,
      sources: builtin.sources,
    };
  return {
    kind: 'compile',
    sources: {
      modules: [...builtin.sources.modules, ...extra],
      data: { ...builtin.sources.data, ...user.data },
    },
    extra,
    // the built-in library defines no exception: only the user's files are searched for one
    entrypoints: entrypointsOf(extra),
  };
}

async function loadUserBundle(
  file: string,
  load: { now?: Date; strictBuiltinErrors?: boolean; timeoutMs?: number },
): Promise<PolicySet> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new PolicyLoadError(`--bundle ${file}: cannot read the file; check the path`);
  }
  try {
    const bundle = await readBundle(bytes);
    const evaluator = await loadBundle(bytes, load);
    const deny = ENTRYPOINTS[0] as string;
    if (!evaluator.entrypoints.includes(deny)) {
      const has = evaluator.entrypoints.join(', ') || 'none';
      throw new PolicyLoadError(
        `--bundle ${file}: the bundle has no entrypoint ${deny} (it has: ${has}); build it with -e access/deny -e access/warn`,
      );
    }
    return {
      evaluator,
      origin: { builtin: false, userFiles: [], bundle: file },
      // Bundles keep sources by the paths they were built from, which read best relative.
      sources: {
        modules: bundle.rego.map((m) => ({ ...m, file: m.file.replace(/^\//, '') })),
        data: bundle.data,
      },
    };
  } catch (error) {
    if (error instanceof BundleError || error instanceof RegoEvalError)
      throw new PolicyLoadError(`--bundle ${file}: not a policy bundle: ${error.message}`);
    throw error;
  }
}

/**
 * A package one typo away from `access` (`package acess`) is compiled but never read: beside
 * a file in package access nothing else would say so, and its rules would judge nothing.
 */
function refuseMisspeltPackages(modules: Sources['modules']): void {
  for (const { file, source } of modules) {
    const { module } = parseModule(file, source);
    const first = module?.package.path.terms[1];
    if (module === undefined || first?.type !== 'string') continue;
    const name = first.value;
    if (name === 'access' || closest(name, ['access']) === undefined) continue;
    const written = module.package.path.terms
      .slice(1)
      .map((t) => (t.type === 'string' ? t.value : '?'))
      .join('.');
    const meant = ['access', ...written.split('.').slice(1)].join('.');
    throw new PolicyLoadError(
      `${file}:${module.package.loc.row}:${module.package.loc.col}: package ${written} is never read by the check (its deny and warn would judge nothing); did you mean package ${meant}?`,
    );
  }
}

/**
 * The user's files must add a `deny` or `warn` rule to package access: those two sets are
 * all a check reads, so a library without them (often a typo in the package name) would
 * silently judge nothing.
 */
function requireResultRules(modules: Sources['modules']): void {
  if (anyParseErrors(modules)) return;
  refuseMisspeltPackages(modules);
  const heads = ruleHeads(modules);
  const names = [...ENTRYPOINTS, EXCEPTION_ENTRYPOINT].map((e) => e.split('/'));
  const judged = heads.some((h) =>
    names.some((n) => h.path.length === n.length && h.path.every((p, i) => p === n[i])),
  );
  if (judged) return;
  const elsewhere = heads.find((h) => ['deny', 'warn'].includes(h.path[h.path.length - 1] ?? ''));
  const hint =
    elsewhere === undefined
      ? 'add rules `deny contains ... if` or `warn contains ... if` in package access'
      : `${elsewhere.file}:${elsewhere.row}:${elsewhere.col} defines data.${elsewhere.path.join('.')}, which the check does not read; put it in package access`;
  throw new PolicyLoadError(
    `${modules.map((m) => m.file).join(', ')}: no deny or warn rule in package access, so these policies judge nothing: ${hint}`,
  );
}
