import { describe, expect, it } from 'vitest';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { hostBuiltins } from '../../../src/rego/builtins/index.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';
import { evaluateRaw } from './helpers.js';

async function compile(source: string, entrypoints: string[], memory = { initial: 5 }) {
  const r = compileToPlan([{ file: 'test.rego', source }], { entrypoints });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.row}:${e.col}: ${e.message}`).join('\n'));
  return loadPolicy(
    emitWasm(r.policy),
    memory,
    hostBuiltins({ now: new Date('2026-11-27T00:00:00Z') }),
  );
}

// Each case is one rule `r<i> := <expr>`; the whole package is evaluated once and each
// rule's value (or its absence, for undefined) is compared.
const cases: [string, unknown][] = [
  ['1 + 2', 3],
  ['1.5 + 2.5', 4],
  ['1 + 2.5', 3.5],
  ['0.1 + 0.2', 0.3],
  ['0.1 + 0.2 == 0.3', true],
  ['0.1 * 3', 0.3],
  ['1.1 - 0.1', 1],
  ['2.5 * 2', 5],
  ['-1.25 + 1', -0.25],
  ['7 / 2 + 0.1', 3.6],
  ['1 / 3', 0.3333333333333333],
  ['7 - 10', -3],
  ['{1, 2, 3} - {2}', [1, 3]],
  ['6 * 7', 42],
  ['7 / 2', 3.5],
  ['8 / 2', 4],
  ['7 % 3', 1],
  ['-7 % 3', -1],
  ['abs(-4)', 4],
  ['round(2.5)', 3],
  ['round(-2.5)', -3],
  ['ceil(1.2)', 2],
  ['floor(-1.2)', -2],
  ['{1, 2} & {2, 3}', [2]],
  ['{1, 2} | {2, 3}', [1, 2, 3]],
  ['1 < 2', true],
  ['"a" < "b"', true],
  ['[1] == [1]', true],
  ['null < false', true],
  ['2 in [1, 2]', true],
  ['"x" in {"a": "x"}', true],
  ['count("héllo")', 5],
  ['count({"a": 1})', 1],
  ['sum([1, 2, 3.5])', 6.5],
  ['product({2, 3})', 6],
  ['max([3, "a", 1])', 'a'],
  ['min({3, 1})', 1],
  ['sort([3, "b", 1, "a", null])', [null, 1, 3, 'a', 'b']],
  ['concat("/", ["a", "b"])', 'a/b'],
  ['contains("abc", "bc")', true],
  ['startswith("abc", "ab")', true],
  ['endswith("abc", "bc")', true],
  ['lower("ÀBC")', 'àbc'],
  ['upper("àbc")', 'ÀBC'],
  ['split("a,b,,c", ",")', ['a', 'b', '', 'c']],
  ['trim("xxhixx", "x")', 'hi'],
  ['trim_left("xxhix", "x")', 'hix'],
  ['trim_right("xhixx", "x")', 'xhi'],
  ['trim_prefix("prefix-x", "prefix-")', 'x'],
  ['trim_suffix("x.rego", ".rego")', 'x'],
  ['trim_space("  hi \\n")', 'hi'],
  ['replace("a-b-c", "-", "+")', 'a+b+c'],
  ['indexof("héllo", "l")', 2],
  ['indexof("abc", "z")', -1],
  ['substring("héllo", 1, 3)', 'éll'],
  ['substring("hello", 2, -1)', 'llo'],
  ['format_int(255, 16)', 'ff'],
  ['format_int(-5, 2)', '-101'],
  ['to_number("42")', 42],
  ['to_number("1.5")', 1.5],
  ['to_number(true)', 1],
  ['to_number("+1")', 1],
  ['to_number("1.")', 1],
  ['to_number("-2.50")', -2.5],
  ['format_int(-1.5, 10)', '-1'],
  ['object.get({"a": {"b": 1}}, ["a", "b"], 0)', 1],
  ['object.get({"a": 1}, "z", "d")', 'd'],
  ['object.keys({"b": 1, "a": 2})', ['a', 'b']],
  ['object.union({"a": {"x": 1}}, {"a": {"y": 2}})', { a: { x: 1, y: 2 } }],
  ['object.remove({"a": 1, "b": 2}, ["a"])', { b: 2 }],
  ['union({{1}, {2}})', [1, 2]],
  ['intersection({{1, 2}, {2, 3}})', [2]],
  ['array.concat([1], [2])', [1, 2]],
  ['array.slice([1, 2, 3, 4], 1, 3)', [2, 3]],
  ['array.slice([1, 2], -1, 10)', [1, 2]],
  ['is_string("x")', true],
  ['is_number("x")', false],
  ['type_name({1})', 'set'],
  ['numbers.range(3, 1)', [3, 2, 1]],
  [
    'sprintf("grant %s has %d days (%v) 100%%", ["g1", 40, true])',
    'grant g1 has 40 days (true) 100%',
  ],
  ['sprintf("%v", [18446744073709551617 + 1])', '18446744073709551618'],
  ['sprintf("%.2f and %s", [1.5, "host"])', '1.50 and host'],
  ['glob.match("*.github.com", ["."], "api.github.com")', true],
  ['glob.match("*.github.com", ["."], "a.b.github.com")', false],
  ['glob.match("**.github.com", ["."], "a.b.github.com")', true],
  ['glob.match("*", null, "foo.bar")', true],
  ['glob.match("*", [], "foo.bar")', false],
  ['glob.match("[a-c]at", [], "bat")', true],
  ['glob.match("[!a-c]at", [], "bat")', false],
  ['glob.match("{api,www}.x", [], "www.x")', true],
  ['glob.match("te?t", [], "test")', true],
  ['time.parse_rfc3339_ns("2026-01-02T03:04:05.5Z")', 1767323045500000000],
  ['time.parse_rfc3339_ns("2026-01-02T03:04:05+02:00")', 1767315845000000000],
  ['time.date(1767323045500000000)', [2026, 1, 2]],
  ['time.add_date(1767323045500000000, 0, 1, 30)', 1772593445500000000],
  ['net.cidr_contains("10.0.0.0/8", "10.1.2.3")', true],
  ['net.cidr_contains("10.0.0.0/8", "11.1.2.3")', false],
  ['net.cidr_contains("10.0.0.0/8", "10.1.0.0/16")', true],
  ['net.cidr_contains("2001:db8::/32", "2001:db8:1::1")', true],
  ['net.cidr_contains("2001:db8::/32", "10.0.0.1")', false],
];

describe('native builtins, from Rego source', () => {
  it('computes what OPA computes', async () => {
    const source = ['package t', ...cases.map(([expr], i) => `r${i} := ${expr}`)].join('\n');
    const p = await compile(source, ['t']);
    const [out] = p.evaluate({}, 't') as { result: Record<string, unknown> }[];
    const got = cases.map((_, i) => out?.result[`r${i}`]);
    expect(got.map((g, i) => [cases[i]?.[0], g])).toEqual(cases.map(([e, want]) => [e, want]));
  });

  it('keeps integers beyond 64 bits exact through arithmetic', async () => {
    const p = await compile(
      `package t
add := 18446744073709551617 + 1
sub := 18446744073709551617 - 1
product2 := 18446744073709551617 * 2
neg := input.negbig - 1
big := 123456789012345678901234567890 + input.one
overflow := 9223372036854775807 + 1
back := (9223372036854775807 + 1) - 1
modulo := input.big % input.pow64
remneg := input.minus7 % input.pow128
half := input.mulbig / 2
cmp := 18446744073709551617 > 18446744073709551616
eq := 18446744073709551616 == 18446744073709551615 + 1
`,
      ['t'],
    );
    expect(
      evaluateRaw(
        p,
        '{"one":1,"negbig":-18446744073709551617,"big":18446744073709551617,"pow64":18446744073709551616,' +
          '"minus7":-7,"pow128":340282366920938463463374607431768211456,"mulbig":36893488147419103234}',
        't',
      ),
    ).toBe(
      '[{"result":{"add":18446744073709551618,"back":9223372036854775807,"big":123456789012345678901234567891,' +
        '"cmp":true,"eq":true,"half":18446744073709551617,"modulo":1,"neg":-18446744073709551618,' +
        '"overflow":9223372036854775808,"product2":36893488147419103234,"remneg":-7,"sub":18446744073709551616}}]',
    );
  });

  it('makes division by zero undefined, or aborts at the call when strict', async () => {
    const p = await compile('package t\n\nq := x if {\n  x := 1 / input.d\n}\n', ['t/q']);
    expect(p.evaluate({ d: 2 }, 't/q')).toEqual([{ result: 0.5 }]);
    expect(p.evaluate({ d: 0 }, 't/q')).toEqual([]);
    p.wasmInstance.exports.accessctl_strict_builtin_errors(1);
    expect(() => p.evaluate({ d: 0 }, 't/q')).toThrow(/^test\.rego:4:\d+: div: divide by zero$/);
  });

  it('reports a conflict between two values of a complete rule', async () => {
    const p = await compile('package t\n\nq := 1 if input.a\nq := 2 if input.b\n', ['t/q']);
    expect(p.evaluate({ a: true }, 't/q')).toEqual([{ result: 1 }]);
    expect(() => p.evaluate({ a: true, b: true }, 't/q')).toThrow(
      /^test\.rego:\d+:\d+: var assignment conflict: data\.t\.q$/,
    );
  });

  it('ends numbers.range(1, 1e9) in an out-of-memory error, not a crash', async () => {
    const p = await compile('package t\n\nq := count(numbers.range(1, 1000000000))\n', ['t/q'], {
      initial: 5,
      maximum: 256,
    } as { initial: number });
    expect(() => p.evaluate({}, 't/q')).toThrow(/^out of memory/);
  });

  it('evaluates a grant policy with iteration, comprehensions and host builtins', async () => {
    const p = await compile(
      `package access

deny contains msg if {
  some g in input.grants
  g.days > 30
  msg := sprintf("grant %s is too long", [g.id])
}

owners := {g.id: g.owner | some g in input.grants}
`,
      ['access/deny', 'access/owners'],
    );
    const input = {
      grants: [
        { id: 'a', days: 10, owner: 'team:x' },
        { id: 'b', days: 40, owner: 'team:y' },
      ],
    };
    expect(p.evaluate(input, 'access/deny')).toEqual([{ result: ['grant b is too long'] }]);
    expect(p.evaluate(input, 'access/owners')).toEqual([{ result: { a: 'team:x', b: 'team:y' } }]);
  });
});
