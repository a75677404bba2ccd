import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../../src/cli.js';

// `accessctl test --format json` in the shape `opa test --format json` writes (OPA's
// tester.Result field names), and --format tap.

const POLICY = `package demo

allow if input.user == "alice"

conflict := 1 if input.twice
conflict := 2 if input.twice
`;

const TESTS = `package demo_test

import data.demo

test_alice if demo.allow with input as {"user": "alice"}

test_bob if demo.allow with input as {"user": "bob"}

test_conflict if demo.conflict with input as {"twice": true}
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-test-formats-'));
  writeFileSync(join(dir, 'demo.rego'), POLICY);
  writeFileSync(join(dir, 'demo_test.rego'), TESTS);
  return dir;
}

async function test(cwd: string, ...args: string[]) {
  let out = '';
  const code = await runCli(['test', '.', ...args], {
    out: (t) => void (out += t),
    err: () => undefined,
    cwd,
  });
  return { code, out };
}

describe('accessctl test --format json', () => {
  it("uses opa test's field names: location, package, name, duration (ns), fail, error", async () => {
    const { code, out } = await test(folder(), '--format', 'json');
    expect(code).toBe(1);
    const results = JSON.parse(out) as Record<string, unknown>[];
    expect(results).toEqual([
      {
        location: { file: 'demo_test.rego', row: 5, col: 1 },
        package: 'data.demo_test',
        name: 'test_alice',
        duration: expect.any(Number),
      },
      {
        location: { file: 'demo_test.rego', row: 7, col: 1 },
        package: 'data.demo_test',
        name: 'test_bob',
        duration: expect.any(Number),
        fail: true,
      },
      {
        error: expect.objectContaining({
          code: 'eval_conflict_error',
          message: expect.stringContaining('complete rules must not produce multiple outputs'),
        }),
        location: { file: 'demo_test.rego', row: 9, col: 1 },
        package: 'data.demo_test',
        name: 'test_conflict',
        duration: expect.any(Number),
      },
    ]);
    for (const r of results) expect(Number.isInteger(r.duration)).toBe(true);
  });
});

describe('accessctl test --format tap', () => {
  it('is one TAP point per test', async () => {
    const { out } = await test(folder(), '--format', 'tap');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('1..3');
    expect(lines[1]).toBe('ok 1 - data.demo_test.test_alice demo_test.rego:5:1');
    expect(lines[2]).toBe('not ok 2 - data.demo_test.test_bob demo_test.rego:7:1');
    expect(lines[3]).toMatch(
      /^not ok 3 - data\.demo_test\.test_conflict demo_test\.rego:9:1 \(error: /,
    );
  });
});
