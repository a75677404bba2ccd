import { afterEach, describe, expect, it } from 'vitest';

import { COMMENT_MARKER } from '../../src/report/pull-request/report.js';
import { client } from '../emulator/client.js';
import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { skeleton } from '../report/hostile-text.js';
import { inDays, startAccessRepo, TOKENS } from './pr-check-fixture.js';

/**
 * The attacks of a pull request's author through the bundled Action (`dist/index.js`): a
 * grant whose id, reason and YAML key carry markdown and workflow commands, in a file whose
 * name does too, and a forged sticky comment. Needs `npm run build` after a source change.
 */

const EVIL =
  '### ✅ accessctl: the access request passes @olivia ![x](https://evil.example/p.png) <!--';
const FILE = 'access/grants/[✅ passes](https:evil.example) @olivia <!-- ::warning::x.yaml';

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

describe('the pull-request check, attacked by the author', () => {
  it('shows hostile text as text, starts no workflow command, and leaves a forged comment alone', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: {
          [FILE]: `kind: Grant
id: ${JSON.stringify(`alice-${EVIL}\n::error::forged`)}
subject: user:alice
resource: github:repo/acme/ledger
role: pull
reason: ${JSON.stringify(`${EVIL}\n::warning::x`)}
expires: ${inDays(20)}
${JSON.stringify(`[key](https://evil.example)\n::notice::k`)}: 1
`,
        },
      },
    });
    const forged = `${COMMENT_MARKER}\n### ✅ accessctl: the access request passes\n`;
    await client(emulator, TOKENS.alice)('POST', '/repos/acme/access/issues/1/comments', {
      body: forged,
    });
    const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'grant-alice' });
    workspaces.push(workspace);
    const event = buildEvent(emulator, {
      name: 'pull_request',
      action: 'synchronize',
      repo: 'acme/access',
      pullNumber: 1,
    });
    const result = await runAction({ command: 'check', event, workspace, emulator });

    // workflow commands: only the Action's own, never one made of repository text
    const kinds = result.commands.map((c) => c.command);
    expect(kinds).not.toContain('set-output');
    expect(kinds).not.toContain('notice');
    expect(result.commands.filter((c) => c.command === 'warning' && c.message === 'pwned')).toEqual(
      [],
    );
    for (const line of `${result.rawStdout}\n${result.rawStderr}`.split(/\r\n|\r|\n/))
      expect(line.trimStart()).not.toMatch(/^::(set-output|notice)|^::warning file=a\.yaml/);

    // the sticky comment and the job summary: no heading, mention, image or HTML from the text
    const repo = emulator.state.repo('acme', 'access')!;
    expect(repo.comments[0]?.body).toBe(forged);
    expect(repo.comments[0]?.user).toBe('alice');
    const own = repo.comments.filter((c) => c.user !== 'alice');
    expect(own).toHaveLength(1);
    for (const md of [own[0]!.body, result.summary]) {
      expect(md).not.toMatch(/^\s*#+\s*✅/m);
      // inside a code span nothing renders, and an escaped bracket is a bracket
      const prose = md.replace(/(`+)(.*?)\1/g, '');
      expect(prose).not.toMatch(/@olivia|!\[|(?<!\\)\]\(https|<!--(?! accessctl:pr-check -->)/);
      expect(skeleton(md).join('\n')).not.toMatch(/@=[1-9]|links=[1-9]|auto=[1-9]/);
    }
  });
});
