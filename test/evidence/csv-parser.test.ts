import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parser.js';

describe('the test CSV reader', () => {
  it('reads quoted commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n,,\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['', '', ''],
    ]);
  });

  it.each([
    ['a"b\r\n', 'quote inside an unquoted field'],
    ['"a"b\r\n', 'character after a closing quote'],
    ['a\nb\r\n', 'bare LF'],
    ['"a\r\n', 'unterminated'],
    ['a,b', 'lacks CRLF'],
  ])('refuses %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});
