import { describe, expect, it } from 'vitest';
import { parseOk, render, renderRule, stripLocs } from './helpers.js';

function rules(source: string): string[] {
  return parseOk(`package test\n\n${source}`).rules.map(renderRule);
}

describe('package and imports', () => {
  it('roots the package path at data', () => {
    const m = parseOk('package a.b["c-d"]');
    expect(render(m.package.path)).toBe('data.a.b["c-d"]');
    expect(m.package.loc).toMatchObject({ file: 'test.rego', row: 1, col: 1 });
  });

  it('ignores a leading byte-order mark', () => {
    const m = parseOk('\ufeffpackage a\np := 1');
    expect(m.package.loc).toMatchObject({ row: 1, col: 1 });
    expect(m.rules[0]?.loc).toMatchObject({ row: 2, col: 1 });
  });

  it('accepts rego.v1 and future.keywords imports and drops them', () => {
    const m = parseOk(
      'package p\nimport rego.v1\nimport future.keywords\nimport future.keywords.in\nimport future.keywords.if',
    );
    expect(m.imports).toEqual([]);
  });

  it('keeps data and input imports with their aliases', () => {
    const m = parseOk(
      'package p\nimport data.lib.util\nimport data.x.y as z\nimport input.user as u\nimport input',
    );
    expect(m.imports.map((i) => [render(i.path), i.alias])).toEqual([
      ['data.lib.util', undefined],
      ['data.x.y', 'z'],
      ['input.user', 'u'],
      ['input', undefined],
    ]);
    expect(m.imports[1]?.loc).toMatchObject({ row: 3, col: 1 });
  });
});

describe('rules', () => {
  it.each([
    ['p := 1', 'p := 1 if { true }'],
    ['p = 1 if { true }', 'p = 1 if { true }'],
    ['p if { input.x; input.y }', 'p if { input.x; input.y }'],
    ['p if input.x == 1', 'p if { equal(input.x, 1) }'],
    ['p if not input.x', 'p if { not input.x }'],
    ['p if every x in xs { x }', 'p if { every x in xs { x } }'],
    ['p if {x: 1}', 'p if { {x: 1} }'],
    ['p := x if { x := 1 }', 'p := x if { assign(x, 1) }'],
    [
      'p contains x if { some x in input.xs }',
      'p contains x if { some internal.member_2(x, input.xs) }',
    ],
    ['p contains "a"', 'p contains "a" if { true }'],
    ['p contains x if x := 1', 'p contains x if { assign(x, 1) }'],
    ['p[k] := v if { some k, v in o }', 'p[k] key=k := v if { some internal.member_3(k, v, o) }'],
    ['p[k] = 1 if k := "a"', 'p[k] key=k = 1 if { assign(k, "a") }'],
    ['p[x] if x := 1', 'p[x] key=x = true if { assign(x, 1) }'],
    ['p["k"] := 1', 'p.k := 1 if { true }'],
    ['p["k"] if true', 'p.k if { true }'],
    ['p[x] := 1', 'p[x] key=x := 1 if { true }'],
    ['p[input.k] := 1 if true', 'p[input.k] key=input.k := 1 if { true }'],
    ['a.b[x] := y if { x := 1; y := 2 }', 'a.b[x] := y if { assign(x, 1); assign(y, 2) }'],
    ['a.b.c := 1', 'a.b.c := 1 if { true }'],
    ['a.b contains 1', 'a.b contains 1 if { true }'],
    ['default p := false', 'default p := false if { true }'],
    ['default p = {"a": [1, null]}', 'default p = {"a": [1, null]} if { true }'],
    ['default f(_) := 0', 'default f($wildcard0) := 0 if { true }'],
    ['f(x) := y if { y := x + 1 }', 'f(x) := y if { assign(y, plus(x, 1)) }'],
    ['f(x) if x > 1', 'f(x) if { gt(x, 1) }'],
    ['f(x, [y, _]) := x + y', 'f(x, [y, $wildcard0]) := plus(x, y) if { true }'],
    ['a.b.f(x) := 1 if x', 'a.b.f(x) := 1 if { x }'],
    ['if.x := 1', 'if.x := 1 if { true }'],
    [
      'p := 1 if { false } else := 2 if { true } else := 3',
      'p := 1 if { false } else := 2 if { true } else := 3 if { true }',
    ],
    ['p := 1 if false else = 2 { true }', 'p := 1 if { false } else = 2 if { true }'],
    ['p if false else if true', 'p if { false } else if { true }'],
    ['f(x) := 1 if x > 1 else := 2', 'f(x) := 1 if { gt(x, 1) } else := 2 if { true }'],
  ])('%s', (source, want) => {
    expect(rules(source)).toEqual([want]);
  });

  it('gives each chained body its own rule with the shared head', () => {
    expect(rules('p if { a } { b }')).toEqual(['p if { a }', 'p if { b }']);
    expect(rules('f(_) := 1 if { a } { b }')).toEqual([
      'f($wildcard0) := 1 if { a }',
      'f($wildcard1) := 1 if { b }',
    ]);
  });

  it('gives chained bodies and else branches their own copy of the head', () => {
    const [first, second] = parseOk('package t\np[x] := 1 if { x := 1 } { x := 2 }').rules;
    expect(second?.head.ref).toEqual({ ...first?.head.ref, loc: second?.head.ref.loc });
    expect(second?.head.ref).not.toBe(first?.head.ref);
    expect(second?.head.ref.terms[1]).not.toBe(first?.head.ref.terms[1]);
    const withElse = parseOk('package t\nf(x) := 1 if x else := 2').rules[0];
    expect(withElse?.else?.head.args?.[0]).not.toBe(withElse?.head.args?.[0]);
  });

  it('gives else branches fresh wildcard arguments', () => {
    expect(rules('f(_) := 1 if false else := 2')).toEqual([
      'f($wildcard0) := 1 if { false } else := 2 if { true }',
    ]);
  });

  it('keeps several definitions of one function in order', () => {
    expect(rules('f(1) := "one"\nf(2) := "two"\nf(x) := "many" if x > 2')).toEqual([
      'f(1) := "one" if { true }',
      'f(2) := "two" if { true }',
      'f(x) := "many" if { gt(x, 2) }',
    ]);
  });

  it('records default, locations and the assign flag', () => {
    const m = parseOk('package test\n\ndefault allow := false\n\nallow if {\n\tinput.ok\n}');
    const [d, a] = m.rules;
    expect(d?.default).toBe(true);
    expect(d?.head.assign).toBe(true);
    expect(d?.loc).toMatchObject({ row: 3, col: 1 });
    expect(a?.default).toBe(false);
    expect(a?.head.value).toBeUndefined();
    expect(a?.loc).toMatchObject({ row: 5, col: 1 });
    expect(a?.body[0]?.loc).toMatchObject({ row: 6, col: 2 });
    expect(a?.body[0]?.terms).toMatchObject({ type: 'ref', loc: { row: 6, col: 2 } });
  });

  it('locates operator calls at their left operand and the operator ref at the operator', () => {
    const m = parseOk('package test\np if {\n  x := 1 +  2\n}');
    const expr = m.rules[0]?.body[0];
    expect(expr?.terms).toMatchObject({ type: 'call', loc: { row: 3, col: 3 } });
    const rhs = expr?.terms.type === 'call' ? expr.terms.args[1] : undefined;
    expect(rhs).toMatchObject({
      type: 'call',
      loc: { row: 3, col: 8 },
      fn: { loc: { row: 3, col: 10 } },
    });
  });

  it('numbers wildcards uniquely across the whole module', () => {
    const names = JSON.stringify(
      stripLocs(parseOk('package t\np if a[_]\nq if b[_][_]').rules),
    ).match(/\$wildcard\d+/g);
    expect(names).toEqual(['$wildcard0', '$wildcard1', '$wildcard2']);
  });
});

describe('annotations', () => {
  it('attaches METADATA blocks to the package and to the following rule', () => {
    const m = parseOk(
      [
        '# METADATA',
        '# title: Access policy',
        '# description: Checks grants',
        'package access',
        '',
        '# an ordinary comment',
        '',
        '# METADATA',
        '# title: Deny expired',
        '# custom:',
        '#   severity: high',
        '#   tags: [expiry]',
        'deny contains msg if {',
        '  msg := "expired"',
        '}',
        '',
        '# METADATA',
        '# scope: document',
        '# description: doc',
        'f(x) := 1 if x',
        'f(x) := 2 if not x',
      ].join('\n'),
    );
    expect(m.annotations.map((a) => [a.scope, a.title, a.description, a.loc.row])).toEqual([
      ['package', 'Access policy', 'Checks grants', 1],
      ['rule', 'Deny expired', undefined, 8],
      ['document', undefined, 'doc', 17],
    ]);
    expect(m.rules[0]?.annotations?.custom).toEqual({ severity: 'high', tags: ['expiry'] });
    expect(m.rules[0]?.annotations?.raw).toMatchObject({ title: 'Deny expired' });
    expect(m.rules[1]?.annotations?.scope).toBe('document');
    expect(m.rules[2]?.annotations).toBeUndefined();
  });
});
