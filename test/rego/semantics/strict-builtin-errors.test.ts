import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../../../src/cli.js';
import { evalRule } from './helpers.js';

// OPA's --strict-builtin-errors: a builtin's error is an evaluation error with OPA's code
// and text; without it the call is undefined. The operands come from the input, so the
// compiler's type check cannot see them and the module's own builtins must raise them.
describe('the module builtins under strict builtin errors', () => {
  it.each([
    ['input.s - 1', { s: [1] }, 'minus: operand 1 must be one of {number, set} but got array'],
    ['input.s - 1', { s: 'x' }, 'minus: operand 1 must be one of {number, set} but got string'],
    ['input.n + 1', { n: 'x' }, 'plus: operand 1 must be number but got string'],
    [
      'array.concat(input.o, [])',
      { o: {} },
      'array.concat: operand 1 must be array but got object',
    ],
    ['array.concat([], input.o)', { o: 1 }, 'array.concat: operand 2 must be array but got number'],
    [
      'object.union(input.o, {})',
      { o: [] },
      'object.union: operand 1 must be object but got array',
    ],
    [
      'object.union({}, input.o)',
      { o: null },
      'object.union: operand 2 must be object but got null',
    ],
    [
      'object.filter({}, input.o)',
      { o: null },
      'object.filter: operand 2 must be one of {object, set, array} but got null',
    ],
    [
      'count(input.n)',
      { n: 1 },
      'count: operand 1 must be one of {array, object, set, string} but got number',
    ],
    [
      'sum(input.a)',
      { a: [1, 'x'] },
      'sum: operand 1 must be array of numbers but got array containing string',
    ],
    [
      'concat(",", input.a)',
      { a: [1] },
      'concat: operand 2 must be array of strings but got array containing number',
    ],
    ['lower(input.n)', { n: 1 }, 'lower: operand 1 must be string but got number'],
    [
      'substring("abc", input.n, 1)',
      { n: 1.5 },
      'substring: operand 2 must be integer number but got floating-point number',
    ],
    [
      'time.date(input.t)',
      { t: 'x' },
      'time.date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got string',
    ],
    [
      'net.cidr_contains("10.0.0.0/8", input.n)',
      { n: 1 },
      'net.cidr_contains: operand 1 must be string but got number',
    ],
  ])('%s on %j is eval_type_error: %s', async (expr, input, message) => {
    const src = `package t\np := ${expr}`;
    expect(await evalRule(src, 'p', input)).toBeUndefined();
    await expect(evalRule(src, 'p', input, { strict: true })).rejects.toThrow(message);
  });

  it('raises a set minus a number as OPA does: the set wants a set', async () => {
    const src = `package t\np := {x | some x in input.s} - 1`;
    await expect(evalRule(src, 'p', { s: [1] }, { strict: true })).rejects.toThrow(
      'minus: operand 2 must be set but got number',
    );
  });

  it.each([
    ['time.date(input.t)', { t: 1e20 }, 'time.date: timestamp too big'],
    ['indexof("abc", input.s)', { s: '' }, 'indexof: empty search character'],
    [
      'net.cidr_contains("10.0.0.0/8", input.s)',
      { s: 'nope' },
      'net.cidr_contains: not a valid textual representation of an IP address or CIDR: nope',
    ],
  ])('%s on %j is eval_builtin_error: %s', async (expr, input, message) => {
    const src = `package t\np := ${expr}`;
    expect(await evalRule(src, 'p', input)).toBeUndefined();
    await expect(evalRule(src, 'p', input, { strict: true })).rejects.toThrow(message);
  });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-strict-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('accessctl eval --strict-builtin-errors', () => {
  const policy = `package t

p := object.union(input.a, {})

q := units.parse_bytes(input.s)

r := input.big % 1000

s := input.big + 1
`;

  it('reports a builtin error with its code, message and location only when asked', async () => {
    const dir = workspace({ 'p.rego': policy, 'in.json': '{"a": [1], "s": ""}' });
    const built = await cli(dir, 'build', 'p.rego', '-e', 't/p', '-e', 't/q', '-o', 'b.tar.gz');
    expect(built.code).toBe(0);

    const lenient = await cli(dir, 'eval', '-b', 'b.tar.gz', '-e', 't/p', '-i', 'in.json');
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.out)).toEqual([]);

    const strict = await cli(
      dir,
      ...['eval', '-b', 'b.tar.gz', '-e', 't/p', '-i', 'in.json', '--strict-builtin-errors'],
    );
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(
      'p.rego:3:6: eval_type_error: object.union: operand 1 must be object but got array',
    );

    // A host builtin's error also says where the call is.
    const host = await cli(
      dir,
      ...['eval', '-b', 'b.tar.gz', '-e', 't/q', '-i', 'in.json', '--strict-builtin-errors'],
    );
    expect(host.code).toBe(1);
    expect(host.err).toContain(
      'p.rego:5:6: eval_builtin_error: units.parse_bytes: no byte amount provided',
    );
  });

  it('keeps integers past 2^53 exact from the input to the printed result', async () => {
    const dir = workspace({ 'p.rego': policy, 'in.json': '{"big": 12345678901234567789}' });
    expect(
      (await cli(dir, 'build', 'p.rego', '-e', 't/r', '-e', 't/s', '-o', 'b.tar.gz')).code,
    ).toBe(0);
    const r = await cli(dir, 'eval', '-b', 'b.tar.gz', '-e', 't/r', '-i', 'in.json');
    expect(r.out).toBe('[\n  {\n    "result": 789\n  }\n]\n');
    const s = await cli(dir, 'eval', '-b', 'b.tar.gz', '-e', 't/s', '-i', 'in.json');
    expect(s.out).toContain('"result": 12345678901234567790');
  });
});
