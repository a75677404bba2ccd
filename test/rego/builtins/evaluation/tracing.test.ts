import { describe, expect, it } from 'vitest';

import { hostSession } from '../../../../src/rego/builtins/index.js';

describe('print and trace', () => {
  it('prints each argument set, <undefined> for an empty one, to the chosen sink', () => {
    const lines: string[] = [];
    const session = hostSession({ print: (line) => lines.push(line) });
    session.builtins['internal.print']?.([['hello'], [], [1, 2], [{ a: [true] }]]);
    session.builtins.trace?.('checked grants');
    expect(lines).toEqual(['hello <undefined> {1, 2} {"a": [true]}', 'Note "checked grants"']);
  });

  it('reads the clock afresh for each evaluation', () => {
    const session = hostSession();
    const now = session.builtins['time.now_ns'];
    const first = now?.();
    expect(now?.()).toBe(first);
    session.beginEvaluation();
    expect(now?.()).toBeGreaterThanOrEqual(first as number);
  });
});
