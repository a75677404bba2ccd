import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runConformance, summarise } from '../../../src/rego/conformance/index.js';

// OPA's cases live beside the repository (CI puts them in the same place).
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const casesDir = resolve(repositoryRoot, '..', 'shared', 'opa-conformance');

// Measured on the whole pipeline; raise it as the toolchain passes more cases.
const PASS_FLOOR = 439;

describe('OPA conformance cases', () => {
  if (!existsSync(casesDir)) {
    it.skip(`needs OPA's cases at ${casesDir}`, () => undefined);
    console.log(`skipping OPA conformance: no cases at ${casesDir}`);
    return;
  }

  it(`passes at least ${PASS_FLOOR} cases`, { timeout: 900_000 }, async () => {
    const outcomes = (await runConformance(casesDir)) ?? [];
    const passed = outcomes.filter((o) => o.status === 'passed').length;
    if (passed < PASS_FLOOR) console.log(summarise(outcomes, true));
    expect(passed).toBeGreaterThanOrEqual(PASS_FLOOR);
  });
});
