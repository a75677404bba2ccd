import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import type { Emulator } from '../emulator/server.js';
import type { EmulatorState } from '../emulator/state.js';
import type { GitHubEvent } from './events.js';
import { parseCommandFile } from './outputs.js';
import { applyRunner, maskSecrets, type WorkflowCommand } from './workflow-commands.js';

/**
 * Runs the bundled Action (`node dist/index.js`) the way a runner does: the GITHUB_* variables,
 * an event file, INPUT_* variables with action.yml's defaults filled in, and the command files
 * a step writes its outputs and summary to. GITHUB_API_URL points at the emulator.
 */

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface RunActionOptions {
  /** The `command` input. */
  command?: string;
  event: GitHubEvent;
  /** A git repository (its path, or a GitWorkspace): GITHUB_WORKSPACE and the working directory. */
  workspace: string | { path: string };
  /** Other inputs by their action.yml names (`access-dir`); the token defaults to the emulator's. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  emulator?: Emulator;
  /** The bundle to run; else ACCESSCTL_ACTION_ENTRY, else dist/index.js of this project. */
  entry?: string;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  outputs: Record<string, string>;
  summary: string;
  /** stdout as the runner shows it: secrets masked, add-mask lines hidden. */
  stdout: string;
  stderr: string;
  /** The bytes the process wrote, before the runner's masking. */
  rawStdout: string;
  rawStderr: string;
  masks: string[];
  /** error, warning, notice, debug, group... commands the step issued. */
  commands: WorkflowCommand[];
  state: EmulatorState | undefined;
  env: Record<string, string>;
}

interface ActionInputSpec {
  default?: unknown;
}

function actionInputs(): Record<string, ActionInputSpec> {
  const manifest = loadYaml(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInputSpec>;
  };
  return manifest.inputs ?? {};
}

/** The runner's name for an input: INPUT_ plus the name upper-cased, spaces to _, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function repositoryOf(event: GitHubEvent): string | undefined {
  const repository = event.payload.repository as { full_name?: unknown } | undefined;
  return typeof repository?.full_name === 'string' ? repository.full_name : undefined;
}

function refFor(event: GitHubEvent, branch: string): string {
  const pull = event.payload.pull_request as { number?: number } | undefined;
  if (event.name.startsWith('pull_request') && pull?.number !== undefined) {
    return `refs/pull/${pull.number}/merge`;
  }
  if (typeof event.payload.ref === 'string') return event.payload.ref;
  return `refs/heads/${branch}`;
}

function gitOutput(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  // ACCESSCTL_ACTION_ENTRY=test/action/run-source.mjs runs the sources where the bundle is stale
  const entry =
    options.entry ?? process.env.ACCESSCTL_ACTION_ENTRY ?? join(PROJECT_ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) {
    throw new Error(`${entry} does not exist; build the Action bundle (npm run build) first`);
  }
  const workspace =
    typeof options.workspace === 'string' ? options.workspace : options.workspace.path;
  const scratch = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
  try {
    const files = {
      event: join(scratch, 'event.json'),
      output: join(scratch, 'output'),
      summary: join(scratch, 'step_summary.md'),
      state: join(scratch, 'state'),
      env: join(scratch, 'env'),
      path: join(scratch, 'path'),
    };
    writeFileSync(files.event, JSON.stringify(options.event.payload, null, 2));
    for (const file of [files.output, files.summary, files.state, files.env, files.path]) {
      writeFileSync(file, '');
    }
    const branch = gitOutput(workspace, 'rev-parse', '--abbrev-ref', 'HEAD');
    const sha = gitOutput(workspace, 'rev-parse', 'HEAD');
    const token = options.inputs?.token ?? options.emulator?.token ?? '';
    const apiUrl = options.emulator?.url ?? 'http://127.0.0.1:9';
    const origin = new URL(apiUrl).origin;
    const repository = repositoryOf(options.event) ?? 'acme/access';
    const pull = options.event.payload.pull_request as
      { head?: { ref?: string }; base?: { ref?: string } } | undefined;

    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(actionInputs())) {
      if (spec.default === undefined) continue;
      // the runner evaluates `${{ github.token }}` to the job's token
      inputs[name] = String(spec.default) === '${{ github.token }}' ? token : String(spec.default);
    }
    if (options.command !== undefined) inputs.command = options.command;
    Object.assign(inputs, options.inputs ?? {});

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
      GITHUB_SHA: sha,
      GITHUB_REF: refFor(options.event, branch),
      GITHUB_REF_NAME: branch,
      GITHUB_HEAD_REF: pull?.head?.ref ?? '',
      GITHUB_BASE_REF: pull?.base?.ref ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: origin,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      GITHUB_ACTOR: 'accessctl-test',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'accessctl',
      GITHUB_WORKFLOW: 'accessctl',
      GITHUB_ACTION: 'accessctl',
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: scratch,
      RUNNER_DEBUG: '0',
      // the emulator has no secondary rate limits: writes need no spacing (a test may set it)
      ACCESSCTL_WRITE_SPACING_MS: '0',
    };
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    Object.assign(env, options.env ?? {});

    const { exitCode, stdout, stderr } = await run(
      process.execPath,
      [entry],
      workspace,
      env,
      options.timeoutMs ?? 60_000,
    );
    const shown = applyRunner(stdout);
    return {
      exitCode,
      outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      stdout: shown.visible,
      stderr: maskSecrets(stderr, shown.masks),
      rawStdout: stdout,
      rawStderr: stderr,
      masks: shown.masks,
      commands: shown.commands,
      state: options.emulator?.state,
      env,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Action did not finish within ${timeoutMs} ms; it was stopped`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode: code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
