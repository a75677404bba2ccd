import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  applyRunner,
  buildEvent,
  checkoutEmulatorRepo,
  createGitWorkspace,
  inputVariable,
  parseCommandFile,
  runAction,
  type GitWorkspace,
} from './index.js';

/** The harness itself: command files, runner log handling, workspaces, events and the run. */

describe('command files', () => {
  it('reads name=value lines and name<<DELIMITER blocks', () => {
    const text = [
      'denied=2',
      'empty=',
      'report-json<<ghadelimiter_1f2e',
      '{"findings": [',
      '  {"line": 3}',
      ']}',
      'ghadelimiter_1f2e',
      'url=https://x.test/?a=b=c',
      '',
    ].join('\n');
    expect(parseCommandFile(text)).toEqual({
      denied: '2',
      empty: '',
      'report-json': '{"findings": [\n  {"line": 3}\n]}',
      url: 'https://x.test/?a=b=c',
    });
  });

  it('says which output never closes its delimiter', () => {
    expect(() => parseCommandFile('plan<<EOF\n{}\n')).toThrow(/output "plan" opens with <<EOF/);
  });
});

describe('runner log handling', () => {
  it('hides add-mask lines, masks the secret everywhere, and collects annotations', () => {
    const log = applyRunner(
      [
        '::add-mask::s3cr3t-token',
        'using s3cr3t-token now',
        '::error file=access/grants/a.yaml,line=3,col=5::role admin needs%0Aa ticket',
        '::warning::token s3cr3t-token expires',
      ].join('\n'),
    );
    expect(log.masks).toEqual(['s3cr3t-token']);
    expect(log.visible).not.toContain('s3cr3t-token');
    expect(log.visible).toContain('using *** now');
    expect(log.commands).toEqual([
      {
        command: 'error',
        properties: { file: 'access/grants/a.yaml', line: '3', col: '5' },
        message: 'role admin needs\na ticket',
      },
      { command: 'warning', properties: {}, message: 'token *** expires' },
    ]);
  });

  it('names inputs as the runner does: upper case, dashes kept', () => {
    expect(inputVariable('access-dir')).toBe('INPUT_ACCESS-DIR');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('git workspaces', () => {
  let workspace: GitWorkspace | undefined;
  afterEach(() => workspace?.remove());

  it('makes real commits from file maps, with the same shas on every run', () => {
    workspace = createGitWorkspace({
      commits: [
        { message: 'base', files: { 'access/grants/a.yaml': 'id: a\n', 'README.md': '# x\n' } },
        { message: 'change', files: { 'access/grants/a.yaml': 'id: a2\n', 'README.md': null } },
      ],
    });
    expect(workspace.shas).toHaveLength(2);
    expect(workspace.head).toBe(workspace.shas[1]);
    expect(workspace.git('show', '--name-status', '--format=', 'HEAD').split('\n')).toEqual([
      'D\tREADME.md',
      'M\taccess/grants/a.yaml',
    ]);
    const again = createGitWorkspace({
      commits: [
        { message: 'base', files: { 'access/grants/a.yaml': 'id: a\n', 'README.md': '# x\n' } },
        { message: 'change', files: { 'access/grants/a.yaml': 'id: a2\n', 'README.md': null } },
      ],
    });
    expect(again.shas).toEqual(workspace.shas);
    again.remove();
  });

  it('branches and commits on the branch', () => {
    workspace = createGitWorkspace({ files: { 'a.txt': '1\n' } });
    const base = workspace.head;
    workspace.checkout('feature', { create: true });
    const head = workspace.commit({ files: { 'b.txt': '2\n' } });
    expect(workspace.git('merge-base', 'main', 'feature')).toBe(base);
    expect(workspace.git('rev-parse', 'HEAD')).toBe(head);
    expect(workspace.branch).toBe('feature');
  });
});

describe('events and the run', () => {
  let emulator: Emulator;
  let workspace: GitWorkspace;
  let scratch: string;
  afterEach(async () => {
    await emulator.close();
    workspace.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function setup() {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'] },
        repos: [
          {
            name: 'access',
            files: { 'README.md': '# access\n' },
            pulls: [
              { title: 'Grant', user: 'alice', head: 'grant', files: { 'a.yaml': 'id: a\n' } },
            ],
          },
        ],
      },
      actor: 'octo-admin',
    });
    workspace = createGitWorkspace({ files: { 'README.md': '# access\n' } });
    scratch = mkdtempSync(join(tmpdir(), 'harness-test-'));
  }

  it('builds a pull_request event from a real example, aligned with the emulator', async () => {
    await setup();
    const event = buildEvent(emulator, {
      name: 'pull_request',
      action: 'synchronize',
      repo: 'acme/access',
      pullNumber: 1,
    });
    const repo = emulator.state.repo('acme', 'access');
    expect(event.name).toBe('pull_request');
    expect(event.payload).toMatchObject({
      action: 'synchronize',
      number: 1,
      repository: { full_name: 'acme/access', id: repo?.id, owner: { login: 'acme' } },
      organization: { login: 'acme' },
      sender: { login: 'octo-admin' },
      pull_request: {
        number: 1,
        user: { login: 'alice' },
        head: { ref: 'grant', sha: repo?.refs.get('refs/heads/grant') },
        base: { ref: 'main', sha: repo?.refs.get('refs/heads/main') },
      },
    });
    const push = buildEvent(emulator, { name: 'push', repo: 'acme/access' });
    expect(push.payload).toMatchObject({
      ref: 'refs/heads/main',
      after: repo?.refs.get('refs/heads/main'),
    });
    expect(() =>
      buildEvent(emulator, { name: 'pull_request', repo: 'acme/access', pullNumber: 9 }),
    ).toThrow(/has no pull request #9/);
  });

  it('runs a step with the runner environment and reads back outputs, summary and the API calls', async () => {
    await setup();
    const step = join(scratch, 'step.mjs');
    writeFileSync(
      step,
      `
import { appendFileSync, readFileSync } from 'node:fs';
const env = process.env;
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
console.log('::add-mask::' + env.INPUT_TOKEN);
console.log('token is ' + env.INPUT_TOKEN);
const answer = await fetch(env.GITHUB_API_URL + '/repos/' + env.GITHUB_REPOSITORY + '/issues/' + event.number + '/comments', {
  method: 'POST',
  headers: { authorization: 'Bearer ' + env.INPUT_TOKEN, 'content-type': 'application/json' },
  body: JSON.stringify({ body: 'checked ' + env.GITHUB_SHA + ' in ' + process.cwd() }),
});
appendFileSync(env.GITHUB_OUTPUT, 'status=' + answer.status + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'dirs<<EOF_1\\n' + env['INPUT_ACCESS-DIR'] + '\\n' + env['INPUT_POLICIES-DIR'] + '\\nEOF_1\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '## ' + env.GITHUB_EVENT_NAME + ' ' + env.GITHUB_REF + '\\n');
console.error('::warning file=a.yaml,line=1::careful');
process.exit(3);
`,
    );
    const event = buildEvent(emulator, {
      name: 'pull_request',
      repo: 'acme/access',
      pullNumber: 1,
    });
    const result = await runAction({
      command: 'check',
      event,
      workspace: workspace.path,
      emulator,
      entry: step,
      inputs: { 'policies-dir': 'rego' },
    });
    expect(result.exitCode).toBe(3);
    expect(result.outputs).toEqual({ status: '201', dirs: 'access\nrego' });
    expect(result.summary).toBe('## pull_request refs/pull/1/merge\n');
    expect(result.stdout).toContain('token is ***');
    expect(result.stdout).not.toContain(emulator.token);
    expect(result.rawStdout).toContain(`::add-mask::${emulator.token}`);
    expect(result.env['INPUT_COMMAND']).toBe('check');
    expect(result.env['INPUT_TOKEN']).toBe(emulator.token);
    expect(result.stderr).toContain('::warning file=a.yaml,line=1::careful');
    const comment = result.state?.repo('acme', 'access')?.comments[0];
    expect(comment?.user).toBe('octo-admin');
    expect(comment?.body).toBe(`checked ${workspace.head} in ${workspace.path}`);
    expect(result.state?.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/access/issues/1/comments',
    ]);
  });

  it('says how to get the bundle when it is missing', async () => {
    await setup();
    const event = buildEvent(emulator, { name: 'push', repo: 'acme/access' });
    await expect(
      runAction({ command: 'check', event, workspace, emulator, entry: join(scratch, 'none.js') }),
    ).rejects.toThrow(/none\.js does not exist; build the Action bundle \(npm run build\) first/);
  });

  it('stops a step that never ends and says so', async () => {
    await setup();
    const step = join(scratch, 'hang.mjs');
    writeFileSync(step, 'setInterval(() => {}, 1000);\n');
    const event = buildEvent(emulator, { name: 'schedule', repo: 'acme/access' });
    await expect(
      runAction({
        command: 'expire',
        event,
        workspace: workspace.path,
        emulator,
        entry: step,
        timeoutMs: 300,
      }),
    ).rejects.toThrow(/did not finish within 300 ms/);
  });
});

describe('checking out an emulated repository', () => {
  let emulator: Emulator;
  let workspace: GitWorkspace | undefined;
  afterEach(async () => {
    await emulator.close();
    workspace?.remove();
  });

  it('has every branch with the very shas the API reports, merges included', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme' },
        repos: [
          {
            name: 'access',
            files: { 'access/grants/a.yaml': 'id: a\n', 'bin/run': '#!/bin/sh\n' },
            pulls: [
              {
                title: 'One',
                user: 'alice',
                head: 'one',
                files: { 'access/grants/b.yaml': 'id: b\n' },
              },
              { title: 'Two', user: 'alice', head: 'two', files: { 'access/grants/a.yaml': null } },
            ],
          },
        ],
      },
    });
    const merged = await fetch(`${emulator.url}/repos/acme/access/pulls/1/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${emulator.token}` },
    });
    expect(merged.status).toBe(200);
    const repo = emulator.state.repo('acme', 'access');
    workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'two' });
    expect(workspace.head).toBe(repo?.refs.get('refs/heads/two'));
    expect(workspace.git('rev-parse', 'main')).toBe(repo?.refs.get('refs/heads/main'));
    expect(workspace.git('rev-parse', 'one')).toBe(repo?.refs.get('refs/heads/one'));
    expect(workspace.git('rev-list', '--parents', '-n', '1', 'main').split(' ')).toHaveLength(3);
    expect(workspace.git('ls-files').split('\n')).toEqual(['bin/run']);
    expect(workspace.git('status', '--porcelain')).toBe('');
    expect(() => checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'nope' })).toThrow(
      'acme/access has no branch nope',
    );
  });
});
