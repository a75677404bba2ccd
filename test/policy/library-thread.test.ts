import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { loadAccessRepository } from '../../src/model/index.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { ENTRYPOINTS, loadPolicySet } from '../../src/policy/library.js';

const root = join(import.meta.dirname, '..', '..');
const now = new Date('2026-12-01T00:00:00Z');

describe('the built-in library in a thread of its own', () => {
  it('answers as in this thread, with no deadline even when one is asked for', async () => {
    const model = await loadAccessRepository(join(root, 'access'));
    // the example's grants many times over, under ids of their own: a few megabytes to judge
    const input = buildPolicyInput(model, { now }) as { grants: { id: string }[] };
    input.grants = Array.from({ length: 200 }, (_, k) =>
      input.grants.map((g) => ({ ...g, id: `${g.id}-${k}` })),
    ).flat();
    const json = JSON.stringify(input);
    const here = await loadPolicySet({ now });
    // a deadline of 1 ms would stop any evaluation: the library's own code has none there
    const own = await loadPolicySet({ now, ownThread: true, timeoutMs: 1 });
    try {
      const expected = here.evaluator.evaluateEachJson(json, ENTRYPOINTS);
      expect(expected[0]?.[0]?.result).toBeDefined();
      expect(await own.evaluator.queueEachJson(json, ENTRYPOINTS)).toEqual(expected);
      expect(own.evaluator.evaluateEachJson(json, ENTRYPOINTS)).toEqual(expected);
    } finally {
      await own.evaluator.close?.();
    }
  });
});
