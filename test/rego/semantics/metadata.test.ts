import { describe, expect, it } from 'vitest';

import { compileErrors, evalRule } from './helpers.js';

const policy = `# METADATA
# title: Access rules
# custom:
#   team: security
package t

# METADATA
# title: Admins need a ticket
# description: A grant of admin names its ticket.
# custom:
#   severity: high
deny contains msg if {
\tsome g in input.grants
\tg.role == "admin"
\tmeta := rego.metadata.rule()
\tmsg := sprintf("%s (%s)", [meta.title, meta.custom.severity])
}

plain := rego.metadata.rule()

chain := rego.metadata.chain()
`;

describe('rego.metadata', () => {
  it('rule() is the annotations of the rule it is called in', async () => {
    expect(await evalRule(policy, 'deny', { grants: [{ role: 'admin' }] })).toEqual([
      'Admins need a ticket (high)',
    ]);
    expect(await evalRule(policy, 'plain')).toEqual({});
  });

  it('chain() runs from the rule up to its package', async () => {
    expect(await evalRule(policy, 'chain')).toEqual([
      { path: ['data', 't', 'chain'] },
      {
        path: ['data', 't'],
        annotations: { scope: 'package', title: 'Access rules', custom: { team: 'security' } },
      },
    ]);
  });

  it('takes no arguments', () => {
    expect(compileErrors('package t\np := rego.metadata.rule(1)')).toEqual([
      '2:6: rego_type_error: rego.metadata.rule: arity mismatch: takes no arguments',
    ]);
  });
});
