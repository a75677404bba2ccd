import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';
import { loadAccessRepository } from '../../src/model/index.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

// `accessctl input` prints the input the policies see, and schema/policy-input.schema.json
// describes it: checked here on the real input of the example repository, of a change
// against a base, and of a pull request, and against what a policy itself is given.

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = '2026-12-01T00:00:00Z';
const schema = JSON.parse(
  readFileSync(join(ROOT, 'schema/policy-input.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

function valid(input: unknown): void {
  expect(validate(input), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
}

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd,
  });
  return { code, out, err };
}

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

describe('accessctl input', () => {
  it('prints the input of the example repository, valid against the schema', async () => {
    const { code, out, err } = await cli(['input', '--now', NOW], ROOT);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const input = JSON.parse(out) as { now: string; grants: { id: string }[]; changes: unknown };
    valid(input);
    expect(input.now).toBe('2026-12-01T00:00:00.000Z');
    expect(input.grants.length).toBeGreaterThan(5);
  });

  it('is exactly what a policy is given: a rule that echoes its input returns the printed document', async () => {
    workspace = createGitWorkspace({ commits: [{ message: 'example', files: {} }] });
    cpSync(join(ROOT, 'access'), join(workspace.path, 'access'), { recursive: true });
    mkdirSync(join(workspace.path, 'policies'));
    writeFileSync(
      join(workspace.path, 'policies/echo.rego'),
      'package access\n\nwarn contains {"msg": json.marshal(input), "rule": "echo"} if true\n',
    );
    const printed = await cli(['input', '--now', NOW], workspace.path);
    const checked = await cli(['check', '--now', NOW, '--format', 'json'], workspace.path);
    const echo = (
      JSON.parse(checked.out) as { findings: { rule: string; message: string }[] }
    ).findings.find((f) => f.rule === 'echo');
    expect(echo).toBeDefined();
    expect(JSON.parse(echo?.message ?? '')).toEqual(JSON.parse(printed.out));
  });

  it('with --base REF prints the input of the change since REF, valid against the schema', async () => {
    workspace = createGitWorkspace({ commits: [{ message: 'example', files: {} }] });
    cpSync(join(ROOT, 'access'), join(workspace.path, 'access'), { recursive: true });
    workspace.commit({ message: 'access', files: {} });
    const base = (await cli(['input', '--now', NOW], workspace.path)).out;
    const grant = (
      JSON.parse(base) as {
        grants: { id: string; resource: string; role: string; subject: string }[];
      }
    ).grants[0];
    if (grant === undefined) throw new Error('the example has no grant');
    writeFileSync(
      join(workspace.path, 'access/grants/zz-new.yaml'),
      `kind: Grant\nid: zz-new\nsubject: ${grant.subject}\nresource: ${grant.resource}\nrole: ${grant.role}\nreason: A new grant asked for in this change, with a reason long enough\nexpires: 2026-12-20\n`,
    );
    const { code, out } = await cli(['input', '--now', NOW, '--base', 'HEAD'], workspace.path);
    expect(code).toBe(0);
    const input = JSON.parse(out) as { changes: Record<string, string[]> };
    valid(input);
    expect(input.changes).toEqual({
      added: ['zz-new'],
      modified: [],
      removed: [],
      files: ['access/grants/zz-new.yaml'],
    });
  });

  it("writes each grant's fields in one order, whichever of them it has", async () => {
    workspace = createGitWorkspace({ commits: [{ message: 'example', files: {} }] });
    cpSync(join(ROOT, 'access'), join(workspace.path, 'access'), { recursive: true });
    workspace.commit({ message: 'access', files: {} });
    // one grant with a start of its own, beside the example's (owners, tickets, packages)
    writeFileSync(
      join(workspace.path, 'access/grants/zz-starts.yaml'),
      'kind: Grant\nid: zz-starts\nsubject: team:billing\nresource: github:repo/halyard-freight/billing-service\nrole: push\nreason: The billing team develops the invoicing and settlement service.\nexpires: 2027-02-24\nstarts: 2026-11-20\n',
    );
    const { code, out } = await cli(['input', '--now', NOW], workspace.path);
    expect(code).toBe(0);
    const order = [
      'id',
      'subject',
      'subjectKind',
      'subjectId',
      'resource',
      'catalogId',
      'role',
      'reason',
      'expires',
      'expiresAt',
      'starts',
      'startsAt',
      'startedBy',
      'startCommit',
      'owner',
      'ticket',
      'package',
      'parts',
    ];
    const grants = (JSON.parse(out) as { grants: Record<string, unknown>[] }).grants;
    const seen = new Set(grants.flatMap((g) => Object.keys(g)));
    expect([...seen].sort()).toEqual([...order].sort());
    for (const grant of grants) {
      const keys = Object.keys(grant);
      expect(keys).toEqual(order.filter((key) => keys.includes(key)));
    }
  });

  it('says what to pass when the base is not a commit', async () => {
    workspace = createGitWorkspace({
      commits: [{ message: 'empty', files: { 'README.md': 'x' } }],
    });
    cpSync(join(ROOT, 'access'), join(workspace.path, 'access'), { recursive: true });
    const { code, err } = await cli(['input', '--base', 'no-such-ref'], workspace.path);
    expect(code).toBe(2);
    expect(err).toMatch(/no-such-ref/);
    expect(err).toContain('Usage: accessctl input');
  });
});

describe('schema/policy-input.schema.json', () => {
  it("describes a pull request's input too: request, removed grants and rule files", async () => {
    const model = await loadAccessRepository(join(ROOT, 'access'));
    const [first] = model.grants;
    if (first === undefined) throw new Error('the example has no grant');
    const input = buildPolicyInput(model, {
      now: new Date(NOW),
      changes: {
        added: [],
        modified: [first.id],
        removed: [],
        files: ['access/grants/x.yaml', 'policies/extra.rego'],
        ruleFiles: ['policies/extra.rego'],
      },
      removed: [first],
      request: {
        author: 'alice',
        labels: ['emergency'],
        labelActors: { emergency: 'pete' },
        approvals: [{ reviewer: 'olivia', commit: 'a'.repeat(40), stale: false }],
        pushers: ['alice'],
      },
      // the config as the CLI fills it in from accessctl.yaml
      config: (JSON.parse((await cli(['input'], ROOT)).out) as { config: Record<string, unknown> })
        .config,
    });
    valid(input);
  });

  it('refuses an input with a field it does not document, so the two cannot drift apart', async () => {
    const input = JSON.parse((await cli(['input', '--now', NOW], ROOT)).out) as {
      grants: Record<string, unknown>[];
    };
    const [first] = input.grants;
    if (first !== undefined) first.startedAt = NOW;
    expect(validate(input)).toBe(false);
    delete first?.startedAt;
    (input as Record<string, unknown>).surprise = true;
    expect(validate(input)).toBe(false);
  });
});

describe('docs/policy-input.md', () => {
  it('describes every field of the schema', () => {
    const doc = readFileSync(join(ROOT, 'docs/policy-input.md'), 'utf8');
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') for (const name of Object.keys(value as object)) names.add(name);
        walk(value);
      }
    };
    walk(schema);
    expect(names.size).toBeGreaterThan(40);
    const missing = [...names].filter(
      (name) => !new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(doc),
    );
    expect(missing).toEqual([]);
  });
});
