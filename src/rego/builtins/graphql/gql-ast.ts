// GraphQL documents between graphql-js's AST and the JSON OPA returns: gqlparser's Go
// structs (vektah/gqlparser/v2/ast) as encoding/json writes them, with `Position`, nulls
// and empty lists and objects pruned as OPA prunes them. Empty strings and false stay
// (an anonymous operation's `Name` is "", a nullable type's `NonNull` false); a field
// without an alias has its name as `Alias`, as gqlparser parses it.
import {
  Kind,
  type ArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type SelectionNode,
  type TypeNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';

import type { Json } from '../shared/spec.js';

type J = { [key: string]: Json };

/** OPA's pruning: no `Position`, no nulls, no empty lists or objects, at any depth. */
export function prune(value: Json | undefined): Json | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v): v is Json => v !== undefined && !isEmpty(v));
    return items;
  }
  if (typeof value !== 'object') return value;
  const out: J = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'Position') continue;
    const pruned = prune(v);
    if (pruned !== undefined && !isEmpty(pruned)) out[key] = pruned;
  }
  return out;
}

function isEmpty(v: Json): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return v !== null && typeof v === 'object' && Object.keys(v).length === 0;
}

// ---- graphql-js to gqlparser -----------------------------------------------------------

/** A value; `Kind` is gqlparser's ValueKind (Variable 0, Int, Float, String, Block, Boolean, Null, Enum, List, Object 9). */
function value(v: ValueNode): J {
  switch (v.kind) {
    case Kind.VARIABLE:
      return { Raw: v.name.value, Kind: 0 };
    case Kind.INT:
      return { Raw: v.value, Kind: 1 };
    case Kind.FLOAT:
      return { Raw: v.value, Kind: 2 };
    case Kind.STRING:
      return { Raw: v.value, Kind: v.block === true ? 4 : 3 };
    case Kind.BOOLEAN:
      return { Raw: String(v.value), Kind: 5 };
    case Kind.NULL:
      return { Raw: 'null', Kind: 6 };
    case Kind.ENUM:
      return { Raw: v.value, Kind: 7 };
    case Kind.LIST:
      return { Raw: '', Children: v.values.map((x) => ({ Name: '', Value: value(x) })), Kind: 8 };
    case Kind.OBJECT:
      return {
        Raw: '',
        Children: v.fields.map((f) => ({ Name: f.name.value, Value: value(f.value) })),
        Kind: 9,
      };
  }
}

function type(t: TypeNode): J {
  if (t.kind === Kind.NON_NULL_TYPE) return { ...type(t.type), NonNull: true };
  if (t.kind === Kind.LIST_TYPE) return { NamedType: '', Elem: type(t.type), NonNull: false };
  return { NamedType: t.name.value, NonNull: false };
}

const args = (list: readonly ArgumentNode[] | undefined): Json[] =>
  (list ?? []).map((a) => ({ Name: a.name.value, Value: value(a.value) }));

const directives = (list: readonly (DirectiveNode | ConstDirectiveNode)[] | undefined): Json[] =>
  (list ?? []).map((d) => ({ Name: d.name.value, Arguments: args(d.arguments), Location: '' }));

function selections(list: readonly SelectionNode[] | undefined): Json[] {
  return (list ?? []).map((s): Json => {
    if (s.kind === Kind.FIELD) {
      return {
        Alias: s.alias?.value ?? s.name.value,
        Name: s.name.value,
        Arguments: args(s.arguments),
        Directives: directives(s.directives),
        SelectionSet: selections(s.selectionSet?.selections),
      };
    }
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      return { Name: s.name.value, Directives: directives(s.directives) };
    }
    return {
      TypeCondition: s.typeCondition?.name.value ?? '',
      Directives: directives(s.directives),
      SelectionSet: selections(s.selectionSet.selections),
    };
  });
}

const variables = (list: readonly VariableDefinitionNode[] | undefined): Json[] =>
  (list ?? []).map((v) => ({
    Variable: v.variable.name.value,
    Type: type(v.type),
    DefaultValue: v.defaultValue ? value(v.defaultValue) : null,
    Directives: directives(v.directives),
    Used: false,
  }));

/** A query document as OPA's graphql.parse_query returns it. */
export function queryJson(doc: DocumentNode): Json {
  const operations: Json[] = [];
  const fragments: Json[] = [];
  for (const d of doc.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) {
      operations.push({
        Operation: d.operation,
        Name: d.name?.value ?? '',
        VariableDefinitions: variables(d.variableDefinitions),
        Directives: directives(d.directives),
        SelectionSet: selections(d.selectionSet.selections),
      });
    } else if (d.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.push({
        Name: d.name.value,
        TypeCondition: d.typeCondition.name.value,
        Directives: directives(d.directives),
        SelectionSet: selections(d.selectionSet.selections),
      });
    }
  }
  return prune({ Operations: operations, Fragments: fragments }) as Json;
}

const description = (d: { description?: { value: string } | undefined }) =>
  d.description?.value ?? '';

function inputValue(v: InputValueDefinitionNode, asField: boolean): J {
  const out: J = {
    Description: description(v),
    Name: v.name.value,
    DefaultValue: v.defaultValue ? value(v.defaultValue) : null,
    Type: type(v.type),
    Directives: directives(v.directives),
  };
  return asField ? { ...out, Arguments: [] } : out;
}

function field(f: FieldDefinitionNode): J {
  return {
    Description: description(f),
    Name: f.name.value,
    Arguments: (f.arguments ?? []).map((a) => inputValue(a, false)),
    Type: type(f.type),
    Directives: directives(f.directives),
  };
}

const DEFINITION_KINDS: Partial<Record<string, string>> = {
  [Kind.SCALAR_TYPE_DEFINITION]: 'SCALAR',
  [Kind.SCALAR_TYPE_EXTENSION]: 'SCALAR',
  [Kind.OBJECT_TYPE_DEFINITION]: 'OBJECT',
  [Kind.OBJECT_TYPE_EXTENSION]: 'OBJECT',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'INTERFACE',
  [Kind.INTERFACE_TYPE_EXTENSION]: 'INTERFACE',
  [Kind.UNION_TYPE_DEFINITION]: 'UNION',
  [Kind.UNION_TYPE_EXTENSION]: 'UNION',
  [Kind.ENUM_TYPE_DEFINITION]: 'ENUM',
  [Kind.ENUM_TYPE_EXTENSION]: 'ENUM',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'INPUT_OBJECT',
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: 'INPUT_OBJECT',
};

function definition(d: DefinitionNode): J {
  const node = d as DefinitionNode & {
    name: { value: string };
    description?: { value: string };
    directives?: readonly ConstDirectiveNode[];
    interfaces?: readonly NamedTypeNode[];
    fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[];
    types?: readonly NamedTypeNode[];
    values?: readonly {
      name: { value: string };
      description?: { value: string };
      directives?: readonly ConstDirectiveNode[];
    }[];
  };
  const input = DEFINITION_KINDS[d.kind] === 'INPUT_OBJECT';
  return {
    Kind: DEFINITION_KINDS[d.kind] ?? '',
    Description: description(node),
    Name: node.name.value,
    Directives: directives(node.directives),
    Interfaces: (node.interfaces ?? []).map((i) => i.name.value),
    Fields: (node.fields ?? []).map((f) =>
      input ? inputValue(f as InputValueDefinitionNode, true) : field(f as FieldDefinitionNode),
    ),
    Types: (node.types ?? []).map((t) => t.name.value),
    EnumValues: (node.values ?? []).map((v) => ({
      Description: description(v),
      Name: v.name.value,
      Directives: directives(v.directives),
    })),
    BuiltIn: false,
  };
}

/** A schema document as OPA's graphql.parse_schema returns it. */
export function schemaJson(doc: DocumentNode): Json {
  const out: { [key: string]: Json[] } = {
    Schema: [],
    SchemaExtension: [],
    Directives: [],
    Definitions: [],
    Extensions: [],
  };
  for (const d of doc.definitions) {
    if (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION) {
      const schema = {
        Description: d.kind === Kind.SCHEMA_DEFINITION ? description(d) : '',
        Directives: directives(d.directives),
        OperationTypes: (d.operationTypes ?? []).map((o) => ({
          Operation: o.operation,
          Type: o.type.name.value,
        })),
      };
      out[d.kind === Kind.SCHEMA_DEFINITION ? 'Schema' : 'SchemaExtension']!.push(schema);
    } else if (d.kind === Kind.DIRECTIVE_DEFINITION) {
      out.Directives!.push({
        Description: description(d),
        Name: d.name.value,
        Arguments: (d.arguments ?? []).map((a) => inputValue(a, false)),
        Locations: d.locations.map((l) => l.value),
        IsRepeatable: d.repeatable,
      });
    } else if (d.kind.endsWith('Extension')) {
      out.Extensions!.push(definition(d));
    } else {
      out.Definitions!.push(definition(d));
    }
  }
  return prune(out) as Json;
}
