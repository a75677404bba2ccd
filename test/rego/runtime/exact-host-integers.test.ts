// Integers past 2^53 reach host builtins exactly: the SDK parses a host builtin's operands
// with JSON.parse, which rounds them, so the module records each host call's operands and
// the builtins that read integers exactly get such an operand dumped again.
import { describe, expect, it } from 'vitest';

import { compileToPlan } from '../../../src/rego/compiler.js';
import { loadWasm } from '../../../src/rego/runtime/index.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

async function evaluate(rules: string, input?: string) {
  const source = `package t\n${rules}`;
  const r = compileToPlan([{ file: 't.rego', source }], { entrypoints: ['t'] });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const evaluator = await loadWasm(emitWasm(r.policy), { strictBuiltinErrors: true });
  evaluator.setData({});
  return evaluator.evaluateText(input, 't');
}

describe('integers past 2^53 in host builtins', () => {
  it('keep every nanosecond of a timestamp', async () => {
    const text = await evaluate(
      `f := time.format([1700000000123456789, "UTC"])
c := time.clock([input.ns, "Europe/Paris"])
d := time.diff(1700000000123456789, 1700000000123456788)`,
      '{"ns": 1700000000999999999}',
    );
    expect(JSON.parse(text)).toEqual([
      {
        result: {
          f: '2023-11-14T22:13:20.123456789Z',
          c: [23, 13, 20],
          d: [0, 0, 0, 0, 0, 0],
        },
      },
    ]);
  });

  it('keep every bit of a bitwise operand', async () => {
    // 2^60 + 1 rounds to 2^60 as a double, whose lowest bit is 0.
    const text = await evaluate(
      'low := bits.and(1152921504606846977, 1)\nmixed := bits.or(input.big, 1)',
      '{"big": 18446744073709551616}',
    );
    expect(text).toBe('[{"result":{"low":1,"mixed":18446744073709551617}}]');
  });

  it("keep every digit of sprintf's operands, for the verbs the module leaves to the host", async () => {
    // %x and a width are formatted by the host's sprintf.
    const text = await evaluate(
      'x := sprintf("%x %25d", [input.big, input.big])',
      '{"big": 18446744073709551617}',
    );
    expect(text).toBe('[{"result":{"x":"10000000000000001      18446744073709551617"}}]');
  });

  it('keep every digit through json.marshal, and no operand can forge one', async () => {
    const text = await evaluate(
      `j := json.marshal({"id": input.big, "s": "\\u0000x:1"})
p := json.marshal_with_options([input.big], {"indent": " "})`,
      '{"big": -18446744073709551617}',
    );
    expect(text).toBe(
      String.raw`[{"result":{"j":"{\"id\":-18446744073709551617,\"s\":\"\\u0000x:1\"}","p":"[\n -18446744073709551617\n]"}}]`,
    );
  });

  it('leave small operands as the SDK parsed them', async () => {
    expect(await evaluate('x := bits.and(12, 10)')).toBe('[{"result":{"x":8}}]');
  });
});
