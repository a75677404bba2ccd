import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { collectSources } from '../src/rego/bundle/index.js';
import { runRegoTests } from '../src/rego/tester.js';

// The built-in policy library's own Rego unit tests, compiled and run by accessctl.
describe('policies/', () => {
  it('passes every test_* rule of the built-in library', async () => {
    const sources = await collectSources([join(import.meta.dirname, '../policies')], {
      includeTests: true,
    });
    const results = await runRegoTests(sources);
    expect(results.length).toBeGreaterThanOrEqual(40);
    const broken = results.filter((r) => r.outcome !== 'pass');
    expect(broken.map((r) => `${r.name}: ${r.outcome} ${r.message ?? ''}`)).toEqual([]);
  });
});
