import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../../../src/cli.js';
import { readBundle } from '../../../src/rego/bundle/index.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const POLICY =
  'package access\n\ndeny contains msg if { some g in input.grants; g.role == "admin"; msg := "no admins" }\n';

describe('accessctl build and eval', () => {
  it('builds a bundle that eval runs, with --data replacing the bundle data', async () => {
    const dir = workspace({
      'policies/access.rego': POLICY,
      'policies/limits/data.json': '{"max": 3}',
      'input.yaml': 'grants:\n  - role: read\n',
      'admin.json': '{"grants": [{"role": "admin"}]}',
      'data.json': '{"other": true}',
    });
    const built = await run(dir, 'build', 'policies', '-e', 'access/deny', '-o', 'out.tar.gz');
    expect(built.err).toMatch(/wrote out.tar.gz/);
    expect(built.code).toBe(0);
    const bundle = await readBundle(readFileSync(join(dir, 'out.tar.gz')));
    expect(bundle.data).toEqual({ limits: { max: 3 } });
    expect(bundle.rego.map((r) => r.file)).toEqual(['/policies/access.rego']);

    const evaluated = await run(
      dir,
      'eval',
      '-b',
      'out.tar.gz',
      '-e',
      'access/deny',
      '--input',
      'input.yaml',
    );
    expect(evaluated.code).toBe(0);
    expect(JSON.parse(evaluated.out)).toEqual([{ result: [] }]);
    const admin = await run(
      dir,
      'eval',
      '-b',
      'out.tar.gz',
      '-e',
      'access/deny',
      '--input',
      'admin.json',
    );
    expect(JSON.parse(admin.out)).toEqual([{ result: ['no admins'] }]);

    const withData = await run(
      dir,
      'eval',
      '-b',
      'out.tar.gz',
      '-e',
      'access/deny',
      '--data',
      'data.json',
    );
    expect(withData.code).toBe(0);
  });

  it('prints the plan with -t plan', async () => {
    const dir = workspace({ 'p.rego': POLICY });
    const { code, out } = await run(dir, 'build', 'p.rego', '-e', 'access/deny', '-t', 'plan');
    expect(code).toBe(0);
    const plan = JSON.parse(out) as { plans: { plans: { name: string }[] } };
    expect(plan.plans.plans.map((p) => p.name)).toEqual(['access/deny']);
  });

  it('prints compile errors as file:row:col: code: message and exits 1', async () => {
    const dir = workspace({ 'bad.rego': 'package access\n\np if {\n' });
    const { code, err } = await run(dir, 'build', 'bad.rego', '-e', 'access/p');
    expect(code).toBe(1);
    expect(err).toMatch(/^bad\.rego:\d+:\d+: rego_parse_error: /m);
  });

  it('exits 2 on usage errors', async () => {
    const dir = workspace({ 'p.rego': POLICY });
    expect((await run(dir, 'build', 'p.rego')).code).toBe(2);
    expect((await run(dir, 'build', '-e', 'access/deny')).code).toBe(2);
    expect((await run(dir, 'build', 'p.rego', '-e', 'a/b', '-t', 'rego')).code).toBe(2);
    const noBundle = await run(dir, 'eval', '-b', 'missing.tar.gz', '-e', 'a/b');
    expect(noBundle.code).toBe(2);
    expect(noBundle.err).toMatch(/-b missing.tar.gz: cannot read the file/);
  });

  it('says which entrypoints a bundle has when eval names another', async () => {
    const dir = workspace({ 'p.rego': POLICY });
    await run(dir, 'build', 'p.rego', '-e', 'access/deny');
    const { code, err } = await run(dir, 'eval', '-b', 'bundle.tar.gz', '-e', 'access/allow');
    expect(code).toBe(1);
    expect(err).toMatch(/entrypoint access\/allow is not in this bundle \(it has: access\/deny\)/);
  });
});
