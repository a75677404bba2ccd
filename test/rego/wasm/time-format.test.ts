// time.format of a bare instant is written by the module itself; every other operand goes to
// the host. Both must give what OPA gives: RFC 3339 in UTC, the fraction's trailing zeros
// cut, for the whole int64 range of nanoseconds.
import { describe, expect, it } from 'vitest';

import { compileToPlan } from '../../../src/rego/compiler.js';
import { loadWasm } from '../../../src/rego/runtime/index.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;
const NS = 1_000_000_000n;

/** What Go's time.Unix(0, ns).UTC().Format(time.RFC3339Nano) writes, worked out apart. */
function expected(ns: bigint): string {
  let secs = ns / NS;
  let frac = ns % NS;
  if (frac < 0n) {
    secs -= 1n;
    frac += NS;
  }
  const whole = new Date(Number(secs) * 1000).toISOString().slice(0, 19);
  const digits = frac.toString().padStart(9, '0').replace(/0+$/, '');
  return `${whole}${digits === '' ? '' : `.${digits}`}Z`;
}

/** Instants over the whole range, the edges and the common shapes (whole days, seconds). */
function instants(): bigint[] {
  const picked = [MIN, MIN + 1n, MAX, MAX - 1n, 0n, 1n, -1n, NS, -NS, -NS + 1n, 10n, 100_000n];
  picked.push(1767323045500000000n, 1764201600000000000n, -86_400n * NS, 951_782_400n * NS);
  let state = 20261207n;
  const next = () => (state = (state * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n);
  for (let i = 0; i < 600; i++) {
    picked.push(next() - 2n ** 63n); // anywhere in int64
    picked.push((next() % 4_000_000_000n) * NS); // a whole second, 1970 to 2096
    picked.push(((next() % 60_000n) - 20_000n) * 86_400n * NS); // midnight, 1915 to 2134
  }
  return picked;
}

async function formatted(operands: string[]): Promise<unknown> {
  const source = `package t\n\nout := [time.format(x) | some x in [${operands.join(', ')}]]\n`;
  const plan = compileToPlan([{ file: 't.rego', source }], { entrypoints: ['t/out'] });
  if (!plan.ok) throw new Error(plan.errors.map((e) => e.message).join('\n'));
  // the project's own loader, whose host reads an operand's integers exactly
  const policy = await loadWasm(emitWasm(plan.policy), { now: new Date('2026-12-07T00:00:00Z') });
  const [result] = JSON.parse(policy.evaluateText('{}', 't/out')) as { result: unknown }[];
  return result?.result;
}

describe('time.format in the module', () => {
  it('writes every int64 instant as OPA does', async () => {
    const all = instants();
    expect(await formatted(all.map(String))).toEqual(all.map(expected));
  });

  it('gives the same text as the host for the same instant with its zone named', async () => {
    const all = instants().slice(0, 200);
    const bare = await formatted(all.map(String));
    const zoned = await formatted(all.map((ns) => `[${ns}, "UTC"]`));
    expect(zoned).toEqual(bare);
  });

  it('leaves zones, layouts and numbers that are not int64 to the host', async () => {
    expect(
      await formatted([
        '[0, "Europe/Paris"]',
        '[1767323045500000000, "UTC", "2006-01-02"]',
        '1.5e9',
        String(MAX + 1n),
      ]),
    ).toEqual(['1970-01-01T01:00:00+01:00', '2026-01-02', '1970-01-01T00:00:01.5Z']);
  });
});
