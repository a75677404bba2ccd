import { describe, expect, it } from 'vitest';

import { teamDescendants } from '../../src/policy/input.js';

/** A child team inherits its parent's access on GitHub: its members benefit from the parent's grants. */
describe('teamDescendants', () => {
  it('lists every team below each team, and stops at a cycle', () => {
    const teams = [
      { id: 'engineering' },
      { id: 'platform', parent: 'engineering' },
      { id: 'oncall', parent: 'platform' },
      { id: 'sre', parent: 'platform' },
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ];
    const below = teamDescendants({ teams } as unknown as Parameters<typeof teamDescendants>[0]);
    expect(Object.fromEntries(below)).toEqual({
      engineering: ['oncall', 'platform', 'sre'],
      platform: ['oncall', 'sre'],
      oncall: [],
      sre: [],
      a: ['b'],
      b: ['a'],
    });
  });
});
