// What a host builtin gives is parsed into the module's values like the input, but a small
// result is parsed without interning its strings (which cost more than it saved on each of
// 53,506 calls of time.format). Interning only ever saves time: the values must behave the
// same either way, in lookups by the policy's own constants, comparisons and set members.
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
  return JSON.parse(evaluator.evaluateText(input, 't')) as [{ result: Record<string, unknown> }];
}

/** A host builtin's result of about `bytes` of JSON: an object whose keys the policy names. */
function hostObject(bytes: number): string {
  const filler = 'x'.repeat(Math.max(0, bytes - 60));
  return `json.unmarshal(base64.decode("${Buffer.from(JSON.stringify({ catalogId: 'db-1', role: 'admin', filler })).toString('base64')}"))`;
}

describe('host builtin results, small and large', () => {
  it.each([
    ['small (no interning)', 100],
    ['large (interned)', 10_000],
  ])('%s: looked up by constant keys, compared and found in sets', async (_name, bytes) => {
    const [{ result }] = await evaluate(
      `o := ${hostObject(bytes)}
role := o.role
keys := {k | some k, _ in o}
is_admin if o.role == "admin"
in_set if o.catalogId in {"db-1", "db-2"}
same_object if object.remove(o, ["filler"]) == {"catalogId": "db-1", "role": "admin"}
d := time.format(0)
epoch if d == "1970-01-01T00:00:00Z"
day := substring(time.format(input.ns), 0, 10)
by_day := {day: 1}
found := by_day["2023-11-14"]`,
      '{"ns": 1700000000123456789}',
    );
    expect(result).toMatchObject({
      role: 'admin',
      keys: ['catalogId', 'filler', 'role'],
      is_admin: true,
      in_set: true,
      same_object: true,
      epoch: true,
      day: '2023-11-14',
      found: 1,
    });
  });
});
