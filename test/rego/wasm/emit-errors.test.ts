import { describe, expect, it } from 'vitest';
import { block, load, local, policy, rulePlan, st, str } from './helpers.js';
import { WasmEmitError, emitWasm } from '../../../src/rego/wasm/emit.js';
import type { Func } from '../../../src/rego/ir/ir.js';

function withBody(...stmts: ReturnType<typeof st>[]): Func {
  return {
    name: 'g0.data.test.p',
    params: [0, 1],
    return: 2,
    blocks: [block(...stmts), block(st('ReturnLocalStmt', { source: 2 }))],
  };
}

function emitting(fn: Func) {
  return () => emitWasm(policy(['result'], [fn], [rulePlan('test/p', 'g0.data.test.p')]));
}

describe('malformed IR is refused with a reason', () => {
  it('names a string index outside static.strings', () => {
    expect(emitting(withBody(st('AssignVarStmt', { source: str(9), target: 2 })))).toThrow(
      new WasmEmitError('string index 9 is not in static.strings'),
    );
  });

  it('refuses a break that leaves the function', () => {
    expect(emitting(withBody(st('BreakStmt', { index: 3 })))).toThrow(
      /break 3 leaves the function/,
    );
  });

  it('refuses a builtin called with the wrong number of arguments', () => {
    expect(
      emitting(withBody(st('CallStmt', { func: 'count', args: [local(0), local(1)], result: 3 }))),
    ).toThrow(/builtin count takes 1 arguments, called with 2/);
  });

  it('refuses a function called with the wrong number of arguments', () => {
    expect(
      emitting(withBody(st('CallStmt', { func: 'g0.data.test.p', args: [local(0)], result: 3 }))),
    ).toThrow(/g0\.data\.test\.p takes 2 arguments, called with 1/);
  });

  it('refuses an integer statement whose value is not a 64-bit integer', () => {
    expect(emitting(withBody(st('MakeNumberIntStmt', { value: 1.5, target: 3 })))).toThrow(
      new WasmEmitError('integer statement value 1.5 is not a 64-bit integer'),
    );
    expect(emitting(withBody(st('AssignIntStmt', { value: 2 ** 64, target: 3 })))).toThrow(
      /is not a 64-bit integer/,
    );
  });

  it('writes an integer statement past 32 bits exactly', async () => {
    const p = policy(
      ['result'],
      [
        withBody(
          st('MakeNumberIntStmt', { value: -(2 ** 53) + 1, target: 3 }),
          st('AssignVarOnceStmt', { source: local(3), target: 2 }),
        ),
      ],
      [rulePlan('test/p', 'g0.data.test.p')],
    );
    const loaded = await load(p);
    expect(loaded.evaluate({}, 'test/p')).toEqual([{ result: -(2 ** 53) + 1 }]);
  });

  it('refuses a statement it does not know', () => {
    const bogus = {
      type: 'TeleportStmt',
      stmt: { file: 0, row: 1, col: 1 },
    } as unknown as ReturnType<typeof st>;
    expect(emitting(withBody(bogus))).toThrow(/unsupported IR statement TeleportStmt/);
  });
});
