import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Real git repositories in temp folders, built from maps of files. Author, committer and dates
 * are fixed, so the same commits give the same shas on every run.
 */

export interface CommitSpec {
  message?: string;
  /** Path to content; null deletes the path. */
  files: Record<string, string | null>;
}

export interface GitWorkspace {
  path: string;
  /** Shas of the commits, oldest first. */
  shas: string[];
  head: string;
  branch: string;
  /** Adds one more commit on the current branch and returns its sha. */
  commit(spec: CommitSpec): string;
  /** Creates a branch at the current commit (or `from`) and checks it out. */
  checkout(branch: string, options?: { create?: boolean; from?: string }): void;
  git(...args: string[]): string;
  remove(): void;
}

export interface GitWorkspaceOptions {
  branch?: string;
  /** Commits to make in order; a plain file map makes one commit. */
  commits?: CommitSpec[];
  files?: Record<string, string>;
}

const BASE_TIME = Date.UTC(2026, 0, 1) / 1000;

export function createGitWorkspace(options: GitWorkspaceOptions = {}): GitWorkspace {
  const path = mkdtempSync(join(tmpdir(), 'accessctl-workspace-'));
  const branch = options.branch ?? 'main';
  let tick = 0;
  const git = (...args: string[]): string => {
    tick += 1;
    const date = `${BASE_TIME + tick * 60} +0000`;
    return execFileSync('git', args, {
      cwd: path,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: path,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Accessctl Test',
        GIT_AUTHOR_EMAIL: 'test@accessctl.invalid',
        GIT_COMMITTER_NAME: 'Accessctl Test',
        GIT_COMMITTER_EMAIL: 'test@accessctl.invalid',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    }).trim();
  };
  git('init', '-q', '-b', branch);
  git('config', 'commit.gpgsign', 'false');
  const shas: string[] = [];

  const workspace: GitWorkspace = {
    path,
    shas,
    head: '',
    branch,
    git,
    commit(spec) {
      for (const [file, content] of Object.entries(spec.files)) {
        const target = join(path, file);
        if (content === null) {
          rmSync(target, { force: true });
        } else {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
      }
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', spec.message ?? `commit ${shas.length + 1}`);
      const sha = git('rev-parse', 'HEAD');
      shas.push(sha);
      workspace.head = sha;
      return sha;
    },
    checkout(name, checkoutOptions = {}) {
      if (checkoutOptions.create === true) {
        git('checkout', '-q', '-b', name, ...(checkoutOptions.from ? [checkoutOptions.from] : []));
      } else {
        git('checkout', '-q', name);
      }
      workspace.branch = name;
      workspace.head = git('rev-parse', 'HEAD');
    },
    remove() {
      rmSync(path, { recursive: true, force: true });
    },
  };

  const commits = options.commits ?? (options.files ? [{ files: options.files }] : []);
  for (const spec of commits) workspace.commit(spec);
  return workspace;
}
