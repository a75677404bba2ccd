import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../../src/cli.js';
import { runRegoTestsWithCoverage } from '../../../src/rego/tester.js';

const policy = `package demo

allow if {
	input.user == "alice"
	input.role == "admin"
}

deny if {
	input.user == "mallory"
}

label := "checked" if {
	trace("a policy's own note")
	not input.skip
}
`;

const tests = `package demo_test

import data.demo

test_admin_allowed if demo.allow with input as {"user": "alice", "role": "admin"}

test_bob_refused if not demo.allow with input as {"user": "bob"}

test_label if demo.label == "checked"
`;

const sources = {
  modules: [
    { file: 'demo.rego', source: policy },
    { file: 'demo_test.rego', source: tests },
  ],
  data: {},
};

describe('accessctl test --coverage', () => {
  it('marks the lines of non-test rules that ran, expression by expression', async () => {
    const printed: string[] = [];
    const { results, coverage } = await runRegoTestsWithCoverage(sources, {
      filter: /bob|label/,
      print: (line) => printed.push(line),
    });
    expect(results.map((r) => r.outcome)).toEqual(['pass', 'pass']);
    // bob stops allow at line 4, so line 5 never runs; deny (8-9) is never asked for.
    expect(coverage.files).toEqual({
      'demo.rego': {
        covered: [
          { start: { row: 3 }, end: { row: 4 } },
          { start: { row: 12 }, end: { row: 14 } },
        ],
        not_covered: [
          { start: { row: 5 }, end: { row: 5 } },
          { start: { row: 8 }, end: { row: 9 } },
        ],
        covered_lines: 5,
        not_covered_lines: 3,
        coverage: 62.5,
      },
    });
    expect(coverage.coverage).toBe(62.5);
    // The probes never reach the policy's own output; its trace still does.
    expect(printed).toEqual(['Note "a policy\'s own note"']);
  });

  it('covers line 5 once a test makes allow succeed', async () => {
    const { coverage } = await runRegoTestsWithCoverage(sources, {
      filter: /admin/,
      print: () => {},
    });
    expect(coverage.files['demo.rego']?.covered).toEqual([{ start: { row: 3 }, end: { row: 5 } }]);
  });
});

describe('accessctl test --coverage on the command line', () => {
  it('prints per-file coverage in text, and the report alone in JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accessctl-coverage-'));
    mkdirSync(join(dir, 'policies'));
    writeFileSync(join(dir, 'policies/demo.rego'), policy);
    writeFileSync(join(dir, 'policies/demo_test.rego'), tests);
    const run = async (args: string[]) => {
      let out = '';
      const code = await runCli(['test', ...args], {
        out: (t) => (out += t),
        err: () => {},
        cwd: dir,
      });
      return { code, out };
    };
    const text = await run(['--coverage']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^ {2}policies\/demo\.rego +75\.00% {2}6\/8 {2}not covered: 8-9$/m);
    expect(text.out).toMatch(/^COVERAGE: 75\.00% \(6\/8 lines\)$/m);

    const json = await run(['--coverage', '--format', 'json', '--run', 'admin']);
    const report = JSON.parse(json.out) as { files: Record<string, unknown>; coverage: number };
    expect(Object.keys(report.files)).toEqual(['policies/demo.rego']);
    expect(report.coverage).toBe(37.5);
  });
});
