import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli } from '../src/cli.js';

// The README's first command judges the example access repository and says what it prints:
// the line a newcomer compares with their own screen must be the one `check` prints.
const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');

describe("the README's quickstart", () => {
  it('quotes what `check` prints on the example repository, and its exit code', async () => {
    const quoted = /The example repository is clean, so `check` prints `([^`]+)`/.exec(readme)?.[1];
    expect(quoted).toBeDefined();
    let out = '';
    const code = await runCli(['check'], {
      out: (t) => void (out += t),
      err: () => undefined,
      cwd: ROOT,
    });
    expect(code).toBe(0);
    expect(out.trim().split('\n').at(-1)).toBe(quoted);
  });
});
