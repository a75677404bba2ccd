// Plans the module set of every OPA conformance case whose query is a single ref (the form
// `opa build -e` takes). Each must plan, or come back as located errors, never a crash;
// a case that expects a compile-time error (`rego_*` code) must produce that code.
import { describe, expect, it } from 'vitest';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { printPlan } from '../../../src/rego/plan/print.js';
import { loadCases } from './conformance-cases.js';

const cases = loadCases();
const plannable = cases.filter((c) => c.entrypoint);

describe('conformance module sets', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it('plans every module set without a crash', () => {
    const failures: string[] = [];
    let planned = 0;
    for (const c of plannable) {
      const sources = c.modules.map((source, i) => ({ file: `test-${i}.rego`, source }));
      const result = compileToPlan(sources, { entrypoints: [c.entrypoint as string] });
      const compileCode = c.wantErrorCode?.startsWith('rego_') ? c.wantErrorCode : undefined;
      if (compileCode) {
        if (result.ok || !result.errors.some((e) => e.code === compileCode)) {
          failures.push(`${c.file} ${c.note}: expected ${compileCode}`);
        }
        continue;
      }
      if (!result.ok) {
        for (const e of result.errors)
          expect(e.row, `${c.note}: error without a location`).toBeGreaterThan(0);
        failures.push(`${c.file} ${c.note}: ${result.errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      expect(() => JSON.parse(printPlan(result.policy))).not.toThrow();
      planned++;
    }
    expect(failures).toEqual([]);
    expect(planned).toBe(plannable.length);
    console.log(`planned ${planned} of ${plannable.length} single-ref conformance queries`);
  });
});
