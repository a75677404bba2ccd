// The emitter's own WebAssembly writer: integers, instruction immediates, and linking the
// prebuilt runtime, checked against the binary format and against what V8 accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { ByteReader, ByteWriter } from '../../../src/rego/wasm/binary/bytes.js';
import { callSites } from '../../../src/rego/wasm/binary/call-sites.js';
import { Code } from '../../../src/rego/wasm/binary/code.js';
import { firstPolicyFunction } from '../../../src/rego/wasm/binary/link.js';
import { RuntimeModuleError, readRuntime } from '../../../src/rego/wasm/binary/runtime-module.js';
import { RUNTIME_WASM } from '../../../src/rego/wasm/build-runtime.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';
import { WasmModule, block, load, local, policy, rulePlan, st, str } from './helpers.js';

const hex = (w: ByteWriter) => Buffer.from(w.bytes).toString('hex');

describe('LEB128 integers', () => {
  it.each([
    [0, '00'],
    [127, '7f'],
    [128, '8001'],
    [624485, 'e58e26'],
    [0xffffffff, 'ffffffff0f'],
  ])('u32 %d is %s', (n, bytes) => {
    expect(hex(new ByteWriter().u32(n))).toBe(bytes);
    expect(new ByteReader(Buffer.from(bytes, 'hex')).u32()).toBe(n);
  });

  it.each([
    [0, '00'],
    [63, '3f'],
    [64, 'c000'],
    [-1, '7f'],
    [-64, '40'],
    [-65, 'bf7f'],
    [-123456, 'c0bb78'],
    [2 ** 31 - 1, 'ffffffff07'],
    [-(2 ** 31), '8080808078'],
  ])('signed %d is %s', (n, bytes) => {
    expect(hex(new ByteWriter().sleb(n))).toBe(bytes);
    expect(new ByteReader(Buffer.from(bytes, 'hex')).s32()).toBe(n);
  });

  it('writes i64 immediates past 32 bits exactly', () => {
    expect(hex(new ByteWriter().sleb(2 ** 40))).toBe('808080808020');
    expect(hex(new ByteWriter().sleb(-(2n ** 63n)))).toBe('8080808080808080807f');
    expect(hex(new ByteWriter().sleb(2n ** 63n - 1n))).toBe('ffffffffffffffffff00');
  });

  it('refuses what does not fit', () => {
    expect(() => new ByteWriter().u32(-1)).toThrow(RangeError);
    expect(() => new ByteWriter().u32(2 ** 32)).toThrow(RangeError);
    expect(() => new ByteWriter().sleb(2n ** 63n)).toThrow(RangeError);
  });
});

describe('finding the calls in a function body', () => {
  // no locals; i32.const 5; i64.const -1; f64.const 0; block; br_table [0] 0; end;
  // i32.load offset 300; call 7; memory.copy; ref.func 2; drop; call 200; end
  const body = Buffer.from(
    [
      '00',
      '4105',
      '427f',
      '440000000000000000',
      '0240',
      '0e01000000',
      '0b',
      '2802ac02',
      '1007',
      'fc0a0000',
      'd202',
      '1a',
      '10c801',
      '0b',
    ].join(''),
    'hex',
  );

  it('steps over every immediate and reports each function index with its bytes', () => {
    const sites = callSites(body, 0, body.length);
    expect(sites.map((s) => [s.func, s.length])).toEqual([
      [7, 1],
      [2, 1],
      [200, 2],
    ]);
    expect(body[sites[2]!.pos]).toBe(0xc8);
  });

  it('names an opcode it does not know instead of guessing its immediates', () => {
    const simd = Buffer.from('00fd0c' + '00'.repeat(16) + '0b', 'hex');
    expect(() => callSites(simd, 0, simd.length)).toThrow(/opcode 0xfd at byte 1/);
  });
});

describe('function bodies', () => {
  it('counts branch depths from the frames that are open', () => {
    const c = new Code();
    const outer = c.block();
    const loop = c.loop();
    c.i32Const(1).brIf(outer).br(loop).end().end();
    // block, loop, i32.const 1, br_if 1, br 0, end, end; then the body's own end
    expect(Buffer.from(c.body(0)).toString('hex')).toBe(
      '00' + '0240' + '0340' + '4101' + '0d01' + '0c00' + '0b0b0b',
    );
  });

  it('refuses a branch to a closed block and a body left open', () => {
    const c = new Code();
    const b = c.block();
    c.end();
    expect(() => c.br(b)).toThrow(/closed block/);
    const open = new Code();
    open.block();
    expect(() => open.body(0)).toThrow(/1 blocks left open/);
  });
});

describe('the runtime prepared for linking', () => {
  const bytes = new Uint8Array(readFileSync(RUNTIME_WASM));

  it('turns the imports from "policy" into definitions and keeps every runtime function where it was', () => {
    const runtime = readRuntime(bytes);
    expect(runtime.imports.some((i) => i.module === 'policy')).toBe(false);
    expect(runtime.policyImports.map((p) => p.name).sort()).toEqual(
      ['builtins', 'entrypoints', 'eval', 'heap_base', 'static_strings'].sort(),
    );
    const raw = WasmModule.exports(new WasmModule(bytes));
    expect(runtime.exports.map((e) => e.name)).toEqual(raw.map((e) => e.name));
    const first = runtime.keptFuncImports + runtime.policyImports.length;
    expect(runtime.exports.filter((e) => e.kind === 0).every((e) => e.index >= first)).toBe(true);
  });

  it('is read once per buffer', () => {
    expect(readRuntime(bytes)).toBe(readRuntime(bytes));
  });

  it('refuses a module it cannot link, saying why', () => {
    const notWasm = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => readRuntime(notWasm)).toThrow(RuntimeModuleError);
    // the magic and version, then a table section: the runtime has none and the linker
    // would have to renumber it
    const table = Buffer.from('0061736d01000000' + '0404017000' + '01', 'hex');
    expect(() => readRuntime(new Uint8Array(table))).toThrow(/unexpected section 4/);
  });
});

describe('the linked module', () => {
  it('keeps the function names of a runtime built with them, and names the policy functions', () => {
    const raw = new Uint8Array(readFileSync(RUNTIME_WASM));
    const entries = new ByteWriter().u32(1).u32(20).name('runtime_function_20');
    const subsection = new ByteWriter().u8(1).sized(entries.bytes);
    const content = new ByteWriter().name('name').raw(subsection.bytes);
    const named = new Uint8Array([...raw, ...new ByteWriter().u8(0).sized(content.bytes).bytes]);
    const fn = {
      name: 'g0.data.test.p',
      params: [0, 1],
      return: 2,
      blocks: [block(st('ReturnLocalStmt', { source: 2 }))],
    };
    const wasm = emitWasm(policy(['result'], [fn], [rulePlan('test/p', 'g0.data.test.p')]), named);
    const sections = (
      globalThis as unknown as {
        WebAssembly: { Module: { customSections(m: object, n: string): ArrayBuffer[] } };
      }
    ).WebAssembly.Module.customSections(new WasmModule(wasm), 'name');
    const r = new ByteReader(new Uint8Array(sections[0] as ArrayBuffer));
    expect(r.u8()).toBe(1);
    r.u32();
    const names = new Map<number, string>();
    for (let n = r.u32(); n > 0; n--) names.set(r.u32(), r.name());
    const runtime = readRuntime(named);
    expect(names.get(20)).toBe('runtime_function_20');
    expect(names.get(firstPolicyFunction(runtime))).toBe('g0.data.test.p');
    const evalIndex =
      runtime.keptFuncImports + runtime.policyImports.findIndex((p) => p.name === 'eval');
    expect(names.get(evalIndex)).toBe('policy.eval');
  });

  it("grows the memory's minimum to hold the policy's constants", async () => {
    const big = 'x'.repeat(200_000);
    const fn = {
      name: 'g0.data.test.p',
      params: [0, 1],
      return: 2,
      blocks: [
        block(
          st('AssignVarStmt', { source: str(1), target: 3 }),
          st('CallStmt', { func: 'count', args: [local(3)], result: 4 }),
          st('AssignVarOnceStmt', { source: local(4), target: 2 }),
        ),
        block(st('ReturnLocalStmt', { source: 2 })),
      ],
    };
    const p = policy(['result', big], [fn], [rulePlan('test/p', 'g0.data.test.p')]);
    const wasm = emitWasm(p);
    const memory = WasmModule.imports(new WasmModule(wasm)).find((i) => i.kind === 'memory');
    expect(memory?.name).toBe('memory');
    // the SDK hands over a memory of at least the module's minimum
    const loaded = await load(p, { memory: { initial: 8 } });
    expect(loaded.evaluate({}, 'test/p')).toEqual([{ result: 200_000 }]);
    await expect(load(p, { memory: { initial: 2 } })).rejects.toThrow();
  });
});
