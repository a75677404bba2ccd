import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { buildCli } from '../../bench/cli.js';

// The default library is found beside the installed package, not beside the user: the
// CLI is built by `npm run build`'s script, laid out as npm installs a package (no
// policies/ folder ships), and run from an access repository that has none either.

/** The package as npm installs it, built once by the very build that makes dist/. */
let installed: { scratch: string; pkg: string } | undefined;
function install(): { scratch: string; pkg: string } {
  if (installed !== undefined) return installed;
  const scratch = mkdtempSync(join(tmpdir(), 'accessctl-installed-'));
  const bin = buildCli(join(scratch, 'node_modules'));
  installed = { scratch, pkg: dirname(dirname(bin)) };
  return installed;
}

describe('accessctl check from an installed package', () => {
  it('judges by the prebuilt default bundle when the repository has no policies/', async () => {
    const { scratch, pkg } = install();
    const repo = join(scratch, 'repo');
    for (const dir of ['catalog', 'identities', 'grants'])
      mkdirSync(join(repo, 'access', dir), { recursive: true });
    writeFileSync(
      join(repo, 'access/catalog/repos.yaml'),
      'kind: Resource\nid: github:repo/acme/api\nowners: [team:leads]\nprovisioner: github\nroles:\n  push: { risk: medium, maxDays: 90 }\n',
    );
    writeFileSync(
      join(repo, 'access/identities/people.yaml'),
      'kind: User\nid: alice\n---\nkind: Team\nid: leads\nmembers: [alice]\n',
    );
    writeFileSync(
      join(repo, 'access/grants/api.yaml'),
      'kind: Grant\nid: alice-api-push\nsubject: user:alice\nresource: github:repo/acme/api\nrole: push\nreason: Ships the payments endpoints\nexpires: 2027-11-30\n',
    );
    let out = '';
    try {
      execFileSync(
        process.execPath,
        [join(pkg, 'bin/accessctl.js'), 'check', '--now', '2026-11-27T12:00:00Z'],
        { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      // Outside git, the only thing said on standard error is how durations are measured.
      expect(failed.stderr).toBe(
        `accessctl check: ${join(repo, 'access')} is not inside a git repository: grants without "starts:" are measured from now\n`,
      );
      expect(failed.status).toBe(1);
      out = failed.stdout;
    }
    expect(out).toMatch(/^access\/grants\/api\.yaml:7:1 error max-duration: grant lasts 368 days/m);
    expect(out).toMatch(/^policies: the built-in library \(prebuilt dist\/policies\.tar\.gz\)$/m);
  }, 120_000);

  it('compiles a policy nested past the main thread stack on the bundled deeper thread', () => {
    // a rule of 400 conditions: past the main thread's stack, so the bundle's own
    // compile-worker.js, found beside its chunks, plans it
    const { scratch, pkg } = install();
    const dir = join(scratch, 'deep');
    mkdirSync(dir, { recursive: true });
    const conditions = Array.from({ length: 400 }, (_, i) => `\tinput.v${i} == ${i}`);
    writeFileSync(join(dir, 'deep.rego'), `package deep\n\nok if {\n${conditions.join('\n')}\n}\n`);
    const input = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`v${i}`, i]));
    writeFileSync(join(dir, 'input.json'), JSON.stringify(input));
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [join(pkg, 'bin/accessctl.js'), ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    cli('build', 'deep.rego', '-e', 'deep/ok', '-o', 'deep.tar.gz');
    expect(
      JSON.parse(cli('eval', '-b', 'deep.tar.gz', '-e', 'deep/ok', '-i', 'input.json')),
    ).toEqual([{ result: true }]);
  }, 120_000);
});
