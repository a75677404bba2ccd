// How far the rules' lineage (rule-lineage.ts) was found to stand, kept in the repository's
// git folder, so the next run judges only the changes to the rules made since: each judgement
// builds the models of a commit and its parent, and every provisioning, reconcile and expiry
// run walked every change to the rules since the policy owners were named (a nightly identity
// sync alone makes one a day).
//
// What is kept is a fact about the first-parent line up to one commit, and about nothing else:
// every change to the rules up to it stood, judged with the pull requests of one repository's
// look-up. A run uses it only when that commit is on its own tip's first-parent line (a
// rewritten or other branch walks from the start), for the same folders, code and look-up.
// Only a line that stood throughout is kept: a change that did not stand (a direct push, a
// look-up that failed) is judged again by every run, and so is all that follows it.
//
// The file is trusted: whoever can write it can make pushed rules look approved. It lives in
// the git folder, where no commit can write it; keep it between runs only from jobs on the
// default branch (docs/security.md), as the changes the gate passed are kept.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { gitCommonDir } from '../../model/git.js';
import { codeFingerprint, replaceFile } from '../../model/parse-cache.js';

/** Bumped when the shape of the file changes. */
const FORMAT = 1;
const CACHE_FILE = 'accessctl/rule-lineage.json';
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The walk's state at a commit up to which the rules stood throughout. */
export interface StoodLine {
  commit: string;
  /** Whether a policy owner had been named (from then on only their approval lets a change stand). */
  governed: boolean;
  /** The first commit of the line whose config named a policy owner, if one up to `commit` did. */
  named?: string;
}

/** What the kept line is true of: a run with anything else walks from the start. */
export interface LineageKey {
  accessDir: string;
  policiesDir: string;
  /** The repository whose pull requests judged the changes (OWNER/NAME). */
  source: string;
}

interface KeptFile extends LineageKey, StoodLine {
  accessctl: 'rule-lineage';
  format: number;
  code: string;
}

/** Where the kept line is read and written, and for what. */
export interface KeptLineage {
  read(): StoodLine | undefined;
  /** Keeps `line` in place of what was kept; a file that cannot be written is no error. */
  write(line: StoodLine): void;
}

export async function keptLineage(repo: string, key: LineageKey): Promise<KeptLineage | undefined> {
  const gitDir = await gitCommonDir(repo).catch(() => undefined);
  if (gitDir === undefined) return undefined;
  const file = join(gitDir, CACHE_FILE);
  // the code that walks, and the model and gate it judges with
  const code = `${codeFingerprint()} ${codeFingerprint(import.meta.url)}`;
  return {
    read: () => readKept(file, key, code),
    write(line) {
      const kept: KeptFile = { accessctl: 'rule-lineage', format: FORMAT, code, ...key, ...line };
      try {
        mkdirSync(dirname(file), { recursive: true });
        replaceFile(file, `${JSON.stringify(kept)}\n`);
      } catch {
        // A read-only git folder, a full disk: the next run walks further back.
      }
    },
  };
}

function readKept(file: string, key: LineageKey, code: string): StoodLine | undefined {
  let kept: Partial<KeptFile>;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptFile>;
  } catch {
    return undefined;
  }
  if (
    typeof kept !== 'object' ||
    kept === null ||
    kept.accessctl !== 'rule-lineage' ||
    kept.format !== FORMAT ||
    kept.code !== code ||
    kept.accessDir !== key.accessDir ||
    kept.policiesDir !== key.policiesDir ||
    kept.source !== key.source ||
    typeof kept.commit !== 'string' ||
    !COMMIT_ID.test(kept.commit) ||
    typeof kept.governed !== 'boolean' ||
    (kept.named !== undefined && (typeof kept.named !== 'string' || !COMMIT_ID.test(kept.named)))
  )
    return undefined;
  return {
    commit: kept.commit,
    governed: kept.governed,
    ...(kept.named === undefined ? {} : { named: kept.named }),
  };
}
