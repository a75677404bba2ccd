import { describe, expect, it } from 'vitest';
import { compile, errorsOf } from '../compile/helpers.js';
import { evalRule } from './helpers.js';

describe('generated local names', () => {
  it('never reuse a name the author wrote', () => {
    const state = compile(
      'package t\np := __local0__ if { __local0__ := 1 + count([__local1__ | __local1__ := 2]) }',
    );
    expect(state.errors).toEqual([]);
    const authored = new Set(['__local0__', '__local1__']);
    for (const name of state.generatedNames) expect(authored.has(name)).toBe(false);
  });

  it('keep a user var spelt like a generated one apart from the temporaries', async () => {
    const src = `package t
p := [__local0__, __local1__] if {
  __local2__ = 10 * 100
  __local3__ = __local2__ + 1
  [__local0__, __local1__] = [__local3__, __local2__]
}`;
    expect(await evalRule(src, 'p')).toEqual([1001, 1000]);
  });

  it('still report an unsafe user var spelt like a generated one', () => {
    expect(errorsOf('package t\np if { __local9__ > 1 }')).toEqual([
      'a.rego:2:8: rego_unsafe_var_error: var __local9__ is unsafe',
    ]);
  });
});
