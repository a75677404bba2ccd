import { describe, expect, it } from 'vitest';
import { block, bool, load, local, policy, rulePlan, st, str } from './helpers.js';
import type { Func } from '../../../src/rego/ir/ir.js';

function rule(name: string, blocks: ReturnType<typeof block>[]): Func {
  return {
    name,
    params: [0, 1],
    return: 2,
    blocks: [...blocks, block(st('ReturnLocalStmt', { source: 2 }))],
  };
}

describe('IR statements, run through the SDK', () => {
  it('builds a partial set with a scan, in OPA order', async () => {
    // deny contains x if { some x in input.xs; x > 1 }
    const deny = rule('g0.data.test.deny', [
      block(st('MakeSetStmt', { target: 2 })),
      block(
        st('DotStmt', { source: local(0), key: str(1), target: 3 }),
        st('ScanStmt', {
          source: 3,
          key: 4,
          value: 5,
          block: block(
            st('MakeNumberIntStmt', { value: 1, target: 6 }),
            st('CallStmt', { func: 'gt', args: [local(5), local(6)], result: 7 }),
            st('NotEqualStmt', { a: local(7), b: bool(false) }),
            st('SetAddStmt', { value: local(5), set: 2 }),
          ),
        }),
      ),
    ]);
    const p = await load(
      policy(['result', 'xs'], [deny], [rulePlan('test/deny', 'g0.data.test.deny')]),
    );
    expect(p.evaluate({ xs: [3, 1, 'b', 2, 3, 'a', [1]] }, 'test/deny')).toEqual([
      { result: [2, 3, 'a', 'b', [1]] },
    ]);
    expect(p.evaluate({ xs: { k: 5, j: 0 } }, 'test/deny')).toEqual([{ result: [5] }]);
    // a scan over a scalar visits nothing
    expect(p.evaluate({ xs: 'abc' }, 'test/deny')).toEqual([{ result: [] }]);
    expect(p.evaluate({}, 'test/deny')).toEqual([{ result: [] }]);
  });

  it('aborts on a complete rule with two values, at the statement location', async () => {
    const p1 = rule('g0.data.test.p', [
      block(
        st('DotStmt', { source: local(0), key: str(1), target: 3 }),
        st('AssignVarOnceStmt', { source: local(3), target: 2 }),
      ),
      block(
        st('DotStmt', { source: local(0), key: str(2), target: 3 }),
        st('AssignVarOnceStmt', { source: local(3), target: 2 }),
      ),
    ]);
    const p = await load(
      policy(['result', 'a', 'b'], [p1], [rulePlan('test/p', 'g0.data.test.p')]),
    );
    expect(p.evaluate({ a: 1, b: 1 }, 'test/p')).toEqual([{ result: 1 }]);
    expect(p.evaluate({ a: 1 }, 'test/p')).toEqual([{ result: 1 }]);
    expect(() => p.evaluate({ a: 1, b: 2 }, 'test/p')).toThrow(
      /^policy\.rego:\d+:1: var assignment conflict$/,
    );
  });

  it('says functions must not produce multiple outputs in a function', async () => {
    const f: Func = {
      name: 'g0.data.test.f',
      params: [0, 1, 2],
      return: 3,
      blocks: [
        block(st('AssignVarOnceStmt', { source: local(2), target: 3 })),
        block(st('AssignVarOnceStmt', { source: str(1), target: 3 })),
        block(st('ReturnLocalStmt', { source: 3 })),
      ],
    };
    const caller = rule('g0.data.test.p', [
      block(
        st('CallStmt', { func: 'g0.data.test.f', args: [local(0), local(1), str(2)], result: 3 }),
        st('AssignVarOnceStmt', { source: local(3), target: 2 }),
      ),
    ]);
    const p = await load(
      policy(['result', 'x', 'y'], [f, caller], [rulePlan('test/p', 'g0.data.test.p')]),
    );
    expect(() => p.evaluate({}, 'test/p')).toThrow(
      /^policy\.rego:\d+:1: functions must not produce multiple outputs for same inputs$/,
    );
  });

  it('aborts on an object key inserted twice with different values', async () => {
    const o = rule('g0.data.test.o', [
      block(st('MakeObjectStmt', { target: 2 })),
      block(
        st('DotStmt', { source: local(0), key: str(1), target: 3 }),
        st('ObjectInsertOnceStmt', { key: str(1), value: local(3), object: 2 }),
        st('DotStmt', { source: local(0), key: str(2), target: 4 }),
        st('ObjectInsertOnceStmt', { key: str(1), value: local(4), object: 2 }),
      ),
    ]);
    const p = await load(policy(['result', 'a', 'b'], [o], [rulePlan('test/o', 'g0.data.test.o')]));
    expect(p.evaluate({ a: 'v', b: 'v' }, 'test/o')).toEqual([{ result: { a: 'v' } }]);
    expect(() => p.evaluate({ a: 'v', b: 'w' }, 'test/o')).toThrow(
      /^policy\.rego:\d+:1: object insert conflict$/,
    );
  });

  it('replaces input for one block with `with`, and forgets memoised rules inside it', async () => {
    const r = rule('g0.data.test.r', [
      block(
        st('DotStmt', { source: local(0), key: str(1), target: 3 }),
        st('AssignVarOnceStmt', { source: local(3), target: 2 }),
      ),
    ]);
    const q = rule('g0.data.test.q', [
      block(
        st('CallStmt', { func: 'g0.data.test.r', args: [local(0), local(1)], result: 3 }),
        st('WithStmt', {
          local: 0,
          path: [1],
          value: str(2),
          block: block(
            st('CallStmt', { func: 'g0.data.test.r', args: [local(0), local(1)], result: 4 }),
            st('MakeArrayStmt', { capacity: 2, target: 5 }),
            st('ArrayAppendStmt', { value: local(3), array: 5 }),
            st('ArrayAppendStmt', { value: local(4), array: 5 }),
            st('AssignVarOnceStmt', { source: local(5), target: 2 }),
          ),
        }),
        st('CallStmt', { func: 'g0.data.test.r', args: [local(0), local(1)], result: 6 }),
        st('EqualStmt', { a: local(6), b: local(3) }),
      ),
    ]);
    const p = await load(
      policy(['result', 'x', 'replaced'], [r, q], [rulePlan('test/q', 'g0.data.test.q')]),
    );
    expect(p.evaluate({ x: 'original' }, 'test/q')).toEqual([{ result: ['original', 'replaced'] }]);
  });

  it('negates a block with NotStmt', async () => {
    const n = rule('g0.data.test.n', [
      block(
        st('NotStmt', {
          block: block(st('DotStmt', { source: local(0), key: str(1), target: 3 })),
        }),
        st('AssignVarOnceStmt', { source: bool(true), target: 2 }),
      ),
    ]);
    const p = await load(policy(['result', 'x'], [n], [rulePlan('test/n', 'g0.data.test.n')]));
    expect(p.evaluate({}, 'test/n')).toEqual([{ result: true }]);
    expect(p.evaluate({ x: false }, 'test/n')).toEqual([]);
  });

  it('leaves enclosing blocks with BreakStmt, as else chains do', async () => {
    const e = rule('g0.data.test.e', [
      block(
        st('BlockStmt', {
          blocks: [
            block(
              st('DotStmt', { source: local(0), key: str(1), target: 3 }),
              st('AssignVarOnceStmt', { source: local(3), target: 2 }),
              st('BreakStmt', { index: 1 }),
            ),
            block(st('AssignVarOnceStmt', { source: str(2), target: 2 })),
          ],
        }),
      ),
    ]);
    const p = await load(
      policy(['result', 'a', 'fallback'], [e], [rulePlan('test/e', 'g0.data.test.e')]),
    );
    expect(p.evaluate({ a: 7 }, 'test/e')).toEqual([{ result: 7 }]);
    expect(p.evaluate({}, 'test/e')).toEqual([{ result: 'fallback' }]);
  });

  it('calls a host builtin through opa_builtinN with JSON arguments', async () => {
    const h = rule('g0.data.test.h', [
      block(
        st('DotStmt', { source: local(0), key: str(1), target: 3 }),
        st('CallStmt', { func: 'custom.greet', args: [local(3), str(2)], result: 4 }),
        st('AssignVarOnceStmt', { source: local(4), target: 2 }),
      ),
    ]);
    const p = await load(
      policy(
        ['result', 'name', '!'],
        [h],
        [rulePlan('test/h', 'g0.data.test.h')],
        ['custom.greet'],
      ),
      {
        builtins: { 'custom.greet': (name, suffix) => `hello ${String(name)}${String(suffix)}` },
      },
    );
    expect(p.evaluate({ name: 'ana' }, 'test/h')).toEqual([{ result: 'hello ana!' }]);
  });

  it('picks the plan named by the entrypoint', async () => {
    const a = rule('g0.data.test.a', [
      block(st('AssignVarOnceStmt', { source: str(1), target: 2 })),
    ]);
    const b = rule('g0.data.test.b', [
      block(st('AssignVarOnceStmt', { source: str(2), target: 2 })),
    ]);
    const p = await load(
      policy(
        ['result', 'A', 'B'],
        [a, b],
        [rulePlan('test/a', 'g0.data.test.a'), rulePlan('test/b', 'g0.data.test.b')],
      ),
    );
    expect(p.evaluate({}, 'test/a')).toEqual([{ result: 'A' }]);
    expect(p.evaluate({}, 'test/b')).toEqual([{ result: 'B' }]);
    expect(p.evaluate({}, 1)).toEqual([{ result: 'B' }]);
  });

  it('calls a rule through a computed path with CallDynamicStmt', async () => {
    const a = rule('g0.data.test.a', [
      block(st('AssignVarOnceStmt', { source: str(1), target: 2 })),
    ]);
    const u = rule('g0.data.test.u', [
      block(st('DotStmt', { source: local(0), key: str(6), target: 2 })),
    ]);
    a.path = ['g0', 'test', 'a'];
    u.path = ['g0', 'test', 'u'];
    const dyn = rule('g0.data.test.dyn', [
      block(
        st('DotStmt', { source: local(0), key: str(2), target: 3 }),
        st('BlockStmt', {
          blocks: [
            block(
              st('BlockStmt', {
                blocks: [
                  block(
                    st('CallDynamicStmt', {
                      args: [0, 1],
                      path: [str(3), str(4), local(3)],
                      result: 5,
                    }),
                    st('AssignVarOnceStmt', { source: local(5), target: 2 }),
                    st('BreakStmt', { index: 2 }),
                  ),
                ],
              }),
              st('AssignVarOnceStmt', { source: str(5), target: 2 }),
            ),
          ],
        }),
      ),
    ]);
    const p = await load(
      policy(
        ['result', 'A', 'which', 'g0', 'test', 'none', 'missing'],
        [a, u, dyn],
        [rulePlan('test/dyn', 'g0.data.test.dyn')],
      ),
    );
    expect(p.evaluate({ which: 'a' }, 'test/dyn')).toEqual([{ result: 'A' }]);
    expect(p.evaluate({ which: 'u' }, 'test/dyn')).toEqual([]);
    expect(p.evaluate({ which: 'zz' }, 'test/dyn')).toEqual([{ result: 'none' }]);
  });
});
