import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../src/rego/syntax/parser.js';

const SAMPLE = `# METADATA
# title: sample
package access.rules

import rego.v1
import data.lib.util as u

default allow := false

allow if {
\tsome g in input.grants
\tg.role in {"read", "write"}
\tcount([x | x := g.approvals[_]; x.ok]) >= 2
\tnot u.expired(g) with input.now as 1
}

deny contains msg if {
\tevery k, v in input.labels { startswith(k, "x-"); v != "" }
\tmsg := sprintf("%s: %v", [\`raw\`, {"a": 1, "b": [1.5e3, -2, null, true]}])
}

grants[id] := g if { some id, g in input.byId }
f(x) := y if { y := (x + 1) * 2 % 3 } else := 0
`;

describe('robustness', () => {
  it('parses a 10 MB string literal', () => {
    const value = 'a'.repeat(10_000_000);
    const { module, errors } = parseModule('big.rego', `package t\nx := "${value}"\ny := 1`);
    expect(errors).toEqual([]);
    const term = module?.rules[0]?.head.value;
    expect(term?.type === 'string' ? term.value.length : -1).toBe(10_000_000);
    expect(module?.rules[1]?.loc).toMatchObject({ row: 3, col: 1 });
  });

  it('parses a 100k-element array and a 100k-key object', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => String(i));
    const arr = parseModule('big.rego', `package t\nx := [${items.join(', ')}]`);
    expect(arr.errors).toEqual([]);
    const a = arr.module?.rules[0]?.head.value;
    expect(a?.type === 'array' ? a.items.length : -1).toBe(100_000);
    const obj = parseModule(
      'big.rego',
      `package t\nx := {${items.map((i) => `"k${i}": ${i}`).join(', ')}}`,
    );
    const o = obj.module?.rules[0]?.head.value;
    expect(o?.type === 'object' ? o.items.length : -1).toBe(100_000);
  });

  it('keeps huge integers as written and refuses absurd magnitudes', () => {
    const digits = '9'.repeat(5000);
    const { module } = parseModule('n.rego', `package t\nx := ${digits}`);
    expect(module?.rules[0]?.head.value).toMatchObject({ type: 'number', value: digits });
    expect(parseModule('n.rego', 'package t\nx := 1e100000').errors[0]?.message).toBe(
      'number too big',
    );
  });

  it.each([
    ['arrays', (d: number) => `x := ${'['.repeat(d)}${']'.repeat(d)}`],
    ['parentheses', (d: number) => `x := ${'('.repeat(d)}1${')'.repeat(d)}`],
    ['calls', (d: number) => `x := ${'f('.repeat(d)}1${')'.repeat(d)}`],
    ['objects', (d: number) => `x := ${'{"a": '.repeat(d)}1${'}'.repeat(d)}`],
    ['comprehensions', (d: number) => `x := ${'[x | '.repeat(d)}true${']'.repeat(d)}`],
    ['every', (d: number) => `p if { ${'every x in y { '.repeat(d)}true${' }'.repeat(d)} }`],
    ['unclosed arrays', (d: number) => `x := ${'['.repeat(d)}`],
    ['unclosed comprehensions', (d: number) => `x := ${'{a | [a | b, '.repeat(d)}`],
  ])('reports deeply nested %s as an error instead of overflowing', (_name, make) => {
    expect(parseModule('n.rego', `package t\n${make(100)}`).errors.length).toBeLessThanOrEqual(1);
    const { errors } = parseModule('deep.rego', `package t\n${make(50_000)}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'rego_parse_error', file: 'deep.rego', row: 2 });
    expect(errors[0]?.message).toMatch(/nested too deeply|eof/);
  });

  it('accepts the moderate nesting real policies use', () => {
    const { errors } = parseModule(
      'n.rego',
      `package t\nx := ${'[x | '.repeat(60)}true${']'.repeat(60)}`,
    );
    expect(errors).toEqual([]);
  });

  it('never throws on any prefix of a valid module', () => {
    expect(parseModule('s.rego', SAMPLE).errors).toEqual([]);
    for (let i = 0; i < SAMPLE.length; i++) {
      const result = parseModule('s.rego', SAMPLE.slice(0, i));
      for (const e of result.errors) {
        expect(e.row).toBeGreaterThanOrEqual(1);
        expect(e.col).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('never throws on random single-character edits of a valid module', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = '{}[]()|&,;:=."`\\\n #-_a1';
    for (let k = 0; k < 600; k++) {
      const at = rand(SAMPLE.length);
      const ch = alphabet[rand(alphabet.length)] ?? '';
      const mutated =
        rand(2) === 0
          ? SAMPLE.slice(0, at) + ch + SAMPLE.slice(at)
          : SAMPLE.slice(0, at) + SAMPLE.slice(at + 1);
      const result = parseModule('m.rego', mutated);
      expect(
        result.errors.every(
          (e) => e.code === 'rego_parse_error' && !e.message.startsWith('internal'),
        ),
      ).toBe(true);
    }
  });
});
