import { describe, expect, it } from 'vitest';

import { bundleSources } from '../../../src/rego/bundle/index.js';
import { loadBundle } from '../../../src/rego/runtime/index.js';

async function bundle(source: string, entrypoints: string[], data: Record<string, unknown> = {}) {
  return bundleSources({ modules: [{ file: 'test.rego', source }], data }, entrypoints);
}

describe('policy runtime', () => {
  it('evaluates entrypoints with the bundle data and input', async () => {
    const buf = await bundle(
      'package test\n\nq contains x if { some x in data.items }\nh := x if { x := crypto.md5(input.s) }\n',
      ['test/q', 'test/h'],
      { items: [3, 1, 2] },
    );
    const policy = await loadBundle(buf);
    expect(policy.entrypoints.sort()).toEqual(['test/h', 'test/q']);
    expect(policy.evaluate({}, 'test/q')).toEqual([{ result: [1, 2, 3] }]);
    expect(policy.evaluate({ s: 'a' }, 'test/h')).toEqual([
      { result: '0cc175b9c0f1b6a831c399e269772661' },
    ]);
    policy.setData({ items: [10] });
    expect(policy.evaluate({}, 'test/q')).toEqual([{ result: [10] }]);
  });

  it('evaluates several entrypoints over one input as evaluate does each', async () => {
    const source = `package test
names contains g.id if some g in input.grants
total := count(input.grants)
none if not input
`;
    const policy = await loadBundle(
      await bundle(source, ['test/names', 'test/total', 'test/none']),
    );
    const input = { grants: [{ id: 'b' }, { id: 'a' }, { id: 'é' }] };
    const entrypoints = ['test/names', 'test/total'];
    const each = policy.evaluateEach(input, entrypoints);
    expect(each).toEqual(entrypoints.map((e) => policy.evaluate(input, e)));
    expect(each).toEqual([[{ result: ['a', 'b', 'é'] }], [{ result: 3 }]]);
    // A falsy input is no input, as the SDK's evaluate has it.
    expect(policy.evaluateEach(0, ['test/none'])).toEqual([policy.evaluate(0, 'test/none')]);
    expect(() => policy.evaluateEach(input, ['test/missing'])).toThrow(/not in this bundle/);
    // Input given as JSON text answers as the same value does, non-ASCII text included.
    expect(policy.evaluateEachJson(JSON.stringify(input), entrypoints)).toEqual(each);
    expect(() => policy.evaluateEachJson('{"grants": [', entrypoints)).toThrow(/not valid JSON/);
    // nesting is read by recursion: past this thread's stack, or OPA's 10,000 levels, it says so
    const nested = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
    expect(() => policy.evaluateEachJson(nested(10_001), entrypoints)).toThrow(/nests/);
    expect(policy.evaluateEachJson(nested(1_000), ['test/none'])).toEqual([[]]);
    // An input larger than the memory the module started with grows it before it is written.
    const large = { grants: Array.from({ length: 60_000 }, (_, i) => ({ id: `grant-${i}-é` })) };
    const [, total] = policy.evaluateEachJson(JSON.stringify(large), entrypoints);
    expect(total).toEqual([{ result: 60_000 }]);
    expect(policy.evaluateEachJson(JSON.stringify(input), entrypoints)).toEqual(each);
  });

  it('parses the input once for several entrypoints, and each sees it as it was', async () => {
    // The first entrypoint builds large values (and the input's own lookup index) on the
    // heap the second then reuses; an error in one leaves the policy usable.
    const source = `package test
copies := [{k: v | some k, v in input.m} | some _ in numbers.range(1, 50)]
lookup := [input.m.k7, input.m.k33, count(input.m)]
ordered := [k | some k, _ in input.m]
fails := x if x := 1 / input.zero
`;
    const policy = await loadBundle(
      await bundle(source, ['test/copies', 'test/lookup', 'test/ordered', 'test/fails']),
      { strictBuiltinErrors: true },
    );
    const m = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 7) % 40}`, i]));
    const input = { m, zero: 0 };
    const entrypoints = ['test/copies', 'test/lookup', 'test/ordered'];
    const each = policy.evaluateEach(input, entrypoints);
    expect(each).toEqual(entrypoints.map((e) => policy.evaluate(input, e)));
    expect(each[1]).toEqual([{ result: [m.k7, m.k33, 40] }]);
    expect(() => policy.evaluateEach(input, ['test/lookup', 'test/fails'])).toThrow(/divide/);
    expect(policy.evaluateEach(input, ['test/lookup', 'test/lookup'])).toEqual([each[1], each[1]]);
    expect(policy.evaluate(input, 'test/ordered')).toEqual(each[2]);
  });

  it('returns an empty result set when the entrypoint is undefined', async () => {
    const policy = await loadBundle(
      await bundle('package test\n\np if { input.x == 1 }\n', ['test/p']),
    );
    expect(policy.evaluate({ x: 2 }, 'test/p')).toEqual([]);
  });

  it('calls host builtins, reading the fixed clock', async () => {
    const source = 'package test\n\nnow := t if { t := time.now_ns() }\n';
    const policy = await loadBundle(await bundle(source, ['test/now']), {
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(policy.evaluate({}, 'test/now')).toEqual([
      { result: Date.parse('2026-01-01T00:00:00Z') * 1e6 },
    ]);
  });

  it('answers builtins the SDK would shadow with OPA semantics', async () => {
    const source = 'package test\n\nparts := x if { x := regex.split("a(b)", input.s) }\n';
    const policy = await loadBundle(await bundle(source, ['test/parts']));
    expect(policy.evaluate({ s: 'xabyabz' }, 'test/parts')).toEqual([{ result: ['x', 'y', 'z'] }]);
  });

  it('turns builtin errors into undefined, or into errors when strict', async () => {
    const source = 'package test\n\nn := x if { x := units.parse(input.s) }\n';
    const buf = await bundle(source, ['test/n']);
    expect((await loadBundle(buf)).evaluate({ s: 'K' }, 'test/n')).toEqual([]);
    const strict = await loadBundle(buf, { strictBuiltinErrors: true });
    expect(() => strict.evaluate({ s: 'K' }, 'test/n')).toThrow(
      expect.objectContaining({
        code: 'eval_builtin_error',
        message: expect.stringContaining('units.parse: no amount provided'),
      }),
    );
  });

  it('reports conflicting rule values with OPA code and the rule position', async () => {
    const source = 'package test\n\np := 1 if input.a\np := 2 if input.b\n';
    const policy = await loadBundle(await bundle(source, ['test/p']));
    expect(policy.evaluate({ a: true }, 'test/p')).toEqual([{ result: 1 }]);
    expect(() => policy.evaluate({ a: true, b: true }, 'test/p')).toThrow(
      expect.objectContaining({
        code: 'eval_conflict_error',
        message: expect.stringMatching(
          /^test\.rego:\d+:\d+: eval_conflict_error: rule data\.test\.p produced conflicting values: complete rules must not produce multiple outputs$/,
        ),
      }),
    );
  });

  it('stops a policy that outgrows its memory limit with a clear error, then keeps working', async () => {
    const source =
      'package test\n\nbig contains x if { some x in numbers.range(1, 50000000) }\nok := x if { x := crypto.md5("a") }\n';
    const policy = await loadBundle(await bundle(source, ['test/big', 'test/ok']), {
      memoryPages: 256,
    });
    expect(() => policy.evaluate({}, 'test/big')).toThrow(
      expect.objectContaining({
        code: 'eval_memory_error',
        message: expect.stringContaining('memoryPages'),
      }),
    );
    expect(policy.evaluate({}, 'test/ok')).toEqual([
      { result: '0cc175b9c0f1b6a831c399e269772661' },
    ]);
  });

  it('names the entrypoints a bundle has when asked for another', async () => {
    const policy = await loadBundle(await bundle('package test\n\np := true\n', ['test/p']));
    expect(() => policy.evaluate({}, 'test/q')).toThrow(
      'entrypoint test/q is not in this bundle (it has: test/p)',
    );
  });
});
