import { describe, expect, it } from 'vitest';

import { runRegoTests } from '../../../src/rego/tester.js';

const policy = `package demo

allow if input.user == "alice"

conflict := 1 if input.x
conflict := 2 if input.x
`;

const tests = `package demo_test

import data.demo

test_alice_allowed if demo.allow with input as {"user": "alice"}

test_bob_allowed_fails if demo.allow with input as {"user": "bob"}

test_false_fails if false

test_conflict_errors if demo.conflict with input as {"x": true}

helper_not_a_test := true
`;

describe('runRegoTests', () => {
  it('passes true tests, fails undefined or false ones, and reports evaluation errors apart', async () => {
    const results = await runRegoTests({
      modules: [
        { file: 'demo.rego', source: policy },
        { file: 'demo_test.rego', source: tests },
      ],
      data: {},
    });
    expect(results.map((r) => [r.name, r.outcome])).toEqual([
      ['data.demo_test.test_alice_allowed', 'pass'],
      ['data.demo_test.test_bob_allowed_fails', 'fail'],
      ['data.demo_test.test_false_fails', 'fail'],
      ['data.demo_test.test_conflict_errors', 'error'],
    ]);
    expect(results[0]?.loc).toMatchObject({ file: 'demo_test.rego', row: 5, col: 1 });
    expect(results[3]?.message).toMatch(/conflict/);
  });

  it('runs only the tests the filter matches', async () => {
    const results = await runRegoTests(
      {
        modules: [
          { file: 'demo.rego', source: policy },
          { file: 'demo_test.rego', source: tests },
        ],
        data: {},
      },
      { filter: /alice/ },
    );
    expect(results.map((r) => r.name)).toEqual(['data.demo_test.test_alice_allowed']);
  });
});
