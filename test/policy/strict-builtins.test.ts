import { describe, expect, it } from 'vitest';

import { loadPolicySet } from '../../src/policy/library.js';

/**
 * Every caller that judges access (check, the pull-request check, provisioning, evidence)
 * loads its policies here: a builtin that fails must stop the evaluation, never leave a
 * deny rule undefined and so pass the grant.
 */

const FAILING = {
  modules: [
    {
      file: 'policies/pattern.rego',
      // regex.match runs on the host: an invalid pattern is a builtin error
      source:
        'package access\n\ndeny contains "matched" if {\n\tsome g in input.grants\n\tregex.match(g.reason, "x")\n}\n',
    },
  ],
  data: {},
};

const INPUT = { grants: [{ id: 'g', reason: '[unclosed' }] };

describe('loadPolicySet', () => {
  it('stops on a failing builtin by default', async () => {
    const policies = await loadPolicySet({ userSources: FAILING, now: new Date() });
    expect(() => policies.evaluator.evaluate(INPUT, 'access/deny')).toThrow(/regex\.match/);
  });

  it('treats it as undefined only when asked to', async () => {
    const policies = await loadPolicySet({
      userSources: FAILING,
      now: new Date(),
      strictBuiltinErrors: false,
    });
    const [result] = policies.evaluator.evaluate(INPUT, 'access/deny');
    expect(result?.result).not.toContain('matched');
  });
});
