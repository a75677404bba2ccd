// rego.parse_module: a module's syntax tree as OPA's JSON encoding of it.
import { describe, expect, it } from 'vitest';

import { evalRule } from './helpers.js';

const parsed = (source: string) =>
  evalRule(
    'package t\np := rego.parse_module("x.rego", input.src)',
    'p',
    { src: source },
    {
      strict: true,
    },
  );

describe('rego.parse_module', () => {
  it('gives the package path, imports and rule heads as OPA encodes them', async () => {
    const policy = `package t
p := x if {
  module := rego.parse_module("x.rego", "package foo.bar\\nimport data.a\\np if { a = true }")
  x := [module["package"].path[1].value, module.imports[0].path, module.rules[0].head]
}
`;
    expect(await evalRule(policy, 'p')).toEqual([
      'foo',
      {
        type: 'ref',
        value: [
          { type: 'var', value: 'data' },
          { type: 'string', value: 'a' },
        ],
      },
      { name: 'p', ref: [{ type: 'var', value: 'p' }], value: { type: 'boolean', value: true } },
    ]);
  });

  it('encodes bodies: calls as term lists, indexes, negation, with, some and every', async () => {
    const module = (await parsed(
      `package x
default d := false
s[k] := v if {
  some k, v in input
  not v
  x := 1 with input as 2
}
f(_, y) := y + 1
e if every z in [1] { z > 0 }
`,
    )) as { rules: unknown[] };
    expect(module.rules[0]).toEqual({
      default: true,
      head: {
        name: 'd',
        ref: [{ type: 'var', value: 'd' }],
        value: { type: 'boolean', value: false },
        assign: true,
      },
      body: [{ index: 0, terms: { type: 'boolean', value: true } }],
    });
    const v = { type: 'var', value: 'v' };
    const k = { type: 'var', value: 'k' };
    expect(module.rules[1]).toEqual({
      head: { name: 's', ref: [{ type: 'var', value: 's' }, k], key: k, value: v, assign: true },
      body: [
        {
          index: 0,
          terms: {
            symbols: [
              {
                type: 'call',
                value: [
                  {
                    type: 'ref',
                    value: [
                      { type: 'var', value: 'internal' },
                      { type: 'string', value: 'member_3' },
                    ],
                  },
                  k,
                  v,
                  { type: 'ref', value: [{ type: 'var', value: 'input' }] },
                ],
              },
            ],
          },
        },
        { index: 1, terms: v, negated: true },
        {
          index: 2,
          terms: [
            { type: 'ref', value: [{ type: 'var', value: 'assign' }] },
            { type: 'var', value: 'x' },
            { type: 'number', value: 1 },
          ],
          with: [
            {
              target: { type: 'ref', value: [{ type: 'var', value: 'input' }] },
              value: { type: 'number', value: 2 },
            },
          ],
        },
      ],
    });
    expect(module.rules[2]).toMatchObject({
      head: {
        name: 'f',
        args: [
          { type: 'var', value: '$0' },
          { type: 'var', value: 'y' },
        ],
        value: {
          type: 'call',
          value: [
            { type: 'ref', value: [{ type: 'var', value: 'plus' }] },
            { type: 'var', value: 'y' },
            { type: 'number', value: 1 },
          ],
        },
      },
    });
    expect(module.rules[3]).toMatchObject({
      body: [
        {
          index: 0,
          terms: {
            key: null,
            value: { type: 'var', value: 'z' },
            domain: { type: 'array', value: [{ type: 'number', value: 1 }] },
          },
        },
      ],
    });
  });

  it('lists rego.v1 and future.keywords imports among the others, in source order', async () => {
    const module = (await parsed(
      'package x\nimport rego.v1\nimport data.a as b\nimport future.keywords.in\n',
    )) as { imports: unknown[] };
    const ref = (...names: string[]) => ({
      type: 'ref',
      value: names.map((n, i) => ({ type: i === 0 ? 'var' : 'string', value: n })),
    });
    expect(module.imports).toEqual([
      { path: ref('rego', 'v1') },
      { path: ref('data', 'a'), alias: 'b' },
      { path: ref('future', 'keywords', 'in') },
    ]);
  });

  it('keeps comments, in base64 as Go encodes bytes', async () => {
    expect(await parsed('package x\n# hello\np := 1')).toMatchObject({
      comments: [{ text: Buffer.from(' hello').toString('base64') }],
    });
  });

  it('fails with the parse error, located, in strict mode; undefined otherwise', async () => {
    await expect(parsed('package foo.')).rejects.toThrow(
      'rego.parse_module: x.rego:1:13: rego_parse_error: unexpected eof token: expected ident',
    );
    const policy = 'package t\np := rego.parse_module("x.rego", "package")';
    expect(await evalRule(policy, 'p')).toBeUndefined();
  });
});
