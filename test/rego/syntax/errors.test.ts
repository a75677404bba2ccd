import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../src/rego/syntax/parser.js';

function errors(source: string): string[] {
  const result = parseModule('bad.rego', source);
  for (const e of result.errors) {
    expect(e.code).toBe('rego_parse_error');
    expect(e.file).toBe('bad.rego');
  }
  return result.errors.map((e) => `${e.row}:${e.col}: ${e.message}`);
}

const P = 'package t\n';

describe('parse errors: location and message', () => {
  it.each([
    ['', '1:1: package expected: a module starts with `package <name>`'],
    ['p := 1', '1:1: package expected: a module starts with `package <name>`'],
    [P + 'package u', '2:1: unexpected package keyword: a module has one package declaration'],
    [P + 'p { true }', '2:3: `if` keyword is required before rule body: write `p if { ... }`'],
    [P + 'p = 1 { true }', '2:7: `if` keyword is required before rule body: write `p if { ... }`'],
    [
      P + 'p[x] { x = 1 }',
      '2:1: `contains` keyword is required for partial set rules: write `p contains x if { ... }`',
    ],
    [
      P + 'p["a"]',
      '2:1: `contains` keyword is required for partial set rules: write `p contains "a" if { ... }`',
    ],
    [P + 'if := 1', '2:1: unexpected if keyword: a keyword cannot be used as a rule name'],
    [
      P + 'default not := 1',
      '2:9: unexpected not keyword: a keyword cannot be used as a rule name',
    ],
    [P + 'true := 1', '2:1: unexpected true keyword: a keyword cannot be used as a rule name'],
    [P + 'input := 1', '2:1: input cannot be used for rule name'],
    [P + 'data.x := 1', '2:1: data cannot be used for rule name'],
    [P + 'p if { x := }', '2:13: unexpected } token: expected term'],
    [P + 'p if { := 1 }', '2:8: unexpected assign token: expected term'],
    [P + 'p if { input.admin true }', '2:20: unexpected true keyword: expected \\n or ; or }'],
    [P + 'p if { x == == 1 }', '2:13: unexpected equal token: expected term'],
    [P + 'p if {\n  x :=\n}', '4:1: unexpected } token: expected term'],
    [P + 'p :=', '2:5: unexpected eof token: expected rule value term (e.g., p := <VALUE>)'],
    [
      P + 'p := 1 q := 2',
      '2:8: unexpected identifier token: expected a new line after the statement',
    ],
    [P + 'p if', '2:5: unexpected eof token: expected rule body'],
    [
      P + 'p',
      '2:2: unexpected eof token: expected rule value or body (e.g. `p := <value>` or `p if { ... }`)',
    ],
    [P + 'p if {', '2:7: unexpected eof token: expected term (the { at 2:6 is never closed)'],
    [
      P + 'p if {\n  x := [1, 2]\n\nq := 2',
      '5:7: unexpected eof token: expected \\n or ; or } (the { at 2:6 is never closed)',
    ],
    [
      P + 'x := f(1, [2, 3]',
      '2:17: unexpected eof token: expected , or ) (the ( at 2:7 is never closed)',
    ],
    [P + 'p if { a b }', '2:10: unexpected identifier token: expected \\n or ; or }'],
    [P + 'p if { a; }', '2:11: unexpected } token: expected term'],
    [P + 'p if { x := a [0] }', '2:15: unexpected [ token: expected \\n or ; or }'],
    [P + 'p if { [1, 2 }', '2:14: unexpected } token: expected , or ]'],
    [P + 'p := {1: 2, 3}', '2:14: unexpected } token: expected :'],
    [P + 'p if { (1 + 2 }', '2:15: unexpected } token: non-terminated expression, expected )'],
    [P + 'p if { x.y. }', '2:13: unexpected } token: expected ident after .'],
    [P + 'p if { x. y }', '2:11: unexpected identifier token: expected ident after .'],
    [P + 'p if { 1.x }', '2:8: expected fraction'],
    [P + 'p if { "s"[0] }', '2:8: illegal ref (head cannot be string)'],
    [P + 'p if { [1](0) }', '2:11: unexpected ( token: only a name or a dotted path can be called'],
    [P + 'x := "abc', '2:6: non-terminated string'],
    [P + 'x := "a\\qb"', '2:8: illegal string literal: invalid escape \\q'],
    [P + 'x := "\\u12"', '2:7: illegal string literal: invalid \\u escape'],
    [P + 'x := `abc', '2:6: non-terminated raw string'],
    [P + 'x := 1 @ 2', '2:8: illegal token: unexpected character "@"'],
    [
      P + 'p if { !x }',
      '2:8: illegal token: unexpected character "!": negate with `not`, compare with `!=`',
    ],
    [
      P + "x := 'a'",
      `2:6: illegal token: unexpected character "'": strings use double quotes or backquotes`,
    ],
    [P + 'x := 01', '2:6: expected number without leading zero'],
    [P + 'x := 1.', '2:6: expected fraction'],
    [P + 'x := 1e+', '2:6: expected exponent'],
    [P + 'x := 0a2b', '2:6: illegal number format'],
    [P + 'x := 1e999999', '2:6: number too big'],
    [
      P + 'x := -y',
      '2:7: unexpected identifier token: expected number (a minus sign only negates number literals; write 0 - x)',
    ],
    [P + 'p if { not some x }', "2:12: illegal negation of 'some'"],
    [P + 'p if { not every x in y { x } }', "2:12: illegal negation of 'every'"],
    [P + 'p if { some 1 }', '2:13: unexpected number token: expected var'],
    [P + 'p if { some x in }', '2:18: unexpected } token: expected term'],
    [P + 'p if { some f(x) }', '2:13: expected `x in xs` or `x, y in xs` expression'],
    [P + 'p if { some x, y z }', '2:18: unexpected identifier token: expected \\n or ; or }'],
    [P + 'p if { every x in xs }', '2:22: unexpected } token: missing body of every'],
    [P + 'p if { every 1 in xs { true } }', '2:14: expected value to be a variable'],
    [P + 'p if { every [k], v in xs { true } }', '2:14: expected key to be a variable'],
    [P + 'p if { every x { true } }', '2:14: expected `x[, y] in xs { ... }` expression'],
    [P + 'p if { x with input }', '2:21: unexpected } token: expected as keyword'],
    [P + 'p if { x with 1 as 2 }', '2:15: unexpected number token: expected with target path'],
    [
      P + 'p contains x if { true } else := 1',
      '2:26: else keyword cannot be used on multi-value rules',
    ],
    [
      P + 'p.q[r].s := 1 if { r := 1 } else := 2',
      '2:29: else keyword cannot be used on rules with variables in head',
    ],
    [
      P + 'p := 1 if { true } else',
      '2:24: unexpected eof token: expected else value term or rule body',
    ],
    [P + 'p := 1 if { true } else := 2 { false } { true }', '2:40: expected else keyword'],
    [P + 'default p := x', '2:14: illegal default rule (value cannot contain var)'],
    [P + 'default p := [input.x]', '2:15: illegal default rule (value cannot contain ref)'],
    [P + 'default p', '2:9: expected default rule value term (e.g., default p := <VALUE>)'],
    [P + 'default f(1) := 1', '2:11: illegal default function (arguments must be variables)'],
    [
      P + 'f(x) contains 1',
      '2:6: the contains keyword can only be used with multi-value rule definitions (e.g., f contains <VALUE> { ... })',
    ],
    [
      P + 'import foo.bar',
      '2:8: unexpected import path, must begin with one of: {data, future, input, rego}, got: foo',
    ],
    [
      P + 'import data.x.if',
      '2:8: unexpected import path, must not end with a keyword, got: if; use an alias',
    ],
    [P + 'import rego.v2', '2:8: invalid import, must be `rego.v1`'],
    [
      P + 'import future.keywords.whatever',
      '2:8: unexpected keyword, must be one of [contains every if in], got: whatever',
    ],
    [P + 'import data.x as 1', '2:18: unexpected number token: expected var as import alias'],
    [
      P + '# METADATA\n# title: [unclosed\np := 1',
      '3:1: yaml: unexpected end of the stream within a flow collection in the METADATA block',
    ],
    [
      P + '# METADATA\n# scope: package\np := 1',
      "2:1: annotation scope 'package' must be applied to the package statement, but the next statement is a rule",
    ],
    [
      '# METADATA\n# scope: rule\npackage t',
      "1:1: annotation scope 'rule' must be applied to a rule, but the next statement is the package",
    ],
    [
      P + '# METADATA\n# scope: everywhere\np := 1',
      "2:1: invalid annotation scope 'everywhere': use one of package, subpackages, rule, document",
    ],
    [
      P + '# METADATA\n# - a list\np := 1',
      '2:1: invalid annotation: the METADATA block must be a YAML mapping',
    ],
  ])('%j', (source, want) => {
    expect(errors(source)).toEqual([want]);
  });

  it('counts columns in code points, as OPA counts runes', () => {
    expect(errors(P + 'x := "😀" + @\ny := "😀😀" @')).toEqual([
      '2:12: illegal token: unexpected character "@"',
      '3:11: illegal token: unexpected character "@"',
    ]);
  });

  it('reports one error per broken statement and keeps parsing the rest', () => {
    const source =
      P + 'p if { true }\nq if { x := }\nr if {\n  y := )\n}\ns := 1\nt { true }\nu := 2';
    expect(errors(source)).toEqual([
      '3:13: unexpected } token: expected term',
      '5:8: unexpected ) token: expected term',
      '8:3: `if` keyword is required before rule body: write `t if { ... }`',
    ]);
  });

  it('resumes after the broken rule even when its body is not indented', () => {
    const source = P + 'p if {\nx := := 1\ny := 2\n}\nq := 1 +\nr := 3';
    expect(errors(source)).toEqual([
      '3:6: unexpected assign token: expected term',
      '7:3: unexpected assign token: expected a new line after the statement',
    ]);
  });

  it('returns the module alongside the errors so tools can show what did parse', () => {
    const result = parseModule('bad.rego', P + 'p := 1\nq if { x := }\nr := 2');
    expect(result.module?.rules.map((r) => r.head.ref.terms[0])).toMatchObject([
      { name: 'p' },
      { name: 'r' },
    ]);
  });
});
