// Plans small policies and evaluates them end to end: the Wasm emitter translates the plan
// and the official opa-wasm SDK runs it. These pin the semantics the planner owns:
// undefined versus false, defaults and else, conflicts, partial rules, ref heads merged with
// base data, `with`, `every`, and a whole package as an entrypoint.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { hostBuiltins } from '../../../src/rego/builtins/index.js';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { compileOnDeepStack } from '../../../src/rego/deep-stack.js';
import { formatRegoError } from '../../../src/rego/errors.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

async function evaluate(
  source: string,
  entrypoint: string,
  input: unknown = {},
  data: unknown = {},
): Promise<unknown[]> {
  const result = compileToPlan([{ file: 'p.rego', source }], { entrypoints: [entrypoint] });
  if (!result.ok) throw new Error(result.errors.map(formatRegoError).join('\n'));
  const policy = await loadPolicy(emitWasm(result.policy), undefined, hostBuiltins());
  policy.setData(data as object);
  const rs = policy.evaluate(input, entrypoint) as { result: unknown }[];
  return rs.map((r) => r.result);
}

describe('planned policies evaluated through the Wasm SDK', () => {
  it('leaves a complete rule with no true body undefined, not false', async () => {
    const src = 'package t\np if input.x == 1';
    expect(await evaluate(src, 't/p', { x: 1 })).toEqual([true]);
    expect(await evaluate(src, 't/p', { x: 2 })).toEqual([]);
  });

  it('uses the default only when every body is undefined, and else in order', async () => {
    const src = [
      'package t',
      'default level := "low"',
      'level := "high" if { input.risk > 5 } else := "medium" if { input.risk > 2 }',
    ].join('\n');
    expect(await evaluate(src, 't/level', { risk: 9 })).toEqual(['high']);
    expect(await evaluate(src, 't/level', { risk: 3 })).toEqual(['medium']);
    expect(await evaluate(src, 't/level', { risk: 1 })).toEqual(['low']);
  });

  it('aborts when a complete rule has two values', async () => {
    const src = 'package t\np := 1 if input.a\np := 2 if input.b';
    expect(await evaluate(src, 't/p', { a: true })).toEqual([1]);
    await expect(evaluate(src, 't/p', { a: true, b: true })).rejects.toThrow(/conflict/);
  });

  it('builds partial sets and objects', async () => {
    const src = [
      'package t',
      'names contains u.name if { some u in input.users; u.active }',
      'by_id[u.id] := u.name if some u in input.users',
    ].join('\n');
    const input = {
      users: [
        { id: 'a', name: 'Ann', active: true },
        { id: 'b', name: 'Bo' },
      ],
    };
    expect(await evaluate(src, 't/names', input)).toEqual([['Ann']]);
    expect(await evaluate(src, 't/by_id', input)).toEqual([{ a: 'Ann', b: 'Bo' }]);
  });

  it('merges ref-head rules with base documents at the same path', async () => {
    const src = 'package t\nlimits.write := 90\nlimits[r] := 14 if some r in input.admin';
    expect(await evaluate(src, 't/limits', { admin: ['owner'] })).toEqual([
      { owner: 14, write: 90 },
    ]);
    const pkg = 'package t\na := 1';
    expect(await evaluate(pkg, 't', {}, { t: { base: true } })).toEqual([{ a: 1, base: true }]);
  });

  it('builds nested objects for rule heads with variables before the last key', async () => {
    const src = [
      'package t',
      'grants[g.team][g.role] contains g.user if some g in input.grants',
      'grants.audit.read contains "auditor"',
    ].join('\n');
    const input = {
      grants: [
        { team: 'pay', role: 'admin', user: 'ann' },
        { team: 'pay', role: 'admin', user: 'bo' },
        { team: 'web', role: 'read', user: 'cy' },
      ],
    };
    expect(await evaluate(src, 't/grants', input)).toEqual([
      { audit: { read: ['auditor'] }, pay: { admin: ['ann', 'bo'] }, web: { read: ['cy'] } },
    ]);
  });

  it('calls functions with several definitions and reports conflicting outputs', async () => {
    const src = 'package t\nf(x) := 1 if x > 0\nf(x) := 2 if x > 5\np := f(input.n)';
    expect(await evaluate(src, 't/p', { n: 1 })).toEqual([1]);
    await expect(evaluate(src, 't/p', { n: 9 })).rejects.toThrow(/multiple outputs|conflict/);
  });

  it('replaces input, data and functions for one expression with `with`', async () => {
    const src = [
      'package t',
      'q := input.x + data.offset',
      'double(x) := x * 2',
      'p := [a, b] if {',
      '  a := q with input.x as 1 with data.offset as 10',
      '  b := double([1, 2, 3]) with double as count',
      '}',
    ].join('\n');
    expect(await evaluate(src, 't/p', {}, { offset: 0 })).toEqual([[11, 3]]);
  });

  it('holds `every` over an empty domain and fails it on one counterexample', async () => {
    const src = 'package t\np if { every g in input.grants { g.expires } }';
    expect(await evaluate(src, 't/p', { grants: [] })).toEqual([true]);
    expect(await evaluate(src, 't/p', { grants: [{ expires: 1 }, {}] })).toEqual([]);
  });

  it('unifies composite values', async () => {
    const src = 'package t\np := [a, x, k] if { [a, x] = [1, input.s]; {"kind": k} = input.o }';
    expect(await evaluate(src, 't/p', { s: 2, o: { kind: 'g' } })).toEqual([[1, 2, 'g']]);
  });

  it('treats `not` of an undefined expression as true', async () => {
    const src = 'package t\np if { input.user; not blocked }\nblocked if input.user == "mallory"';
    expect(await evaluate(src, 't/p', { user: 'ann' })).toEqual([true]);
    expect(await evaluate(src, 't/p', { user: 'mallory' })).toEqual([]);
  });

  it('plans literal collections of thousands of members, mixed with values to compute', async () => {
    // an allow-list written in the policy: each member was one nested continuation, and
    // about 1,800 of them ran out of stack
    const names = Array.from({ length: 6000 }, (_, i) => `"repo-${i}"`);
    const pairs = Array.from({ length: 3000 }, (_, i) => `"k${i}": [${i}, {"n": null}]`);
    const src = [
      'package t',
      `names := [${names.join(', ')}]`,
      `unique := {${names.join(', ')}}`,
      `owners := {${pairs.join(', ')}}`,
      `mixed := [1, input.x, ${names.slice(0, 3000).join(', ')}, count(input.y), "last"]`,
      'out := [count(names), count(unique), count(owners), owners.k2999, names[5999], count(mixed), mixed[1], mixed[3002]]',
    ].join('\n');
    expect(await evaluate(src, 't/out', { x: 'x', y: [1, 2] })).toEqual([
      [6000, 6000, 3000, [2999, { n: null }], 'repo-5999', 3004, 'x', 2],
    ]);
  });
});

describe('policies that nest past the stack of the thread compiling them', () => {
  const longBody = (n: number) =>
    [
      'package t',
      'ok if {',
      ...Array.from({ length: n }, (_, i) => `\tinput.v${i} == ${i}`),
      '}',
      `refs := [${Array.from({ length: 1500 }, (_, i) => `input.v${i}`).join(', ')}]`,
    ].join('\n');

  it('compiles them on a thread with a deeper stack, as OPA does on growing stacks', async () => {
    // a body of 250 expressions ran out of this thread's stack
    const result = compileToPlan([{ file: 'p.rego', source: longBody(1500) }], {
      entrypoints: ['t'],
    });
    if (!result.ok) throw new Error(result.errors.map(formatRegoError).join('\n'));
    const policy = await loadPolicy(emitWasm(result.policy), undefined, hostBuiltins());
    const input = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`v${i}`, i]));
    const [all] = policy.evaluate(input, 't') as { result: { ok?: true; refs: number[] } }[];
    expect(all?.result.ok).toBe(true);
    expect(all?.result.refs).toEqual(Object.values(input));
    const [one] = policy.evaluate({ ...input, v1499: 0 }, 't') as { result: { ok?: true } }[];
    expect(one?.result.ok).toBeUndefined();
  });

  it('says which rule nests too deep and how to split it when even that stack is not enough', () => {
    const sources = [{ file: 'p.rego', source: longBody(3000) }];
    const result = compileOnDeepStack(sources, { entrypoints: ['t/ok'] }, 1);
    expect(result.ok).toBe(false);
    const [error] = result.ok ? [] : result.errors;
    expect(error?.code).toBe('rego_compile_error');
    expect(error?.file).toBe('p.rego');
    expect(error?.row).toBeGreaterThan(2);
    expect(error?.row).toBeLessThan(3003);
    expect(error?.message).toMatch(/nests too deeply.*split it into rules/);
  });
});
