// The changes the gate passed, kept in the repository's git folder, so a scheduled run judges
// each renewal once rather than every night (see approved-ends.ts). On a large repository one
// judgement builds the whole model of the commit, seconds each.
//
// Only passes are kept: a commit's pass is fixed by the commit itself (the rules of its
// parent, its content, the pull request as it stood when merged, its own time), while a
// refusal can be for a reason that goes away (a pull request head not yet fetched), so
// refusals are judged again. A change whose look-up failed is never kept.
//
// The file is trusted: whoever can write it can make an extension look approved. It lives
// in the git folder, where no commit can write it; a run that may not trust that folder (a
// pull request's) neither reads nor writes it. A file written by another build, for another
// access or policies folder, or damaged, is a miss: everything is judged again.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { gitCommonDir } from '../../model/git.js';
import { codeFingerprint, replaceFile } from '../../model/parse-cache.js';
import { builtinDigest } from '../../policy/library.js';

/** Bumped when the shape of the file changes. */
const FORMAT = 1;
const CACHE_FILE = 'accessctl/passed-changes.json';
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

interface PassedFile {
  accessctl: 'passed-changes';
  format: number;
  /** The code and the built-in library that judged. */
  code: string;
  accessDir: string;
  policiesDir: string;
  /** By commit: the grants whose change in it passed the gate. */
  passed: Record<string, string[]>;
}

export interface PassedChanges {
  has(commit: string, grantId: string): boolean;
  add(commit: string, grantId: string): void;
  /** Writes the file, if anything was added. */
  save(): void;
}

/** The changes kept as passed for this repository and these folders; empty when none hold. */
export async function keptPasses(
  repo: string,
  folders: { accessDir: string; policiesDir: string },
): Promise<PassedChanges> {
  const gitDir = await gitCommonDir(repo).catch(() => undefined);
  const code = `${codeFingerprint()} ${codeFingerprint(import.meta.url)} ${await builtinDigest()}`;
  const file = gitDir === undefined ? undefined : join(gitDir, CACHE_FILE);
  const passed = new Map<string, Set<string>>();
  const kept = file === undefined ? undefined : readPassed(file);
  if (
    kept !== undefined &&
    kept.code === code &&
    kept.accessDir === folders.accessDir &&
    kept.policiesDir === folders.policiesDir
  )
    for (const [commit, ids] of Object.entries(kept.passed))
      if (COMMIT_ID.test(commit) && Array.isArray(ids))
        passed.set(commit, new Set(ids.filter((id) => typeof id === 'string')));
  let added = false;
  return {
    has: (commit, grantId) => passed.get(commit)?.has(grantId) === true,
    add(commit, grantId) {
      const ids = passed.get(commit) ?? new Set<string>();
      if (ids.has(grantId)) return;
      ids.add(grantId);
      passed.set(commit, ids);
      added = true;
    },
    save() {
      if (file === undefined || !added) return;
      const written: PassedFile = {
        accessctl: 'passed-changes',
        format: FORMAT,
        code,
        ...folders,
        passed: Object.fromEntries([...passed].map(([commit, ids]) => [commit, [...ids]])),
      };
      mkdirSync(dirname(file), { recursive: true });
      replaceFile(file, `${JSON.stringify(written)}\n`);
      added = false;
    },
  };
}

/** No cache: nothing kept, nothing written. */
export const NOTHING_KEPT: PassedChanges = {
  has: () => false,
  add: () => undefined,
  save: () => undefined,
};

function readPassed(file: string): PassedFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<PassedFile>;
    if (parsed.accessctl !== 'passed-changes' || parsed.format !== FORMAT) return undefined;
    if (typeof parsed.passed !== 'object' || parsed.passed === null) return undefined;
    return parsed as PassedFile;
  } catch {
    return undefined;
  }
}
