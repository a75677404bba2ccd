import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';

/**
 * The bundled Action run as a runner runs it: a command started by an event it does not
 * serve ends in one clear failure, a wrong command input names the allowed ones, and the
 * token never shows in the log.
 */

let emulator: Emulator;
let workspace: GitWorkspace;
afterEach(async () => {
  await emulator.close();
  workspace.remove();
});

async function setup() {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      repos: [
        {
          name: 'access',
          files: { 'access/grants/alice.yaml': 'kind: Grant\nid: alice-payments\n' },
          pulls: [
            {
              title: 'Grant alice payments write',
              user: 'alice',
              head: 'grant-alice',
              files: {
                'access/grants/alice.yaml': 'kind: Grant\nid: alice-payments\nrole: write\n',
              },
            },
          ],
        },
      ],
    },
    actor: 'octo-admin',
    token: 'ghs_e2eTokenThatMustNeverAppear0123456789',
  });
  // the pull request's head, checked out with the same shas the API reports
  workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'grant-alice' });
}

describe('the Action today', () => {
  it.each(['evidence', 'reconcile'])(
    'fails %s on a pull request with one ::error:: line and a masked token',
    async (command) => {
      await setup();
      const event = buildEvent(emulator, {
        name: 'pull_request',
        repo: 'acme/access',
        pullNumber: 1,
      });
      const result = await runAction({ command, event, workspace, emulator });
      expect(result.env.GITHUB_SHA).toBe(
        (event.payload.pull_request as { head: { sha: string } }).head.sha,
      );
      expect(result.exitCode).toBe(1);
      expect(result.commands).toEqual([
        {
          command: 'error',
          properties: {},
          message: expect.stringMatching(
            new RegExp(
              `^command "${command}" runs on schedule and workflow_dispatch; this run was started by "pull_request"`,
            ),
          ),
        },
      ]);
      expect(result.stdout).toContain(`::error::command "${command}" runs on schedule`);
      // the Action registered its token as a secret, and the runner's view never shows it
      expect(result.masks).toContain(emulator.token);
      expect(result.rawStdout).toContain('::add-mask::');
      expect(`${result.stdout}\n${result.stderr}\n${result.summary}`).not.toContain(emulator.token);
      expect(result.outputs).toEqual({});
      expect(result.state?.requests).toEqual([]);
    },
  );

  it('names the allowed commands when the command input is wrong', async () => {
    await setup();
    const result = await runAction({
      command: 'deploy',
      event: buildEvent(emulator, { name: 'workflow_dispatch', repo: 'acme/access' }),
      workspace: workspace.path,
      emulator,
    });
    expect(result.exitCode).toBe(1);
    expect(result.commands.map((command) => command.message)).toEqual([
      'input "command" is "deploy"; it must be one of check, provision, reconcile, expire, evidence, sync-identities, snapshot',
    ]);
  });
});
