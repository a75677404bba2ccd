import { describe, expect, it } from 'vitest';
import { block, load, local, policy, rulePlan, st, str } from './helpers.js';
import { WasmEmitError, emitWasm } from '../../../src/rego/wasm/emit.js';
import type { Func } from '../../../src/rego/ir/ir.js';
import { RegoCompileError } from '../../../src/rego/errors.js';

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

  it('names the rule whose body needs more locals than an engine takes, and where it starts', () => {
    // what a body of about 12,500 comparisons plans to: a fresh local for each value
    const values = Array.from({ length: 50_000 }, (_, i) => st('MakeNullStmt', { target: 3 + i }));
    const fn = { ...withBody(...values), path: ['g0', 'test', 'p'] };
    let thrown: unknown;
    try {
      emitting(fn)();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RegoCompileError);
    const [error] = (thrown as RegoCompileError).errors;
    expect(error).toMatchObject({ code: 'rego_compile_error', file: 'policy.rego', col: 1 });
    expect(error?.row).toBeGreaterThan(0);
    expect(error?.message).toBe(
      'rule data.test.p needs 50003 locals in one WebAssembly function, where engines take at most 50000: split its body into smaller rules',
    );
    // at the limit the module validates: the engine takes as many
    expect(() =>
      emitting({ ...fn, blocks: [block(...values.slice(3)), ...fn.blocks.slice(1)] })(),
    ).not.toThrow();
  });
});
