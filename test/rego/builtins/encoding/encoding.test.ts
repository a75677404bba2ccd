import { describe, expect, it } from 'vitest';

import { call } from '../call.js';

describe('encoding builtins', () => {
  it('round-trips base64 and base64url, rejecting bad input', () => {
    expect(call('base64.encode', 'hello')).toBe('aGVsbG8=');
    expect(call('base64.decode', 'aGVsbG8=')).toBe('hello');
    expect(call('base64.is_valid', 'aGVsbG8')).toBe(false);
    expect(() => call('base64.decode', 'a$==')).toThrow(/base64.decode: illegal base64 data/);
    expect(call('base64url.encode', '\u00ff\u00fe')).toBe('w7_Dvg==');
    expect(call('base64url.encode_no_pad', '\u00ff\u00fe')).toBe('w7_Dvg');
    expect(call('base64url.decode', 'w7_Dvg')).toBe('\u00ff\u00fe');
  });

  it('encodes hex and reports bad digits as Go does', () => {
    expect(call('hex.encode', 'hi')).toBe('6869');
    expect(call('hex.decode', '6869')).toBe('hi');
    expect(() => call('hex.decode', '6g')).toThrow("encoding/hex: invalid byte: U+0067 'g'");
  });

  it('escapes URL queries as Go does', () => {
    expect(call('urlquery.encode', 'a b&c=d/é')).toBe('a+b%26c%3Dd%2F%C3%A9');
    expect(call('urlquery.decode', 'a+b%26')).toBe('a b&');
    expect(call('urlquery.encode_object', { a: ['b+1', 'c+2'], z: 'y' })).toBe(
      'a=b%2B1&a=c%2B2&z=y',
    );
    expect(call('urlquery.decode_object', 'a=1&b&a=2')).toEqual({ a: ['1', '2'], b: [''] });
    expect(() => call('urlquery.decode', '%zz')).toThrow('invalid URL escape "%zz"');
  });

  it('marshals JSON with sorted keys and Go escapes', () => {
    expect(call('json.marshal', { b: 1, a: ['<x>'] })).toBe('{"a":["\\u003cx\\u003e"],"b":1}');
    expect(call('json.marshal_with_options', { a: 1 }, { pretty: true, indent: '  ' })).toBe(
      '{\n  "a": 1\n}',
    );
    expect(call('json.unmarshal', '{"a":[1]}')).toEqual({ a: [1] });
    expect(call('json.is_valid', '{')).toBe(false);
    expect(() => call('json.unmarshal', '{')).toThrow(/json.unmarshal:/);
  });

  it('reads and writes YAML', () => {
    expect(call('yaml.unmarshal', 'a: [1, 2]\nb: x\n')).toEqual({ a: [1, 2], b: 'x' });
    expect(
      call('yaml.unmarshal', call('yaml.marshal', { b: [1, { c: null }], a: 'x' }) as string),
    ).toEqual({
      a: 'x',
      b: [1, { c: null }],
    });
    expect(call('yaml.is_valid', 'a: [')).toBe(false);
  });
});

// A YAML stream is valid only when each of its documents is.
describe('yaml.is_valid over several documents', () => {
  it('checks every document of the stream', () => {
    expect(call('yaml.is_valid', 'x: 1\n---\ny: [2]\n')).toBe(true);
    expect(call('yaml.is_valid', 'x: 1\n---\ny: [2\n')).toBe(false);
    expect(call('yaml.is_valid', 'x: 1\n---\n\ty: 2\n')).toBe(false);
  });
});
