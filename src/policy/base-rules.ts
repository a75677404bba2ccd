// What judges a change, read from the commit it starts from with git and never from the
// working tree: the config, the repository's own policies, and the catalog, identities and
// access packages (the owners, team memberships and package conditions that decide whose
// approval counts and who needs none). A pull request that
// edits any of them changes the rules only once it is merged. The pull-request check reads
// them at its base, `check --base REF` at REF, provisioning at each merge's first parent.
import { posix } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from '../config/config.js';
import type { AccessSourceFile } from '../model/index.js';
import { GitError, fetchCommit, listTree, readBlobs, resolveCommit } from '../model/git.js';
import type { Sources } from '../rego/bundle/index.js';

const YAML_FILE = /\.ya?ml$/i;
const SYMLINK_MODE = '120000';
/** The parts of the access directory the base decides; grants come from the head. */
export const BASE_ACCESS_PARTS = ['catalog/', 'identities/', 'packages/'];

export interface BaseRules {
  commit: string;
  config: AccessConfig;
  /** `policies/` at the base: Rego modules only, as the base's owners reviewed them. */
  policies: Sources;
  /** `catalog/`, `identities/` and `packages/` of the access directory at the base, repository-relative paths. */
  accessFiles: AccessSourceFile[];
}

export interface BaseRulesOptions {
  workspace: string;
  baseCommit: string;
  accessDir: string;
  policiesDir: string;
}

export async function readBaseRules(options: BaseRulesOptions): Promise<BaseRules> {
  const commit = await ensureCommit(options.workspace, options.baseCommit);
  const accessDir = normalise(options.accessDir);
  const policiesDir = normalise(options.policiesDir);
  const [access, policies, configEntries] = await Promise.all([
    // the rules' folders only: the grants beside them can be 100,000 files
    listTree(
      options.workspace,
      commit,
      BASE_ACCESS_PARTS.map((part) => (accessDir === '.' ? part : `${accessDir}/${part}`)),
    ),
    listTree(options.workspace, commit, policiesDir),
    listTree(options.workspace, commit, CONFIG_FILE),
  ]);
  // git names every entry under `accessDir/`; the path inside it is the rest
  const prefix = `${accessDir}/`;
  const inside = (path: string) =>
    path.startsWith(prefix) ? path.slice(prefix.length) : posix.relative(accessDir, path);
  const accessEntries = access.filter(
    (e) =>
      e.type === 'blob' &&
      e.mode !== SYMLINK_MODE &&
      YAML_FILE.test(e.path) &&
      BASE_ACCESS_PARTS.some((part) => inside(e.path).startsWith(part)) &&
      !e.path.split('/').some((segment) => segment.startsWith('.')),
  );
  const regoEntries = policies.filter(
    (e) =>
      e.type === 'blob' &&
      e.mode !== SYMLINK_MODE &&
      e.path.endsWith('.rego') &&
      !e.path.endsWith('_test.rego'),
  );
  const configEntry = configEntries.find((e) => e.path === CONFIG_FILE && e.type === 'blob');
  const blobs = await readBlobs(options.workspace, [
    ...accessEntries.map((e) => e.oid),
    ...regoEntries.map((e) => e.oid),
    ...(configEntry === undefined ? [] : [configEntry.oid]),
  ]);
  const text = (oid: string): string => {
    const value = blobs.get(oid);
    if (value === undefined)
      throw new GitError(`blob ${oid} of the base commit ${commit} is missing from the workspace`);
    return value;
  };
  let config: AccessConfig;
  try {
    config = parseConfig(
      CONFIG_FILE,
      configEntry === undefined ? undefined : text(configEntry.oid),
    );
  } catch (error) {
    if (error instanceof ConfigError)
      throw new ConfigError(error.findings, `at the base commit ${commit.slice(0, 7)}`);
    throw error;
  }
  return {
    commit,
    config,
    policies: {
      modules: regoEntries
        .map((e) => ({ file: e.path, source: text(e.oid) }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      data: {},
    },
    accessFiles: accessEntries.map((e) => ({
      path: e.path,
      relativePath: inside(e.path),
      size: e.size,
      read: () => text(e.oid),
      cacheKey: `${e.oid}:${e.path}`,
      blob: e.oid,
    })),
  };
}

/**
 * The base commit must be in the workspace. actions/checkout fetches one commit by default,
 * so a missing base is fetched once; when that fails the message says how to check out.
 */
async function ensureCommit(workspace: string, sha: string): Promise<string> {
  try {
    return await resolveCommit(workspace, sha);
  } catch {
    try {
      await fetchCommit(workspace, 'origin', sha);
      return await resolveCommit(workspace, sha);
    } catch {
      throw new GitError(
        `the base commit ${sha} is not in the workspace ${workspace} and could not be fetched; ` +
          'check out with actions/checkout and `fetch-depth: 0`',
      );
    }
  }
}

export function normalise(dir: string): string {
  return posix.normalize(dir.replaceAll('\\', '/')).replace(/^\.\/|\/+$/g, '');
}
