import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

// Which rules judge a check (the built-in library, a folder of the repository's own, a
// prebuilt bundle) and what happens when those rules are wrong: every failure of the
// policies ends in exit 2 naming the file and line, never in a pass.
const NOW = '2026-11-27T12:00:00Z';

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api-leads]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90 }
`;
const IDENTITIES = `kind: User
id: alice
---
kind: User
id: bob
---
kind: Team
id: api-leads
members: [bob]
`;
const GRANT = `kind: Grant
id: alice-api-push
subject: user:alice
resource: github:repo/acme/api
role: push
reason: Ships the payments endpoints this quarter
expires: 2027-01-31
`;

function repository(policies?: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-check-policies-'));
  for (const dir of ['catalog', 'identities', 'grants'])
    mkdirSync(join(root, 'access', dir), { recursive: true });
  writeFileSync(join(root, 'access/catalog/repos.yaml'), CATALOG);
  writeFileSync(join(root, 'access/identities/people.yaml'), IDENTITIES);
  writeFileSync(join(root, 'access/grants/api.yaml'), GRANT);
  if (policies !== undefined) {
    mkdirSync(join(root, 'policies'));
    for (const [name, source] of Object.entries(policies))
      writeFileSync(join(root, 'policies', name), source);
  }
  return root;
}

async function check(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(['check', '--now', NOW, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
  });
  return { code, out, err };
}

/** `accessctl build ARGS` in `cwd`, as a user would run it before `check --bundle`. */
async function buildBundle(cwd: string, args: string[]): Promise<void> {
  let err = '';
  const code = await runCli(['build', ...args], { out: () => {}, err: (t) => (err += t), cwd });
  if (code !== 0) throw new Error(`accessctl build failed: ${err}`);
}

const PUSH_DENIED = `package access

deny contains {"rule": "no-push", "grant": g.id, "field": "role", "msg": "no pushing"} if {
	some g in input.grants
	g.role == "push"
}
`;

describe('accessctl check: which policies judge', () => {
  it('uses the prebuilt built-in library when the folder has no policies/, and says so', async () => {
    const { code, out } = await check([], repository());
    expect(code).toBe(0);
    expect(out).toMatch(/^policies: the built-in library \(prebuilt dist\/policies\.tar\.gz\)$/m);
  });

  it("compiles ./policies with the built-in library and names the repository's files", async () => {
    const { code, out } = await check([], repository({ 'extra.rego': PUSH_DENIED }));
    expect(code).toBe(1);
    expect(out).toMatch(/^access\/grants\/api\.yaml:5:1 error no-push: no pushing$/m);
    expect(out).toMatch(/^policies: the built-in library and policies\/extra\.rego \(compiled\)$/m);
  });

  it('compiles the folder --policies names, from anywhere', async () => {
    const root = repository();
    const elsewhere = mkdtempSync(join(tmpdir(), 'accessctl-rules-'));
    writeFileSync(join(elsewhere, 'extra.rego'), PUSH_DENIED);
    const { code, out } = await check(['--policies', elsewhere], root);
    expect(code).toBe(1);
    expect(out).toMatch(/error no-push: no pushing$/m);
  });

  it('refuses a --policies folder that does not exist instead of judging by the built-in library', async () => {
    const { code, err } = await check(['--policies', 'rules'], repository());
    expect(code).toBe(2);
    expect(err).toMatch(/--policies rules: no such folder/);
  });

  it('refuses --policies with --bundle', async () => {
    const { code, err } = await check(
      ['--policies', 'policies', '--bundle', 'b.tar.gz'],
      repository(),
    );
    expect(code).toBe(2);
    expect(err).toMatch(/--policies and --bundle both name the rules; pass one/);
  });

  it('evaluates a prebuilt bundle alone with --bundle, and refuses one without access/deny', async () => {
    const root = repository();
    mkdirSync(join(root, 'rules'));
    writeFileSync(join(root, 'rules/only.rego'), PUSH_DENIED);
    const build = (entrypoint: string, output: string) =>
      buildBundle(root, ['rules', '-e', entrypoint, '-o', output]);
    await build('access/deny', 'bundle.tar.gz');
    const judged = await check(['--bundle', 'bundle.tar.gz'], root);
    expect(judged.code).toBe(1);
    // Only the bundle's rule: the built-in library is not part of it.
    expect(judged.out).toBe(
      'access/grants/api.yaml:5:1 error no-push: no pushing\npolicies: the bundle bundle.tar.gz\n1 error, 0 warnings in 5 documents (3 files)\n',
    );

    await build('access/warn', 'warn-only.tar.gz');
    const refused = await check(['--bundle', 'warn-only.tar.gz'], root);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /the bundle has no entrypoint access\/deny \(it has: access\/warn\)/,
    );

    const missing = await check(['--bundle', 'nope.tar.gz'], root);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--bundle nope\.tar\.gz: cannot read the file/);
  });
});

describe('accessctl check: policies that cannot judge exit 2 at their line', () => {
  it('a library with no deny or warn rule in package access', async () => {
    const { code, err, out } = await check(
      [],
      repository({
        'mine.rego':
          'package access.mine\n\ndeny contains "never read" if {\n\tsome g in input.grants\n}\n',
      }),
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /policies\/mine\.rego: no deny or warn rule in package access, so these policies judge nothing: policies\/mine\.rego:3:1 defines data\.access\.mine\.deny/,
    );
  });

  it('deny defined as a number: with the built-in library a conflict, in a bundle alone a wrong shape', async () => {
    const root = repository({ 'bad.rego': 'package access\n\ndeny := 5\n' });
    const compiled = await check([], root);
    expect(compiled.code).toBe(2);
    expect(compiled.err).toMatch(
      /^built-in:policies\/access\.rego:\d+:1: rego_type_error: conflicting rules data\.access\.deny found$/m,
    );
    await buildBundle(root, ['policies', '-e', 'access/deny', '-o', 'b.tar.gz']);
    const bundled = await check(['--bundle', 'b.tar.gz'], root);
    expect(bundled.code).toBe(2);
    expect(bundled.err).toMatch(
      /^policies\/bad\.rego:3:1: deny gave 5 \(a number\), not a set of findings: define it as `deny contains \{"msg": \.\.\.\} if \{ \.\.\. \}`$/m,
    );
  });

  it('an element without msg, blamed on the rule that gave it among several', async () => {
    const { code, err } = await check(
      [],
      repository({
        'good.rego': PUSH_DENIED,
        'bad.rego':
          'package access\n\n# a comment\ndeny contains {"grant": g.id} if {\n\tsome g in input.grants\n}\n',
      }),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /^policies\/bad\.rego:4:1: deny gave \{"grant":"alice-api-push"\}, an object without "msg"; add "msg"/m,
    );
  });

  it('a msg that is not a string, and a number element', async () => {
    const msg = await check(
      [],
      repository({ 'bad.rego': 'package access\n\nwarn contains {"msg": 42} if true\n' }),
    );
    expect(msg.code).toBe(2);
    expect(msg.err).toMatch(
      /^policies\/bad\.rego:3:1: warn gave \{"msg":42\}, whose "msg" is a number; make "msg" a string/m,
    );

    const number = await check(
      [],
      repository({ 'bad.rego': 'package access\n\ndeny contains 7 if true\n' }),
    );
    expect(number.code).toBe(2);
    expect(number.err).toMatch(
      /^policies\/bad\.rego:3:1: deny gave 7 \(a number\); each element of deny must be a string or an object/m,
    );
  });

  it('a conflict while evaluating fails the check with its message', async () => {
    const { code, out, err } = await check(
      [],
      repository({
        'conflict.rego':
          'package access\n\nlimit := 1 if true\n\nlimit := 2 if true\n\ndeny contains "too many" if limit > 5\n',
      }),
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /eval_conflict_error: rule data.access.limit produced conflicting values: complete rules must not produce multiple outputs/,
    );
    expect(err).toMatch(/the policies failed while evaluating, so nothing was judged/);
  });

  it('a host builtin that fails stops the check instead of passing the grant', async () => {
    const { code, err } = await check(
      [],
      repository({
        'dates.rego':
          'package access\n\ndeny contains "expired" if {\n\tsome g in input.grants\n\ttime.parse_rfc3339_ns(g.reason) < time.now_ns()\n}\n',
      }),
    );
    expect(code).toBe(2);
    expect(err).toMatch(
      /^policies\/dates\.rego:5:\d+: eval_builtin_error: time\.parse_rfc3339_ns: /m,
    );
  });
});

describe('accessctl check: reports for CI and pull requests', () => {
  it('--format junit and --format markdown carry the same findings as text', async () => {
    const root = repository({ 'extra.rego': PUSH_DENIED });
    const junit = await check(['--format', 'junit'], root);
    expect(junit.code).toBe(1);
    expect(XMLValidator.validate(junit.out)).toBe(true);
    expect(junit.out).toMatch(
      /<testsuites name="accessctl check" tests="3" failures="1" errors="0">/,
    );
    expect(junit.out).toContain('<failure message="no pushing" type="no-push">');

    const markdown = await check(['--format', 'markdown'], root);
    expect(markdown.code).toBe(1);
    expect(markdown.out.split('\n')[0]).toBe(
      '### ❌ accessctl check: 1 error, 0 warnings in 5 documents (3 files)',
    );
    expect(markdown.out).toContain(
      '| ❌ error | `access/grants/api.yaml:5:1` | `no-push` | no pushing |',
    );

    const unknown = await check(['--format', 'html'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(
      /--format must be one of text, json, markdown, sarif, junit, github, tap, table, got "html"/,
    );
  });
});
