import { realpathSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig } from '../config/config.js';
import { readBaseSnapshot, SnapshotKeyError, type SnapshotTree } from '../model/index.js';
import { GitError, repositoryTop, resolveCommit, showFile } from '../model/git.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.js';
import { ACCESS_OPTION, POLICIES_OPTION, pullRequestRun } from './options.js';
import { createGitHubClient, type GitHubClient } from '../github/index.js';
import { commitTree } from '../github/contents.js';
import { pullRequestLookup } from '../workflows/provision/merge-review.js';
import { notStandingWarning, saveSnapshot } from '../workflows/snapshot.js';
import { gitHubRepository } from './provision.js';

/** The private key a default-branch run signs with (PEM, Ed25519). */
export const SNAPSHOT_KEY_ENV = 'ACCESSCTL_SNAPSHOT_KEY';

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary:
    'Save a signed base snapshot of a commit for the pull-request check, or --check whether it would use one',
  options: {
    access: ACCESS_OPTION,
    policies: POLICIES_OPTION,
    ref: {
      type: 'string',
      default: 'HEAD',
      value: 'REF',
      description: 'The commit to snapshot or to look for (the base of the pull requests to come).',
      example: 'origin/main',
    },
    'github-repo': {
      type: 'string',
      value: 'OWNER/NAME',
      defaultText: 'GITHUB_REPOSITORY',
      description:
        "The repository on GitHub whose pull requests say whether REF's rules stand (with GITHUB_TOKEN); the snapshot carries the answer to the pull-request check.",
      example: 'acme/access',
    },
    check: {
      type: 'boolean',
      default: false,
      description:
        'Write nothing; say whether the pull-request check would use the snapshot of REF and why (exit 1 when it would not).',
    },
  },
  examples: [
    {
      does: 'on a push to the default branch: save the snapshot of the pushed commit',
      line: 'ACCESSCTL_SNAPSHOT_KEY="$KEY" GITHUB_TOKEN=... GITHUB_REPOSITORY=acme/access accessctl snapshot',
    },
    {
      does: 'say whether a snapshot of main would be used',
      line: 'accessctl snapshot --check --ref main',
    },
  ],
  async run(values, _positionals, io) {
    const cwd = realpathSync(io.cwd);
    const top = await repositoryTop(cwd);
    if (top === undefined)
      throw new UsageError(
        `${io.cwd} is not inside a git repository; a snapshot is of a commit, so run it in a clone`,
      );
    const tree: SnapshotTree = {
      repo: top,
      accessDir: fromTop(top, resolve(cwd, String(values.access)), '--access'),
      policiesDir: fromTop(top, resolve(cwd, String(values.policies)), '--policies'),
    };
    const ref = String(values.ref);
    let commit: string;
    try {
      commit = await resolveCommit(top, ref);
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(`--ref ${ref}: ${error.message}`);
      throw error;
    }

    if (values.check === true) {
      let publicKey: string | undefined;
      try {
        publicKey = parseConfig(CONFIG_FILE, await showFile(top, commit, CONFIG_FILE)).snapshot
          .publicKey;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        io.err(`${CONFIG_FILE} at ${commit.slice(0, 7)} is invalid:\n${error.message}\n`);
        return EXIT_FINDINGS;
      }
      const outcome = await readBaseSnapshot(tree, commit, publicKey);
      const line =
        outcome.status === 'used'
          ? `snapshot used: ${outcome.reason}\n`
          : `snapshot ${outcome.status}, the base model is built from git: ${outcome.reason}\n`;
      if (outcome.status === 'used') io.out(line);
      else io.err(line);
      return outcome.status === 'used' ? EXIT_OK : EXIT_FINDINGS;
    }

    // A pull request's run must never write what judges the next one; without the key it
    // could not sign anyway, and this says so before anything is parsed.
    if (pullRequestRun(process.env)) {
      io.err(
        'accessctl snapshot: this is a pull-request run; snapshots are saved only by runs of the default branch (on: push), whose commits the rules already judged\n',
      );
      return EXIT_USAGE;
    }
    const key = process.env[SNAPSHOT_KEY_ENV];
    if (key === undefined || key.trim() === '')
      throw new UsageError(
        `${SNAPSHOT_KEY_ENV} is not set; give this run the Ed25519 private key (PEM) from a secret only default-branch runs can read (docs/pr-check.md, "Base snapshots")`,
      );
    // Whether the commit's rules stand, as provisioning judges them, is signed in for the
    // pull-request check; that takes the pull requests behind the changes to the rules.
    const token = process.env.GITHUB_TOKEN ?? '';
    const repository = gitHubRepository(values, process.env) ?? '';
    // a name the look-up cannot use would judge every change as a direct push: refused here
    if (repository !== '' && !/^[^/\s]+\/[^/\s]+$/.test(repository))
      throw new UsageError(
        `${typeof values['github-repo'] === 'string' ? '--github-repo' : 'GITHUB_REPOSITORY'} "${repository}" must be OWNER/NAME, e.g. acme/access`,
      );
    const warn = (message: string) => io.err(`accessctl snapshot: ${message}\n`);
    if (token === '' || repository === '')
      warn(
        `whether the rules of ${commit.slice(0, 7)} stand is not judged without GitHub (set GITHUB_TOKEN, and GITHUB_REPOSITORY or --github-repo): the snapshot, and so the pull-request check, says nothing of it`,
      );
    const client =
      token === '' || repository === ''
        ? undefined
        : createGitHubClient({ token, env: process.env });
    if (client !== undefined) await holdsCommit(client, repository, commit, values);
    let saved;
    try {
      saved = await saveSnapshot({
        tree,
        commit,
        key,
        ...(client === undefined ? {} : { lookup: pullRequestLookup(client, repository) }),
        warn,
      });
    } catch (error) {
      if (error instanceof SnapshotKeyError) throw new UsageError(error.message);
      throw error;
    }
    io.out(
      `wrote ${saved.file}: ${saved.files} parsed files of ${commit.slice(0, 7)} (${Math.ceil(saved.bytes / 1024)} KiB)\n`,
    );
    const notStanding = notStandingWarning(commit, saved.rules);
    if (notStanding !== undefined) warn(notStanding);
    return EXIT_OK;
  },
};

/**
 * Refuses a repository on GitHub that does not hold the commit: well-formed but wrong (another
 * repository, a typo, a commit not pushed yet), it would find no pull request behind any
 * change to the rules, judge each a direct push, and sign that the rules do not stand. Any
 * other failure is left to the look-up, which says what it could not judge.
 */
async function holdsCommit(
  client: GitHubClient,
  repository: string,
  commit: string,
  values: Record<string, unknown>,
): Promise<void> {
  const [owner = '', repo = ''] = repository.split('/');
  try {
    await commitTree(client, { owner, repo }, commit);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status !== 404 && status !== 422) return;
    const named = typeof values['github-repo'] === 'string' ? '--github-repo' : 'GITHUB_REPOSITORY';
    throw new UsageError(
      `${named} "${repository}": GitHub has no commit ${commit.slice(0, 7)} there (or the token cannot read it), so the pull requests behind its rules cannot be found; name the repository this clone pushes to, or push ${commit.slice(0, 7)} first`,
    );
  }
}

/** A folder as a path from the repository root, as git names it; outside it is a usage error. */
function fromTop(top: string, folder: string, flag: string): string {
  const inside = relative(top, folder);
  if (inside.startsWith('..') || resolve(top, inside) !== folder)
    throw new UsageError(`${flag} ${folder} is outside the repository ${top}`);
  return inside.split(sep).join(posix.sep) || '.';
}
