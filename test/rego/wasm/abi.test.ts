import { describe, expect, it } from 'vitest';
import {
  WasmModule,
  block,
  load,
  local,
  policy,
  rulePlan,
  st,
  type WasmMemory,
} from './helpers.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';
import type { Func } from '../../../src/rego/ir/ir.js';

/** `p := 1`, as OPA plans it. */
const ruleP: Func = {
  name: 'g0.data.test.p',
  params: [0, 1],
  return: 2,
  blocks: [
    block(
      st('ResetLocalStmt', { target: 3 }),
      st('MakeNumberIntStmt', { value: 1, target: 4 }),
      st('AssignVarOnceStmt', { source: local(4), target: 3 }),
    ),
    block(
      st('IsDefinedStmt', { source: 3 }),
      st('AssignVarOnceStmt', { source: local(3), target: 2 }),
    ),
    block(st('ReturnLocalStmt', { source: 2 })),
  ],
};

const simple = policy(['result'], [ruleP], [rulePlan('test/p', 'g0.data.test.p')], ['sprintf']);

describe('the module OPA SDK loads', () => {
  it('has exactly the imports of OPA ABI 1.x', () => {
    const mod = new WasmModule(emitWasm(simple));
    const imports = WasmModule.imports(mod).map((i) => `${i.module}.${i.name}:${i.kind}`);
    expect(imports.sort()).toEqual(
      [
        'env.memory:memory',
        'env.opa_abort:function',
        'env.opa_builtin0:function',
        'env.opa_builtin1:function',
        'env.opa_builtin2:function',
        'env.opa_builtin3:function',
        'env.opa_builtin4:function',
        'env.opa_println:function',
      ].sort(),
    );
  });

  it('exports the ABI functions and version globals, and no runtime internals', () => {
    const mod = new WasmModule(emitWasm(simple));
    const exports = WasmModule.exports(mod).map((e) => e.name);
    for (const name of [
      'opa_eval_ctx_new',
      'opa_eval_ctx_set_input',
      'opa_eval_ctx_set_data',
      'opa_eval_ctx_set_entrypoint',
      'opa_eval_ctx_get_result',
      'eval',
      'opa_eval',
      'builtins',
      'entrypoints',
      'opa_malloc',
      'opa_free',
      'opa_json_parse',
      'opa_json_dump',
      'opa_value_parse',
      'opa_value_dump',
      'opa_heap_ptr_get',
      'opa_heap_ptr_set',
      'opa_value_add_path',
      'opa_value_remove_path',
      'opa_wasm_abi_version',
      'opa_wasm_abi_minor_version',
    ]) {
      expect(exports).toContain(name);
    }
    // nothing of the runtime's internals leaks: only the ABI, the memory, the switch for
    // strict builtin errors that accessctl's runtime sets and the location it reads
    const extra = exports.filter(
      (e) => !e.startsWith('opa_') && !['eval', 'builtins', 'entrypoints'].includes(e),
    );
    expect(extra.sort()).toEqual([
      'accessctl_builtin_location',
      'accessctl_host_args',
      'accessctl_strict_builtin_errors',
      'memory',
    ]);
  });

  it('declares ABI 1.3, so the SDK takes the opa_eval fast path', async () => {
    const loaded = await load(simple);
    expect(loaded.minorVersion).toBeGreaterThanOrEqual(2);
    const ex = loaded.wasmInstance.exports as Record<string, { value: number }>;
    expect(ex.opa_wasm_abi_version?.value).toBe(1);
  });

  it('lists entrypoints and host builtins by id', async () => {
    const loaded = await load(simple);
    expect(loaded.entrypoints).toEqual({ 'test/p': 0 });
    // builtin ids are positions in static.builtin_funcs; natives are not listed
    const both = await load(
      policy(['result'], [ruleP], [rulePlan('test/p', 'g0.data.test.p')], ['plus', 'sprintf']),
    );
    const ex = both.wasmInstance.exports as Record<string, () => number>;
    const mem = both.mem as WasmMemory;
    const addr = (ex.opa_json_dump as (v: number) => number)(ex.builtins!());
    const bytes = new Uint8Array(mem.buffer);
    let end = addr;
    while (bytes[end] !== 0) end++;
    expect(JSON.parse(new TextDecoder().decode(bytes.subarray(addr, end)))).toEqual({ sprintf: 1 });
  });

  it('evaluates through opa_eval and through the eval context path alike', async () => {
    const loaded = await load(simple);
    expect(loaded.evaluate({}, 'test/p')).toEqual([{ result: 1 }]);
    loaded.minorVersion = 1; // the SDK's pre-1.2 path: eval context exports
    expect(loaded.evaluate({}, 'test/p')).toEqual([{ result: 1 }]);
    expect(loaded.evaluate({ x: 1 })).toEqual([{ result: 1 }]);
  });

  it('keeps evaluating after many calls: the heap is reset between evaluations', async () => {
    const loaded = await load(simple);
    const big = { items: Array.from({ length: 2000 }, (_, i) => ({ id: `item-${i}` })) };
    for (let i = 0; i < 200; i++) expect(loaded.evaluate(big, 'test/p')).toEqual([{ result: 1 }]);
    expect((loaded.mem as WasmMemory).buffer.byteLength).toBeLessThan(64 * 65536);
  });

  it('uses setData data in evaluations', async () => {
    const fn: Func = {
      name: 'g0.data.test.q',
      params: [0, 1],
      return: 2,
      blocks: [
        block(
          st('DotStmt', { source: local(1), key: { type: 'string_index', value: 1 }, target: 3 }),
          st('AssignVarOnceStmt', { source: local(3), target: 2 }),
        ),
        block(st('ReturnLocalStmt', { source: 2 })),
      ],
    };
    const loaded = await load(
      policy(['result', 'roles'], [fn], [rulePlan('test/q', 'g0.data.test.q')]),
    );
    expect(loaded.evaluate({}, 'test/q')).toEqual([]);
    loaded.setData({ roles: ['admin'] });
    expect(loaded.evaluate({}, 'test/q')).toEqual([{ result: ['admin'] }]);
  });
});
