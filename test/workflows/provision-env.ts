// What a provision or reconcile test runs against: the GitHub emulator, an access repository
// and scratch folders, all ended after each test, with process.env as it was before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach } from 'vitest';

import { dispatch } from '../../src/action/dispatch.js';
import { readInputs } from '../../src/action/inputs.js';
import type { Io } from '../../src/commands/command.js';
import { startEmulator, type Emulator, type Seed } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import { accessRepo } from './provision-fixture.js';

export interface ProvisionEnv {
  /** The GitHub emulator seeded with this organisation. */
  github(seed: Seed): Promise<Emulator>;
  /** An access repository whose first commit holds the fixture catalog and these people. */
  accessRepo(logins: string[]): { repo: GitRepo; base: string };
  scratchDir(prefix?: string): string;
  /** Points the CLI's GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY at the emulator. */
  exportGitHub(gh: Emulator): void;
}

/** Call once at the top of a test file: what each test starts is ended after it. */
export function useProvisionEnv(): ProvisionEnv {
  let emulator: Emulator | undefined;
  let repo: GitRepo | undefined;
  const dirs: string[] = [];
  const savedEnv = { ...process.env };
  afterEach(async () => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    await emulator?.close();
    repo?.cleanup();
    emulator = undefined;
    repo = undefined;
    process.env = { ...savedEnv };
  });
  return {
    async github(seed) {
      await emulator?.close();
      emulator = await startEmulator({ seed });
      return emulator;
    },
    accessRepo(logins) {
      repo?.cleanup();
      const made = accessRepo(logins);
      repo = made.repo;
      return made;
    },
    scratchDir(prefix = 'accessctl-scratch-') {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    exportGitHub(gh) {
      process.env.GITHUB_TOKEN = gh.token;
      process.env.GITHUB_API_URL = gh.url;
      process.env.GITHUB_REPOSITORY = 'acme/access';
    },
  };
}

/** An Io that keeps what a command writes to stdout and stderr, in order, as one text. */
export function captureIo(cwd: string): Io & { text: () => string } {
  let out = '';
  return { cwd, out: (t) => (out += t), err: (t) => (out += t), text: () => out };
}

export interface ActionStep {
  command: 'provision' | 'reconcile';
  /** GITHUB_EVENT_NAME, and the payload GITHUB_EVENT_PATH holds. */
  event: string;
  payload: Record<string, unknown>;
  /** The step's `with:` inputs. */
  inputs?: Record<string, string>;
  gh: Emulator;
  workspace: string;
  /** The runner's folder for the event file, the job summary and the outputs file. */
  runner: string;
}

/** Runs the Action as a GitHub runner would start it, and returns its job summary and outputs. */
export async function runActionStep(
  step: ActionStep,
): Promise<{ summary: string; output: string }> {
  const file = (name: string) => join(step.runner, name);
  writeFileSync(file('event.json'), JSON.stringify(step.payload));
  for (const name of ['summary.md', 'output.txt']) writeFileSync(file(name), '');
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: step.event,
    GITHUB_EVENT_PATH: file('event.json'),
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_API_URL: step.gh.url,
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_OUTPUT: file('output.txt'),
    // the emulator has no secondary rate limits to respect
    ACCESSCTL_WRITE_SPACING_MS: '0',
  });
  if (step.event === 'push') branchAtPush(step);
  const inputs = { command: step.command, token: step.gh.token, ...step.inputs };
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  // @actions/core keeps the summary file it first wrote to; each step here has its own runner
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  await dispatch(readInputs());
  return {
    summary: readFileSync(file('summary.md'), 'utf8'),
    output: readFileSync(file('output.txt'), 'utf8'),
  };
}

/**
 * On GitHub, a push's run starts with the branch at the pushed commit (provisioning reads it).
 * A repository the test made locally is not on the emulator, or is there with other commits:
 * its default branch is pointed at the pushed commit. One the workspace was cloned from keeps
 * its branch, so a test can move it on before a run.
 */
function branchAtPush(step: ActionStep): void {
  const { after, ref } = step.payload as { after?: unknown; ref?: unknown };
  if (typeof after !== 'string' || typeof ref !== 'string') return;
  const repo =
    step.gh.state.repo('acme', 'access') ??
    step.gh.state.addRepo({ name: 'access', owner: 'acme', files: {} }, 'acme');
  const tip = repo.refs.get(ref);
  const cloned =
    tip !== undefined &&
    spawnSync('git', ['cat-file', '-e', `${tip}^{commit}`], { cwd: step.workspace }).status === 0;
  if (!cloned) repo.refs.set(ref, after);
}
