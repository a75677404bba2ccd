import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

// A compiled policy runs in no OPA process: opa.runtime() is the empty object OPA
// returns when embedded without runtime information, so no environment leaks in.
describe('opa.runtime', () => {
  it('is an empty object with no environment', async () => {
    const src = `package t
p := [opa.runtime(), object.get(opa.runtime(), "env", "none")]`;
    expect(await evalRule(src, 'p')).toEqual([{}, 'none']);
  });

  it('can stand in for another arity-0 builtin under with', async () => {
    const src = `package t
p := x if x := time.now_ns() with time.now_ns as opa.runtime`;
    expect(await evalRule(src, 'p')).toEqual({});
  });
});
