// `accessctl check --base REF` judges by REF's rules, as the pull-request check judges by its
// base's: REF's config, policies, catalog and identities, read with git; what the working
// tree edits of them is listed, since it takes effect only once merged.
import { join, relative, sep } from 'node:path';

import { CONFIG_FILE, type AccessConfig } from '../../config/config.js';
import { pathsChangedSince, untrackedPaths } from '../../model/git.js';
import { pathJoiner, type AccessSourceFile, type LocatedFinding } from '../../model/index.js';
import { readBaseRules } from '../../policy/base-rules.js';
import type { Sources } from '../../rego/bundle/index.js';
import { repositoryOf } from './changes-since.js';

/** What judges a change with `--base REF`: REF's rules, never the working tree's. */
export interface RulesAt {
  config: AccessConfig;
  /** REF's Rego files of the policies folder (none when no folder is used). */
  policies?: Sources;
  /** REF's catalog and identities, named as the working tree names its files. */
  accessFiles: AccessSourceFile[];
  /** The rule files the working tree edits: each takes effect only once merged. */
  edits: LocatedFinding[];
}

/**
 * The config, policies, catalog and identities of REF, read with git, so a branch that
 * edits them is judged by the rules it started from, as the pull-request check judges.
 */
export async function readRulesAt(
  accessDir: string,
  policiesDir: string | undefined,
  ref: string,
): Promise<RulesAt> {
  const { root, prefix } = await repositoryOf(accessDir, ref);
  const inRepo = (path: string) => relative(root, path).split(sep).join('/') || '.';
  const accessInRepo = prefix.replace(/\/$/, '') || '.';
  const policiesInRepo = policiesDir === undefined ? undefined : inRepo(policiesDir);
  const rules = await readBaseRules({
    workspace: root,
    baseCommit: ref,
    accessDir: accessInRepo,
    // a folder nobody uses: no Rego of REF is read
    policiesDir: policiesInRepo ?? '.accessctl-no-policies',
  });
  const inAccessDir = pathJoiner(accessDir);
  const paths = [
    `${accessInRepo === '.' ? '' : `${accessInRepo}/`}catalog`,
    `${accessInRepo === '.' ? '' : `${accessInRepo}/`}identities`,
    `${accessInRepo === '.' ? '' : `${accessInRepo}/`}packages`,
    CONFIG_FILE,
    ...(policiesInRepo === undefined ? [] : [policiesInRepo]),
  ];
  // what differs from REF, and what git does not track yet
  const edited = [
    ...(await pathsChangedSince(root, rules.commit, ...paths)),
    ...(await untrackedPaths(root, ...paths)),
  ];
  return {
    config: rules.config,
    ...(policiesInRepo === undefined ? {} : { policies: rules.policies }),
    accessFiles: rules.accessFiles.map((file) => ({
      ...file,
      path: inAccessDir(file.relativePath),
    })),
    edits: [...new Set(edited)].sort().map((path) => ({
      rule: 'rules-edited',
      severity: 'warning',
      message: `edits the rules; with --base ${ref} the change is judged by the rules of ${ref}, so this edit applies only once it is merged (and needs a policy owner's review)`,
      file: join(root, path),
      line: 1,
      column: 1,
    })),
  };
}
