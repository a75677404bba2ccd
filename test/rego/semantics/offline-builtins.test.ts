import { describe, expect, it } from 'vitest';

import { compileErrors, evalRule } from './helpers.js';

describe('builtins that reach the network', () => {
  const policy = `package t
owner := http.send({"method": "GET", "url": "https://example.test/owner"}).body.login
addrs := net.lookup_ip_addr("example.test")
mocked := x if x := owner with http.send as {"status_code": 200, "body": {"login": "alice"}}
mocked_fn := x if x := owner with http.send as fake
fake(request) := {"body": {"login": request.url}}
resolved := x if x := addrs with net.lookup_ip_addr as {"192.0.2.1"}
`;

  it('can be replaced with `with`, by a value or a function', async () => {
    expect(await evalRule(policy, 'mocked')).toBe('alice');
    expect(await evalRule(policy, 'mocked_fn')).toBe('https://example.test/owner');
    expect(await evalRule(policy, 'resolved')).toEqual(['192.0.2.1']);
  });

  it('fail otherwise, even without strict builtin errors: policies judge offline', async () => {
    await expect(evalRule(policy, 'owner')).rejects.toThrow(
      /http\.send: not available: policies judge offline/,
    );
    await expect(evalRule(policy, 'addrs', {}, { strict: true })).rejects.toThrow(
      /net\.lookup_ip_addr: not available: policies judge offline/,
    );
  });
});

describe('OPA builtins accessctl does not implement', () => {
  it('are a located compile error that says so, not an undefined function', () => {
    expect(compileErrors('package t\np := providers.aws.sign_req({}, {}, 0)')).toEqual([
      expect.stringMatching(
        /^2:6: rego_type_error: unsupported builtin providers\.aws\.sign_req: accessctl does not implement it \(it signs requests for the network, and policies judge offline\); compute the value outside/,
      ),
    ]);
    expect(compileErrors('package t\np := grapql.parse_query("{ a }")')).toEqual([
      '2:6: rego_type_error: undefined function grapql.parse_query',
    ]);
  });
});
