// graphql.*: documents read by graphql-js, answered in the shape OPA gives (gqlparser's
// Go AST as JSON, with positions, nulls and empty lists and objects pruned).
import { describe, expect, it } from 'vitest';

import { call, callLenient } from '../call.js';
import { evalRule } from '../../semantics/helpers.js';

const schema = `
"The root"
type Query {
  employeeByID(id: ID!): Employee
  search(tags: [String!] = ["a"], limit: Int): [Employee]
}
type Employee { id: String!, salary: Int! }
enum Role { ADMIN MEMBER }
input Filter { role: Role = MEMBER }
directive @audit(reason: String) repeatable on FIELD
`;
const query = `query Salary($id: ID!) {
  boss: employeeByID(id: $id) @audit(reason: "pay") { salary }
  search(tags: ["x", "y"], limit: 2) { ...Who }
}
fragment Who on Employee { id }`;

describe('graphql.parse_query and graphql.parse_schema', () => {
  it("give gqlparser's AST, pruned as OPA prunes it", () => {
    expect(call('graphql.parse_query', '{ employeeByID(id: "alice") { salary } }')).toEqual({
      Operations: [
        {
          Operation: 'query',
          Name: '',
          SelectionSet: [
            {
              Alias: 'employeeByID',
              Name: 'employeeByID',
              Arguments: [{ Name: 'id', Value: { Raw: 'alice', Kind: 3 } }],
              SelectionSet: [{ Alias: 'salary', Name: 'salary' }],
            },
          ],
        },
      ],
    });
  });

  it('write variables, aliases, directives, lists, fragments as gqlparser does', () => {
    const ast = call('graphql.parse_query', query) as {
      Operations: { VariableDefinitions: unknown; SelectionSet: unknown[] }[];
      Fragments: unknown;
    };
    expect(ast.Operations[0]?.VariableDefinitions).toEqual([
      { Variable: 'id', Type: { NamedType: 'ID', NonNull: true }, Used: false },
    ]);
    expect(ast.Operations[0]?.SelectionSet[0]).toEqual({
      Alias: 'boss',
      Name: 'employeeByID',
      Arguments: [{ Name: 'id', Value: { Raw: 'id', Kind: 0 } }],
      Directives: [
        {
          Name: 'audit',
          Arguments: [{ Name: 'reason', Value: { Raw: 'pay', Kind: 3 } }],
          Location: '',
        },
      ],
      SelectionSet: [{ Alias: 'salary', Name: 'salary' }],
    });
    expect(ast.Operations[0]?.SelectionSet[1]).toMatchObject({
      Arguments: [
        {
          Name: 'tags',
          Value: {
            Raw: '',
            Kind: 8,
            Children: [
              { Name: '', Value: { Raw: 'x', Kind: 3 } },
              { Name: '', Value: { Raw: 'y', Kind: 3 } },
            ],
          },
        },
        { Name: 'limit', Value: { Raw: '2', Kind: 1 } },
      ],
      SelectionSet: [{ Name: 'Who' }],
    });
    expect(ast.Fragments).toEqual([
      { Name: 'Who', TypeCondition: 'Employee', SelectionSet: [{ Alias: 'id', Name: 'id' }] },
    ]);
  });

  it('write schemas: definitions, list types, defaults, enums, inputs, directives', () => {
    const ast = call('graphql.parse_schema', schema) as {
      Definitions: { Name: string }[];
      Directives: unknown;
    };
    expect(ast.Definitions.map((d) => d.Name)).toEqual(['Query', 'Employee', 'Role', 'Filter']);
    expect(ast.Definitions[0]).toMatchObject({
      Kind: 'OBJECT',
      Description: 'The root',
      BuiltIn: false,
      Fields: [
        {},
        {
          Name: 'search',
          Arguments: [
            {
              Name: 'tags',
              DefaultValue: { Kind: 8, Children: [{ Name: '', Value: { Raw: 'a', Kind: 3 } }] },
              Type: { NamedType: '', Elem: { NamedType: 'String', NonNull: true }, NonNull: false },
            },
            { Name: 'limit', Type: { NamedType: 'Int', NonNull: false } },
          ],
        },
      ],
    });
    expect(ast.Definitions[2]).toMatchObject({
      Kind: 'ENUM',
      EnumValues: [{ Name: 'ADMIN' }, { Name: 'MEMBER' }],
    });
    expect(ast.Definitions[3]).toMatchObject({
      Kind: 'INPUT_OBJECT',
      Fields: [{ Name: 'role', DefaultValue: { Raw: 'MEMBER', Kind: 7 } }],
    });
    expect(ast.Directives).toEqual([
      {
        Description: '',
        Name: 'audit',
        Arguments: [
          { Description: '', Name: 'reason', Type: { NamedType: 'String', NonNull: false } },
        ],
        Locations: ['FIELD'],
        IsRepeatable: true,
      },
    ]);
  });

  it('report syntax errors with their place, as OPA words them', () => {
    expect(() => call('graphql.parse_query', '{ employee(')).toThrow(
      'graphql.parse_query: Expected Name, found <EOF> in GraphQL string at location 1:12',
    );
    expect(() => call('graphql.parse_query', 'type Foo { a: Int }')).toThrow(
      'Unexpected Name "type" in GraphQL string at location 1:1',
    );
    expect(() => call('graphql.parse_schema', '{ a }')).toThrow(
      /in GraphQL string at location 1:1/,
    );
    expect(callLenient('graphql.parse_query', '{')).toBeUndefined();
  });
});

describe('graphql validation', () => {
  it('parses and validates a query against a schema, texts or ASTs', () => {
    expect(call('graphql.is_valid', query, schema)).toBe(true);
    const queryAst = call('graphql.parse_query', query);
    const schemaAst = call('graphql.parse_schema', schema);
    expect(call('graphql.is_valid', queryAst as never, schemaAst as never)).toBe(true);
    expect(call('graphql.parse', query, schema)).toEqual([queryAst, schemaAst]);
    expect(call('graphql.parse_and_verify', queryAst as never, schema)).toEqual([
      true,
      queryAst,
      schemaAst,
    ]);
  });

  it('says why a query does not fit the schema, or answers false', () => {
    const bad = '{ employeeByID(id: "a") { bonus } }';
    expect(call('graphql.is_valid', bad, schema)).toBe(false);
    expect(call('graphql.parse_and_verify', bad, schema)).toEqual([false, {}, {}]);
    expect(() => call('graphql.parse', bad, schema)).toThrow(
      'graphql.parse: Cannot query field "bonus" on type "Employee" in GraphQL query string at location 1:27',
    );
    expect(call('graphql.is_valid', '{ employeeByID { id } }', schema)).toBe(false);
    expect(call('graphql.is_valid', 42, schema)).toBe(false);
    expect(call('graphql.is_valid', { Operations: 'nope' }, schema)).toBe(false);
  });

  it('checks schemas on their own', () => {
    expect(call('graphql.schema_is_valid', schema)).toBe(true);
    expect(call('graphql.schema_is_valid', call('graphql.parse_schema', schema) as never)).toBe(
      true,
    );
    expect(call('graphql.schema_is_valid', 'type Query { a: Missing }')).toBe(false);
    expect(call('graphql.schema_is_valid', 'type Query {')).toBe(false);
    expect(() => call('graphql.parse', '{ a }', 'type Query { a: Missing }')).toThrow(
      /Error in gqlparser SchemaDocument to Schema conversion: Unknown type "Missing"/,
    );
  });

  it('refuse a document nested past what the stack holds, as the fault of the document', () => {
    const deep = `{${'a{'.repeat(20_000)}b${'}'.repeat(20_000)}}`;
    expect(() => call('graphql.parse_query', deep)).toThrow(
      'graphql.parse_query: the GraphQL document nests too deeply to read',
    );
    expect(call('graphql.is_valid', deep, 'type Query { a: Query, b: Int }')).toBe(false);
    expect(call('graphql.parse_and_verify', deep, 'type Query { a: Query }')).toEqual([
      false,
      {},
      {},
    ]);
  });

  it('run in a compiled policy, as OPA documents graphql.is_valid', async () => {
    const policy = `package t
schema := \`type Query { user(id: ID!): User } type User { name: String, ssn: String }\`
allow if graphql.is_valid(input.query, schema)
fields contains f if {
  [ast, _] := graphql.parse(input.query, schema)
  f := ast.Operations[_].SelectionSet[_].SelectionSet[_].Name
}
`;
    const query = '{ user(id: "1") { name ssn } }';
    expect(await evalRule(policy, 'allow', { query })).toBe(true);
    expect(await evalRule(policy, 'fields', { query })).toEqual(['name', 'ssn']);
    expect(await evalRule(policy, 'allow', { query: '{ user { name } }' })).toBeUndefined();
  });
});
