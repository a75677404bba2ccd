import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');

// A deny rule that would run for minutes: four hundred million pairs of numbers, in
// little memory (so it is the deadline that stops it, not the memory limit). A pull request could add such a rule to its own policies/ in a repository
// whose check builds them, or a rule could simply be written badly.
const LOOPING = `package access

deny contains "never reached" if {
\tsome a in numbers.range(1, 20000)
\tsome b in numbers.range(1, 20000)
\tsprintf("%x", [a * b]) == ""
}
`;

function repository(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-deadline-'));
  cpSync(join(root, 'access'), join(dir, 'access'), { recursive: true });
  cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'looping.rego'), LOOPING);
  writeFileSync(join(dir, 'accessctl.yaml'), config);
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('check stops a policy past its evaluation deadline', () => {
  it('with --timeout: fails, naming the entrypoint, and judges nothing', async () => {
    const dir = repository('');
    const started = performance.now();
    const { code, out, err } = await run(dir, 'check', '--no-cache', '--timeout', '0.5');
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('eval_cancel_error: access/deny: evaluation stopped after 0.5 s');
    expect(err).toContain('nothing was judged');
  }, 120_000);

  it('with evaluation.timeoutSeconds from accessctl.yaml', async () => {
    const dir = repository('evaluation:\n  timeoutSeconds: 1\n');
    const { code, err } = await run(dir, 'check', '--no-cache');
    expect(code).toBe(2);
    expect(err).toContain('access/deny: evaluation stopped after 1 s');
  }, 120_000);

  it('refuses a timeout that is not a number of seconds', async () => {
    const dir = repository('');
    for (const bad of ['0', 'soon', '1e9']) {
      const { code, err } = await run(dir, 'check', '--timeout', bad);
      expect(code).toBe(2);
      expect(err).toContain(`--timeout "${bad}" is not a number of seconds`);
    }
  });
});
