import { beforeAll, describe, expect, it } from 'vitest';
import { load, policy, type WasmMemory } from './helpers.js';

type Exports = Record<string, (...args: number[]) => number>;

// The runtime's own JSON reader and writers, called as a host calls them (opa_malloc,
// opa_json_parse, opa_json_dump / opa_value_dump), without JSON.parse in between, so
// exact numbers and byte-level output are visible.
let ex: Exports;
let mem: WasmMemory;

beforeAll(async () => {
  const loaded = await load(policy([], [], []));
  ex = loaded.wasmInstance.exports as unknown as Exports;
  mem = loaded.mem as WasmMemory;
});

function parse(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const addr = ex.opa_malloc!(bytes.length);
  new Uint8Array(mem.buffer).set(bytes, addr);
  return ex.opa_json_parse!(addr, bytes.length);
}

function cstring(addr: number): string {
  const b = new Uint8Array(mem.buffer);
  let end = addr;
  while (b[end] !== 0) end++;
  return new TextDecoder().decode(b.subarray(addr, end));
}

const json = (text: string) => cstring(ex.opa_json_dump!(parse(text)));
const rego = (text: string) => cstring(ex.opa_value_dump!(parse(text)));

describe('JSON in and out of the runtime', () => {
  it.each([
    ['18446744073709551617', '18446744073709551617'],
    ['-123456789012345678901234567890', '-123456789012345678901234567890'],
    ['9223372036854775807', '9223372036854775807'],
    ['-9223372036854775808', '-9223372036854775808'],
    ['0.1', '0.1'],
    ['1.0', '1.0'],
    ['1e400', '1e400'],
    ['-0', '0'],
    ['2.5e-3', '2.5e-3'],
  ])('keeps the number %s exactly', (input, want) => {
    expect(json(input)).toBe(want);
  });

  it('round-trips unicode and escapes', () => {
    expect(json('"h\\u00e9llo \\ud83d\\ude00 \\"q\\" \\\\ \\n\\t\\u0001"')).toBe(
      '"héllo 😀 \\"q\\" \\\\ \\n\\t\\u0001"',
    );
    expect(json('"日本語"')).toBe('"日本語"');
  });

  it('writes object keys in OPA order, whatever order they came in', () => {
    expect(json('{"b":1,"a":2,"c":{"z":0,"y":[3,1]}}')).toBe('{"a":2,"b":1,"c":{"y":[3,1],"z":0}}');
  });

  it('keeps the last of duplicate keys', () => {
    expect(json('{"a":1,"a":2}')).toBe('{"a":2}');
  });

  it('rejects malformed JSON with 0', () => {
    for (const bad of ['', '{', '[1,]', '{"a" 1}', 'tru', '"unterminated', '1 2', '{"a":1}x']) {
      expect(parse(bad), bad).toBe(0);
    }
  });

  it('dumps values in Rego syntax with opa_value_dump', () => {
    expect(rego('{"b":[null,true,1.5,"s"]}')).toBe('{"b":[null,true,1.5,"s"]}');
  });
});

describe('values through evaluation', () => {
  it('passes big integers and decimals from input to result unchanged', async () => {
    const { st, block, local, rulePlan } = await import('./helpers.js');
    const p = await load(
      policy(
        ['result'],
        [
          {
            name: 'g0.data.test.id',
            params: [0, 1],
            return: 2,
            blocks: [
              block(st('AssignVarOnceStmt', { source: local(0), target: 2 })),
              block(st('ReturnLocalStmt', { source: 2 })),
            ],
          },
        ],
        [rulePlan('test/id', 'g0.data.test.id')],
      ),
    );
    const input = new TextEncoder().encode(
      '{"n":123456789012345678901234567890,"d":0.30000000000000004}',
    );
    // ArrayBuffer input skips JSON.stringify; the result goes through JSON.parse, so
    // compare the decimal (representable) and the big integer as a float.
    const out = p.evaluate(input.buffer as ArrayBuffer, 'test/id') as {
      result: { n: number; d: number };
    }[];
    expect(out[0]?.result.d).toBe(0.30000000000000004);
    expect(out[0]?.result.n).toBe(Number('123456789012345678901234567890'));
  });
});
