import { describe, expect, it } from 'vitest';

import { evalRule } from '../../semantics/helpers.js';
import { call, callLenient } from '../call.js';

// What OPA answers (Go's net/url.Parse): the parts it reports, or null where Go rejects
// the text; then uri.is_valid.
const cases: [string, Record<string, string> | null, boolean][] = [
  ['http://h', { scheme: 'http', hostname: 'h' }, true],
  ['HTTP://H', { scheme: 'http', hostname: 'H' }, true],
  ['a+b-c.d://h', { scheme: 'a+b-c.d', hostname: 'h' }, true],
  ['1abc://h', null, false],
  ['://h', null, false],
  ['foo:bar', { scheme: 'foo' }, true],
  ['mailto:a@b.com', { scheme: 'mailto' }, true],
  ['urn:isbn:0451450523', { scheme: 'urn' }, true],
  ['http://h:8080', { scheme: 'http', hostname: 'h', port: '8080' }, true],
  ['http://h:', { scheme: 'http', hostname: 'h' }, true],
  ['http://h:abc', null, false],
  ['http://:8080', { scheme: 'http', port: '8080' }, true],
  ['http://h:80:90', { scheme: 'http', hostname: 'h:80', port: '90' }, true],
  [
    'http://u:p@h:1/x',
    { scheme: 'http', hostname: 'h', port: '1', path: '/x', raw_path: '/x' },
    true,
  ],
  ['http://us er@h', null, false],
  ['http://', { scheme: 'http' }, true],
  ['http:///p', { scheme: 'http', path: '/p', raw_path: '/p' }, true],
  ['//h/p', { hostname: 'h', path: '/p', raw_path: '/p' }, true],
  ['http://[::1]:80', { scheme: 'http', hostname: '::1', port: '80' }, true],
  ['http://[fe80::1%25en0]', { scheme: 'http', hostname: 'fe80::1%en0' }, true],
  ['http://[fe80::1%25]', null, false],
  ['http://[%FF::1]/', null, false],
  ['http://[::1', null, false],
  ['http://[::1]:bad', null, false],
  ['http://h/a%20b', { scheme: 'http', hostname: 'h', path: '/a b', raw_path: '/a b' }, true],
  ['http://h/a b', { scheme: 'http', hostname: 'h', path: '/a b', raw_path: '/a b' }, true],
  ['http://h/%2e%2e', { scheme: 'http', hostname: 'h', path: '/..', raw_path: '/%2e%2e' }, true],
  ['http://h/%2Fx', { scheme: 'http', hostname: 'h', path: '//x', raw_path: '/%2Fx' }, true],
  ['http://h/caf%C3%A9', { scheme: 'http', hostname: 'h', path: '/café', raw_path: '/café' }, true],
  ['http://h/bad%2', null, false],
  ['http://h/bad%zz', null, false],
  ['http://h/%41', { scheme: 'http', hostname: 'h', path: '/A', raw_path: '/%41' }, true],
  ['http://h%41/', null, false],
  ['rel/path', { path: 'rel/path', raw_path: 'rel/path' }, true],
  ['../a', { path: '../a', raw_path: '../a' }, true],
  ['cache_object:foo/bar', null, false],
  ['ht tp://h', null, false],
  ['h ttp', { path: 'h ttp', raw_path: 'h ttp' }, true],
  ['http://h?', { scheme: 'http', hostname: 'h' }, true],
  [
    'http://h/p?a=1&b=2#f?q',
    {
      scheme: 'http',
      hostname: 'h',
      path: '/p',
      raw_path: '/p',
      raw_query: 'a=1&b=2',
      fragment: 'f?q',
    },
    true,
  ],
  ['opaque:x?q#%2e', { scheme: 'opaque', raw_query: 'q', fragment: '.' }, true],
  ['#bad%zz', null, false],
  ['file:/etc/hosts', { scheme: 'file', path: '/etc/hosts', raw_path: '/etc/hosts' }, true],
  ['*', { path: '*', raw_path: '*' }, true],
  ['http://h/\u0001', null, false],
  ['', {}, false],
];

describe('uri.parse and uri.is_valid', () => {
  it.each(cases)('%j', (text, parts, valid) => {
    if (parts === null) expect(callLenient('uri.parse', text)).toBeUndefined();
    else expect(call('uri.parse', text)).toEqual(parts);
    expect(call('uri.is_valid', text)).toBe(valid);
  });

  it("fails with Go's message, naming the text", () => {
    expect(() => call('uri.parse', 'cache_object:foo/bar')).toThrow(
      'uri.parse: parse "cache_object:foo/bar": first path segment in URL cannot contain colon',
    );
    expect(() => call('uri.parse', '://h')).toThrow(
      'uri.parse: parse "://h": missing protocol scheme',
    );
    expect(() => call('uri.parse', 'http://h/bad%zz')).toThrow('invalid URL escape "%zz"');
    expect(() => call('uri.parse', 'http://h:abc')).toThrow('invalid port ":abc" after host');
    expect(() => call('uri.parse', 1)).toThrow(/uri.parse: operand 1 must be string/);
  });

  it('is false, never an error, for what is not a string', () => {
    expect(call('uri.is_valid', 42)).toBe(false);
    expect(call('uri.is_valid', null)).toBe(false);
  });

  it('runs in a compiled policy', async () => {
    const policy = `package t
host := uri.parse(input.url).hostname
ok if uri.is_valid(input.url)
`;
    expect(await evalRule(policy, 'host', { url: 'https://example.test:8443/a' })).toBe(
      'example.test',
    );
    expect(await evalRule(policy, 'ok', { url: 'https://example.test' })).toBe(true);
    expect(await evalRule(policy, 'ok', { url: 'https://exa mple.test' })).toBeUndefined();
    await expect(
      evalRule(policy, 'host', { url: 'cache_object:foo/bar' }, { strict: true }),
    ).rejects.toThrow(/first path segment in URL cannot contain colon/);
  });
});
