// Template strings (`$"..."`, OPA 1.x): text with `{expr}` holes. A string value goes in
// as it is, any other value as OPA prints it, an undefined expression as `<undefined>`;
// an expression with several values is an error; `\{` and `\}` are literal braces.
import { describe, expect, it } from 'vitest';

import { scan } from '../../../src/rego/syntax/lexer.js';
import { compileErrors, evalRule } from './helpers.js';

const run = (body: string, input: unknown = {}) => evalRule(`package t\n${body}`, 'p', input);

describe('template strings', () => {
  it('insert strings as they are and other values as OPA prints them', async () => {
    expect(await run('p := $"hello {input.name}!"', { name: 'alice' })).toBe('hello alice!');
    expect(await run('p := $"{1 + 2} {4.20} {true} {null} {-7}"')).toBe('3 4.20 true null -7');
    expect(await run('p := $"{[1, "a"]} {set()} {{"b", 2}} {{"k": {"x"}}} {[]} {{}}"')).toBe(
      '[1, "a"] set() {2, "b"} {"k": {"x"}} [] {}',
    );
    expect(await run('p := $"{"quoted"} {input.big}"', { big: 123 })).toBe('quoted 123');
  });

  it('print <undefined> for an expression with no value, and stay defined', async () => {
    expect(await run('p := $"user {input.missing} here"')).toBe('user <undefined> here');
    expect(await run('p := $"{data.nothing.here}"')).toBe('<undefined>');
  });

  it('refuse an expression with several values, strict or not', async () => {
    await expect(run('p := $"{input.xs[_]}"', { xs: [1, 2] })).rejects.toThrow(
      /template-strings must not produce multiple outputs/,
    );
    // One distinct value is one value.
    expect(await run('p := $"{input.xs[_]}"', { xs: [3, 3] })).toBe('3');
  });

  it('take variables of the enclosing body, and iterate with it', async () => {
    const policy = `package t
p contains $"{i}: {name}" if some i, name in input.names
q := $"{x} and {f(x)}" if x := 2
f(y) := y * 10
`;
    expect(await evalRule(policy, 'p', { names: ['a', 'b'] })).toEqual(['0: a', '1: b']);
    expect(await evalRule(policy, 'q')).toBe('2 and 20');
  });

  it('read \\{ and \\} as braces, and escapes as in strings', async () => {
    expect(await run('p := $"\\{x\\} {1}\\t\\"q\\""')).toBe('{x} 1\t"q"');
    expect(await run('p := $"a}b"')).toBe('a}b');
    expect(await run('p := $""')).toBe('');
  });

  it('may be raw, spanning lines, with backslashes as written', async () => {
    expect(await run('p := $`a\\n{1}\n\\{b}`')).toBe('a\\n1\n{b}');
  });

  it('nest, and take braces, strings and template strings inside expressions', async () => {
    expect(await run('p := $"{ {"a": "}"}["a"] } {$"in{2}"} {count({1, 2})}"')).toBe('} in2 2');
  });

  it('take `with` in an expression, as OPA reads a literal there', async () => {
    const policy = `package t
name := input.name
p := $"{name with input as {"name": "bob"}} and {name}"
`;
    expect(await evalRule(policy, 'p', { name: 'alice' })).toBe('bob and alice');
  });

  it('can be compared, keyed on and passed like any string', async () => {
    const policy = `package t
allow if $"hello {input.name}" == "hello alice"
p[$"k {input.k}"] := input.v
`;
    expect(await evalRule(policy, 'allow', { name: 'alice' })).toBe(true);
    expect(await evalRule(policy, 'allow', { name: 'bob' })).toBeUndefined();
    expect(await evalRule(policy, 'p', { k: 'id', v: 7 })).toEqual({ 'k id': 7 });
  });

  it('keep the position of each token, across raw lines', () => {
    const { tokens, errors } = scan('f.rego', 'x := $`a\n{y}` + z');
    expect(errors).toEqual([]);
    expect(tokens.map((t) => [t.kind, t.text, t.row, t.col])).toEqual([
      ['ident', 'x', 1, 1],
      [':=', ':=', 1, 3],
      ['template_begin', 'a\n', 1, 6],
      ['ident', 'y', 2, 2],
      ['template_end', '', 2, 3],
      ['+', '+', 2, 6],
      ['ident', 'z', 2, 8],
      ['eof', '', 2, 9],
    ]);
  });

  it('report malformed ones where they are, with what to write instead', () => {
    expect(compileErrors('package t\np := $"a {1"')).toEqual([
      '2:12: rego_parse_error: non-terminated string (inside a template-string expression: is its } missing?)',
    ]);
    expect(compileErrors('package t\np := $"a {}"')).toEqual([
      '2:11: rego_parse_error: empty template-string expression: put an expression between { and }, or write \\{ for a brace',
    ]);
    expect(compileErrors('package t\np := $"a {not x}"')).toEqual([
      "2:11: rego_parse_error: unexpected negation ('not') in template-string expression",
    ]);
    expect(compileErrors('package t\np := $"a {x y}"')[0]).toMatch(
      /^2:13: rego_parse_error: unexpected identifier token: expected } to end the template-string expression/,
    );
    expect(compileErrors('package t\np := $ "a"')[0]).toBe(
      '2:6: rego_parse_error: illegal $ character: a template string starts with $" or $`',
    );
    expect(compileErrors('package t\np := $"a \\q"')[0]).toMatch(
      /^2:6: rego_parse_error: illegal template string: invalid escape \\q \(write \\\{ for a literal brace\)/,
    );
    expect(compileErrors('package t\np := $"{input.x}\n"')[0]).toMatch(
      /rego_parse_error: non-terminated template string/,
    );
  });

  it('leave vars unbound in the body unsafe, as comprehensions do', () => {
    expect(compileErrors('package t\np := $"{x}"')[0]).toMatch(
      /rego_unsafe_var_error: var x is unsafe/,
    );
  });
});
