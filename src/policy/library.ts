// Which policies judge a repository: the built-in library that ships with accessctl
// (prebuilt into dist/policies.tar.gz, so the Action never compiles it on a runner),
// extended by the Rego files of the repository's own policies folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundleSources, collectSources, readBundle, type Sources } from '../rego/bundle/index.js';
import { loadBundle, type PolicyEvaluator } from '../rego/runtime/index.js';

/** The entrypoints every policy set answers (DESIGN.md section 3). */
export const ENTRYPOINTS = ['access/deny', 'access/warn'];

export const BUILTIN_BUNDLE = 'dist/policies.tar.gz';

export interface PolicySet {
  evaluator: PolicyEvaluator;
  /** Where the rules came from, for reports: the built-in library, and the user's files. */
  origin: { builtin: boolean; userFiles: string[] };
}

export interface PolicyOptions {
  /** The repository's own policies folder; missing or empty means the built-in library alone. */
  policiesDir?: string;
  /** The repository's policies already read (from a commit, with git); used instead of policiesDir. */
  userSources?: Sources;
  now?: Date;
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
async function builtinSources(root: string): Promise<{ sources: Sources; prebuilt?: Buffer }> {
  const prebuilt = join(root, BUILTIN_BUNDLE);
  if (existsSync(prebuilt)) {
    const bytes = readFileSync(prebuilt);
    const bundle = await readBundle(bytes);
    return { sources: { modules: bundle.rego, data: bundle.data }, prebuilt: bytes };
  }
  return { sources: await collectSources([join(root, 'policies')]) };
}

/**
 * Loads the policies for one evaluation. A user file identical to a built-in one (as in
 * accessctl's own repository) adds nothing; any other user file is compiled together
 * with the built-in library, so `package access` rules of both land in one deny set.
 */
export async function loadPolicySet(options: PolicyOptions = {}): Promise<PolicySet> {
  const builtin = await builtinSources(packageRoot());
  const known = new Set(builtin.sources.modules.map((m) => m.source));
  const user =
    options.userSources ??
    (options.policiesDir !== undefined && existsSync(options.policiesDir)
      ? await collectSources([options.policiesDir])
      : { modules: [], data: {} });
  const extra = user.modules.filter((m) => !known.has(m.source));
  const load = { now: options.now };
  if (extra.length === 0 && builtin.prebuilt !== undefined) {
    return {
      evaluator: await loadBundle(builtin.prebuilt, load),
      origin: { builtin: true, userFiles: [] },
    };
  }
  const sources: Sources = {
    modules: [...builtin.sources.modules, ...extra],
    data: { ...builtin.sources.data, ...user.data },
  };
  const bundle = await bundleSources(sources, ENTRYPOINTS);
  return {
    evaluator: await loadBundle(bundle, load),
    origin: { builtin: true, userFiles: extra.map((m) => m.file) },
  };
}
