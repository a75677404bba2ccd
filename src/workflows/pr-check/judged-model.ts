// The model a pull request is judged on: its grant documents from the head checked out in
// the workspace, the catalog and identities from the base. Also what the pull request
// changed, against the merge base, and which of its changed paths are not grant documents
// (deny by default: each of those changes the rules, whatever the path).
import { statSync } from 'node:fs';
import { join } from 'node:path';

import {
  buildAccessModel,
  diffModels,
  grantChangesSince,
  loadAccessRepositoryAtRef,
  parseClean,
  type AccessChange,
  type AccessModel,
  type AccessSourceFile,
  type ParseCache,
  pathJoiner,
  workingTreeFile,
} from '../../model/index.js';
import { mergeBases, pathOids } from '../../model/git.js';
import { readFolder } from '../../model/utf8-paths.js';
import type { PolicyChanges } from '../../policy/input.js';
import { normalise } from '../../policy/base-rules.js';
import { changedPaths, GRANTS_PART, ruleFiles, type ChangedFile } from './changed-paths.js';

const YAML_FILE = /\.ya?ml$/i;

export interface JudgedModel {
  model: AccessModel;
  /** The grants the pull request adds, modifies or removes, by id. */
  grantChanges: AccessChange[];
  changes: PolicyChanges;
  /** The commits changes are measured from: every merge base of base and head. */
  since: string[];
  /**
   * Grant files the request changes that the base branch changed too since the request
   * branched off. Git merges the two line by line, so what the merge provisions is neither
   * version: not what this check judges.
   */
  behind: string[];
}

export interface JudgedModelOptions {
  workspace: string;
  accessDir: string;
  baseCommit: string;
  baseAccessFiles: AccessSourceFile[];
  /**
   * Parsed files by blob id, and the blob id of each clean file of the work tree. Without it
   * every file counts as touched (so both sides are built whole) and is read from disk; with
   * it clean files are read from git, and the rules' files, built more than once, are parsed
   * once, or not at all when a base snapshot holds them.
   */
  parseCache?: ParseCache;
  /**
   * Build the merge base and the head whole to find the changed grants, instead of only the
   * files that differ (tests compare the two).
   */
  wholeModels?: boolean;
}

export async function loadJudgedModel(options: JudgedModelOptions): Promise<JudgedModel> {
  const accessDir = normalise(options.accessDir);
  const { parseCache } = options;
  // What neither a base snapshot nor the cache holds is read from git and parsed as it comes.
  // A grant file is built once (into the judged model; the few the request touched are parsed
  // again to compare), so only the rules' files, built two or three times, are kept.
  if (parseCache !== undefined)
    await parseClean(
      parseCache,
      inRepository(accessDir),
      { parseCache },
      (inside) => !inside.startsWith(GRANTS_PART),
    );
  const headFiles = workspaceFiles(options.workspace, accessDir, parseCache);
  const fromHead = headFiles.filter((f) => f.relativePath.startsWith(GRANTS_PART));
  const files = [...options.baseAccessFiles, ...fromHead].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const model = buildAccessModel(files, { parseCache });

  // Measured from every merge base: after criss-cross merges there are several, and what the
  // merge brings is what differs from any of them (one alone could already hold a grant the
  // merge adds back). A change seen from one base counts.
  const since = await branchPoints(options.workspace, options.baseCommit);
  const seen = new Map<string, AccessChange>();
  const paths = new Map<string, ChangedFile>();
  for (const point of since) {
    const fromPoint =
      (options.wholeModels === true
        ? undefined
        : await grantChangesSince(options.workspace, point, headFiles, model.documents, {
            accessDir,
            parseCache,
            workTree: parseCache?.indexState(),
          })) ??
      (await wholeModelChanges(options.workspace, point, headFiles, accessDir, parseCache));
    for (const change of fromPoint) {
      // a grant new to one base is added, whatever another base held
      const before = seen.get(change.id);
      if (before === undefined || (before.change === 'modified' && change.change === 'added'))
        seen.set(change.id, change);
    }
    for (const path of await changedPaths(options.workspace, point, 'HEAD'))
      if (!paths.has(path.path)) paths.set(path.path, path);
  }
  const grantChanges = [...seen.values()];
  const changed = [...paths.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const ids = (type: AccessChange['change']) =>
    grantChanges.filter((c) => c.change === type).map((c) => c.id);
  const rules = new Set(ruleFiles(changed, accessDir));
  const requests = changed.map((f) => f.path).filter((path) => !rules.has(path));
  return {
    model,
    grantChanges,
    since,
    behind: await changedOnBase(options.workspace, options.baseCommit, since, requests),
    changes: {
      added: ids('added'),
      modified: ids('modified'),
      removed: ids('removed'),
      files: changed.map((f) => f.path),
      ruleFiles: ruleFiles(changed, accessDir),
    },
  };
}

/** The grant changes from `since` to the head, both sides built whole. */
async function wholeModelChanges(
  workspace: string,
  since: string,
  headFiles: AccessSourceFile[],
  accessDir: string,
  parseCache: ParseCache | undefined,
): Promise<AccessChange[]> {
  const before = await loadAccessRepositoryAtRef(workspace, since, { accessDir, parseCache });
  const after = buildAccessModel(headFiles, { parseCache });
  return diffModels(before, after).filter((c) => c.kind === 'Grant');
}

/** The `paths` whose blob at `base` is not the one at every merge base. */
async function changedOnBase(
  workspace: string,
  base: string,
  points: string[],
  paths: string[],
): Promise<string[]> {
  if (paths.length === 0) return [];
  const atBase = await pathOids(workspace, base, paths);
  const behind = new Set<string>();
  for (const point of points) {
    if (point === base) continue;
    const atPoint = await pathOids(workspace, point, paths);
    for (const path of paths) if (atBase.get(path) !== atPoint.get(path)) behind.add(path);
  }
  return paths.filter((path) => behind.has(path));
}

/** Where the head branched off; the base commit itself when history is too shallow to tell. */
async function branchPoints(workspace: string, base: string): Promise<string[]> {
  try {
    const points = await mergeBases(workspace, base, 'HEAD');
    return points.length > 0 ? points : [base];
  } catch {
    return [base];
  }
}

/** A path inside the access directory as the repository names it. */
function inRepository(accessDir: string): (inside: string) => string {
  return accessDir === '' || accessDir === '.'
    ? (inside) => inside
    : (inside) => `${accessDir}/${inside}`;
}

/** The access directory's YAML files in the working tree, named by repository-relative paths. */
function workspaceFiles(
  workspace: string,
  accessDir: string,
  cache: ParseCache | undefined,
): AccessSourceFile[] {
  const root = join(workspace, accessDir);
  try {
    if (!statSync(root).isDirectory()) return [];
  } catch {
    return [];
  }
  const found: AccessSourceFile[] = [];
  // names from readdir are already normal: joined as strings, not normalised one by one
  const onDisk = pathJoiner(root);
  const named = inRepository(accessDir);
  const walk = (relative: string) => {
    // a name that is not UTF-8 stops the check: read as U+FFFD it could name another file
    const entries = readFolder(join(root, relative), named(relative)).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const inside = relative === '' ? entry.name : `${relative}/${entry.name}`;
      // symbolic links could point outside the repository: never followed
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) walk(inside);
      else if (entry.isFile() && YAML_FILE.test(entry.name))
        found.push(workingTreeFile(onDisk(inside), named(inside), inside, cache));
    }
  };
  walk('');
  return found;
}
