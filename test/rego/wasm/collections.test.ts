import { describe, expect, it } from 'vitest';

import { bundleSources } from '../../../src/rego/bundle/index.js';
import { loadBundle, type PolicyEvaluator } from '../../../src/rego/runtime/index.js';

// Large sets and objects are hash-indexed and sorted lazily (runtime/value.as.ts): these
// cases build them out of order, look every member up, and read them back in OPA's order.

async function load(source: string, entrypoints: string[]): Promise<PolicyEvaluator> {
  const bundle = await bundleSources(
    { modules: [{ file: 'test.rego', source }], data: {} },
    entrypoints,
  );
  return loadBundle(bundle);
}

function result(policy: PolicyEvaluator, input: unknown, entrypoint: string): unknown {
  const rs = policy.evaluate(input, entrypoint);
  return rs[0]?.result;
}

/** A fixed permutation of 0..n-1, so the members arrive far from sorted. */
function shuffled(n: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let state = 12345;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

const byBytes = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const N = 3000;
const ids = shuffled(N).map((i) => `github:repo/acme/service-${i}`);

describe('large collections built out of order', () => {
  it('a set of strings comes out sorted and answers membership for every member', async () => {
    const policy = await load(
      `package t
names := {x | some x in input.ids}
ordered := [x | some x in names]
all_found if { every x in input.ids { x in names } }
missing := [x | some x in input.probe; not x in names]
`,
      ['t/ordered', 't/all_found', 't/missing'],
    );
    const input = { ids, probe: ['github:repo/acme/service-9999', ids[17], 'x', ids[N - 1]] };
    expect(result(policy, input, 't/ordered')).toEqual([...ids].sort(byBytes));
    expect(result(policy, input, 't/all_found')).toBe(true);
    expect(result(policy, input, 't/missing')).toEqual(['github:repo/acme/service-9999', 'x']);
  });

  it('an object keyed by id finds every value and iterates its keys in order', async () => {
    const policy = await load(
      `package t
by_id[g.id] := g.n if some g in input.grants
lookups := [by_id[g.id] | some g in input.grants]
keys := [k | some k, _ in by_id]
absent if not by_id["nope"]
`,
      ['t/by_id', 't/lookups', 't/keys', 't/absent'],
    );
    const grants = ids.map((id, n) => ({ id, n }));
    const input = { grants };
    expect(result(policy, input, 't/lookups')).toEqual(grants.map((g) => g.n));
    expect(result(policy, input, 't/keys')).toEqual([...ids].sort(byBytes));
    expect(Object.keys(result(policy, input, 't/by_id') as object)).toEqual([...ids].sort(byBytes));
    expect(result(policy, input, 't/absent')).toBe(true);
  });

  it('a set of objects drops duplicates and sorts by keys, then values', async () => {
    const policy = await load(
      `package t
findings contains {"rule": r, "grant": id} if {
  some id in input.ids
  some r in ["b-rule", "a-rule", "b-rule"]
}
first := [f | some f in findings][0]
`,
      ['t/findings', 't/first'],
    );
    const input = { ids };
    const findings = result(policy, input, 't/findings') as { grant: string; rule: string }[];
    expect(findings).toHaveLength(2 * N);
    const expected = ids
      .flatMap((grant) => ['a-rule', 'b-rule'].map((rule) => ({ grant, rule })))
      .sort((x, y) => byBytes(x.grant, y.grant) || byBytes(x.rule, y.rule));
    expect(findings).toEqual(expected);
    expect(result(policy, input, 't/first')).toEqual(expected[0]);
  });

  it('equal numbers are one member whatever their form, in small and large sets', async () => {
    const policy = await load(
      `package t
small := {1, 1.0, 2}
large := {x | some x in input.xs}
hits := [x | some x in input.probe; x in large]
big := {100000000000000000000, 1e20, 3}
`,
      ['t/small', 't/large', 't/hits', 't/big'],
    );
    const xs = shuffled(200);
    const input = { xs, probe: [0, 5.0, 199, 200, 1.5] };
    expect(result(policy, input, 't/small')).toEqual([1, 2]);
    expect(result(policy, input, 't/large')).toEqual([...xs].sort((a, b) => a - b));
    expect(result(policy, input, 't/hits')).toEqual([0, 5, 199]);
    expect((result(policy, input, 't/big') as unknown[]).length).toBe(2);
  });

  it('strings spelled with escapes in the input match the same text from the policy', async () => {
    const policy = await load(
      `package t
keys := {k | some k in input.keys}
found := ["ab" in keys, "é" in keys, "a\\"b" in keys]
`,
      ['t/found'],
    );
    const text = '{"keys": ["a\\u0062", "\\u00e9", "a\\"b", "ab", "é"]}';
    const rs = policy.evaluate(JSON.parse(text), 't/found');
    expect(rs[0]?.result).toEqual([true, true, true]);
  });

  it('objects compared as set members or keys are read in order after out-of-order inserts', async () => {
    const policy = await load(
      `package t
one := {k: 1 | some k in input.a}
two := {k: 1 | some k in input.b}
same if one == two
nested := {one, two}
`,
      ['t/same', 't/nested'],
    );
    const a = ids.slice(0, 40);
    const b = [...a].reverse();
    const input = { a, b };
    expect(result(policy, input, 't/same')).toBe(true);
    expect(result(policy, input, 't/nested')).toHaveLength(1);
  });
});

describe('objects parsed from JSON text', () => {
  it('sort their keys, and a repeated key keeps its last value', async () => {
    const policy = await load(
      `package t
o := input.o
keys := [k | some k, _ in input.o]
big := count(input.big)
`,
      ['t/o', 't/keys', 't/big'],
    );
    const big = Array.from(
      { length: 40 },
      (_, i) => `"k${39 - i}": ${i}, "k${39 - i}": ${i + 100}`,
    );
    const text = `{"o": {"b": 1, "c": {"z": 0, "y": 1}, "a": 2, "b": 3}, "big": {${big.join(', ')}}}`;
    const bytes = new TextEncoder().encode(text);
    const [o, keys, count] = policy.evaluateEach(bytes.buffer.slice(0, bytes.byteLength), [
      't/o',
      't/keys',
      't/big',
    ]);
    expect(JSON.stringify(o?.[0]?.result)).toBe('{"a":2,"b":3,"c":{"y":1,"z":0}}');
    expect(keys?.[0]?.result).toEqual(['a', 'b', 'c']);
    expect(count?.[0]?.result).toBe(40);
  });
});

describe('records parsed from JSON text', () => {
  it('keep their own values when they share, reorder or repeat the keys of the one before', async () => {
    const policy = await load('package t\nrs := input.rs\n', ['t/rs']);
    const text =
      '{"rs": [{"b": 1, "a": 2}, {"b": 3, "a": 4}, {"a": 5, "b": 6}, {"b": 7, "a": 8, "b": 9}, {"b": 10, "a": 11}]}';
    const bytes = new TextEncoder().encode(text);
    const [rs] = policy.evaluateEach(bytes.buffer.slice(0, bytes.byteLength), ['t/rs']);
    expect(JSON.stringify(rs?.[0]?.result)).toBe(
      '[{"a":2,"b":1},{"a":4,"b":3},{"a":5,"b":6},{"a":8,"b":9},{"a":11,"b":10}]',
    );
  });
});

describe('sprintf %q in the module', () => {
  it('quotes printable ASCII with Go escapes, and leaves other text to the host', async () => {
    const policy = await load(
      `package t
out := [sprintf("%q", [s]) | some s in input.s]
`,
      ['t/out'],
    );
    const input = { s: ['plain', 'say "hi"', 'back\\slash', 'tab\there', 'café'] };
    expect(result(policy, input, 't/out')).toEqual([
      '"plain"',
      '"say \\"hi\\""',
      '"back\\\\slash"',
      '"tab\\there"',
      '"café"',
    ]);
  });
});

// The input is parsed once for several entrypoints, and the data once for every
// evaluation; the heap is reset to just after them each time. A large object read in
// order for the first time is sorted then: the sort must leave it holding nothing the
// next evaluation's allocations overwrite.
describe('a large object read in order by one evaluation', () => {
  const source = `package t
keys := [k | some k, _ in input.users]
# allocates first, over whatever the evaluation before it left, then reads the users
users := [[k, u.id] | some k, u in input.users] if count([sprintf("%d", [x]) | some x in numbers.range(1, 2000)]) > 0
lookups := [input.users[k].id | some k in input.logins] if count([sprintf("%d", [x]) | some x in numbers.range(1, 2000)]) > 0
data_keys := [k | some k, _ in data.t.by_login]
data_users := [[k, u.id] | some k, u in data.t.by_login] if count([sprintf("%d", [x]) | some x in numbers.range(1, 2000)]) > 0
`;
  // JSON in the order a repository lists its users: alice, then p0, p1, ..., p10 before p2
  const logins = ['alice', 'olivia', 'pete', ...Array.from({ length: 30 }, (_, n) => `p${n}`)];
  const users = Object.fromEntries(logins.map((id) => [id, { id, status: 'active' }]));
  const sorted = [...logins].sort(byBytes);

  it('still holds its members for the next entrypoint over the same input', async () => {
    const policy = await load(source, ['t/keys', 't/users', 't/lookups']);
    const [keys, read, lookups] = policy.evaluateEach({ users, logins }, [
      't/keys',
      't/users',
      't/lookups',
    ]);
    expect(keys?.[0]?.result).toEqual(sorted);
    expect(read?.[0]?.result).toEqual(sorted.map((id) => [id, id]));
    expect(lookups?.[0]?.result).toEqual(logins);
  });

  it('still holds its members for the next evaluation over the same data', async () => {
    const policy = await load(source, ['t/data_keys', 't/data_users']);
    policy.setData({ t: { by_login: users } });
    expect(result(policy, {}, 't/data_keys')).toEqual(sorted);
    expect(result(policy, { other: logins }, 't/data_users')).toEqual(sorted.map((id) => [id, id]));
  });
});
