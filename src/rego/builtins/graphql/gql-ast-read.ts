// The other way: an AST object in gqlparser's JSON shape (what graphql.parse_query and
// graphql.parse_schema return, pruned) back into graphql-js nodes, so the builtins that
// take "a string or an AST object" can validate either. Missing fields are the pruned
// empty ones; a field of the wrong kind is an error naming it.
import {
  Kind,
  OperationTypeNode,
  type ArgumentNode,
  type ConstDirectiveNode,
  type NamedTypeNode,
  type DefinitionNode,
  type DocumentNode,
  type NameNode,
  type SelectionNode,
  type TypeNode,
  type ValueNode,
} from 'graphql';

import type { Json } from '../shared/spec.js';

type J = { [key: string]: Json };

export class AstShapeError extends Error {}

const obj = (v: Json | undefined, what: string): J => {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw new AstShapeError(`${what} must be an object`);
  return v;
};
const list = (v: Json | undefined, what: string): Json[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new AstShapeError(`${what} must be an array`);
  return v;
};
const text = (v: Json | undefined, what: string): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new AstShapeError(`${what} must be a string`);
  return v;
};
const name = (v: Json | undefined, what: string): NameNode => {
  const value = text(v, what);
  if (value === '') throw new AstShapeError(`${what} must not be empty`);
  return { kind: Kind.NAME, value };
};

function value(v: Json | undefined): ValueNode {
  const o = obj(v, 'a Value');
  const raw = text(o.Raw, 'Value.Raw');
  const children = list(o.Children, 'Value.Children').map((c) => obj(c, 'a child value'));
  switch (o.Kind ?? 0) {
    case 0:
      return { kind: Kind.VARIABLE, name: name(raw, 'a variable') };
    case 1:
      return { kind: Kind.INT, value: raw };
    case 2:
      return { kind: Kind.FLOAT, value: raw };
    case 3:
    case 4:
      return { kind: Kind.STRING, value: raw, block: o.Kind === 4 };
    case 5:
      return { kind: Kind.BOOLEAN, value: raw === 'true' };
    case 6:
      return { kind: Kind.NULL };
    case 7:
      return { kind: Kind.ENUM, value: raw };
    case 8:
      return { kind: Kind.LIST, values: children.map((c) => value(c.Value)) };
    case 9:
      return {
        kind: Kind.OBJECT,
        fields: children.map((c) => ({
          kind: Kind.OBJECT_FIELD,
          name: name(c.Name, 'an object field name'),
          value: value(c.Value),
        })),
      };
    default:
      throw new AstShapeError(`unknown Value.Kind ${JSON.stringify(o.Kind)}`);
  }
}

function type(v: Json | undefined): TypeNode {
  const o = obj(v, 'a Type');
  const inner: TypeNode =
    o.Elem !== undefined && o.Elem !== null
      ? { kind: Kind.LIST_TYPE, type: type(o.Elem) }
      : { kind: Kind.NAMED_TYPE, name: name(o.NamedType, 'Type.NamedType') };
  return o.NonNull === true ? { kind: Kind.NON_NULL_TYPE, type: inner } : inner;
}

const args = (v: Json | undefined): ArgumentNode[] =>
  list(v, 'Arguments').map((a) => {
    const o = obj(a, 'an argument');
    return { kind: Kind.ARGUMENT, name: name(o.Name, 'Argument.Name'), value: value(o.Value) };
  });

const directives = (v: Json | undefined): ConstDirectiveNode[] =>
  list(v, 'Directives').map((d) => {
    const o = obj(d, 'a directive');
    return {
      kind: Kind.DIRECTIVE,
      name: name(o.Name, 'Directive.Name'),
      arguments: args(o.Arguments),
    } as ConstDirectiveNode;
  });

const namedType = (v: Json | undefined, what: string): NamedTypeNode => ({
  kind: Kind.NAMED_TYPE,
  name: name(v, what),
});

function selections(v: Json | undefined): SelectionNode[] {
  return list(v, 'SelectionSet').map((s): SelectionNode => {
    const o = obj(s, 'a selection');
    const set = list(o.SelectionSet, 'SelectionSet');
    if ('TypeCondition' in o || ('SelectionSet' in o && !('Name' in o))) {
      return {
        kind: Kind.INLINE_FRAGMENT,
        ...(text(o.TypeCondition, 'TypeCondition') === ''
          ? {}
          : { typeCondition: namedType(o.TypeCondition, 'TypeCondition') }),
        directives: directives(o.Directives),
        selectionSet: { kind: Kind.SELECTION_SET, selections: selections(set) },
      };
    }
    if (!('Alias' in o) && !('Arguments' in o) && set.length === 0) {
      return {
        kind: Kind.FRAGMENT_SPREAD,
        name: name(o.Name, 'FragmentSpread.Name'),
        directives: directives(o.Directives),
      };
    }
    const fieldName = name(o.Name, 'Field.Name');
    const alias = text(o.Alias, 'Field.Alias');
    return {
      kind: Kind.FIELD,
      ...(alias === '' || alias === fieldName.value ? {} : { alias: name(alias, 'Field.Alias') }),
      name: fieldName,
      arguments: args(o.Arguments),
      directives: directives(o.Directives),
      ...(set.length === 0
        ? {}
        : { selectionSet: { kind: Kind.SELECTION_SET, selections: selections(set) } }),
    };
  });
}

const OPERATIONS: Record<string, OperationTypeNode> = {
  query: OperationTypeNode.QUERY,
  mutation: OperationTypeNode.MUTATION,
  subscription: OperationTypeNode.SUBSCRIPTION,
};

function operation(v: Json | undefined): OperationTypeNode {
  const op = OPERATIONS[text(v, 'Operation') || 'query'];
  if (op === undefined) throw new AstShapeError(`unknown Operation ${JSON.stringify(v)}`);
  return op;
}

/** A query document from graphql.parse_query's output. */
export function fromQueryJson(doc: J): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const op of list(doc.Operations, 'Operations')) {
    const o = obj(op, 'an operation');
    const opName = text(o.Name, 'Operation.Name');
    definitions.push({
      kind: Kind.OPERATION_DEFINITION,
      operation: operation(o.Operation),
      ...(opName === '' ? {} : { name: name(opName, 'Operation.Name') }),
      variableDefinitions: list(o.VariableDefinitions, 'VariableDefinitions').map((d) => {
        const v = obj(d, 'a variable definition');
        return {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: name(v.Variable, 'Variable') },
          type: type(v.Type),
          ...(v.DefaultValue === undefined ? {} : { defaultValue: value(v.DefaultValue) }),
          directives: directives(v.Directives),
        };
      }),
      directives: directives(o.Directives),
      selectionSet: { kind: Kind.SELECTION_SET, selections: selections(o.SelectionSet) },
    } as DefinitionNode);
  }
  for (const fragment of list(doc.Fragments, 'Fragments')) {
    const f = obj(fragment, 'a fragment');
    definitions.push({
      kind: Kind.FRAGMENT_DEFINITION,
      name: name(f.Name, 'Fragment.Name'),
      typeCondition: namedType(f.TypeCondition, 'Fragment.TypeCondition'),
      directives: directives(f.Directives),
      selectionSet: { kind: Kind.SELECTION_SET, selections: selections(f.SelectionSet) },
    } as DefinitionNode);
  }
  return { kind: Kind.DOCUMENT, definitions };
}

const describe = (o: J) => {
  const d = text(o.Description, 'Description');
  return d === '' ? {} : { description: { kind: Kind.STRING, value: d } };
};

function inputValues(v: Json | undefined) {
  return list(v, 'Arguments').map((a) => {
    const o = obj(a, 'an argument definition');
    return {
      kind: Kind.INPUT_VALUE_DEFINITION,
      ...describe(o),
      name: name(o.Name, 'Argument.Name'),
      type: type(o.Type),
      ...(o.DefaultValue === undefined ? {} : { defaultValue: value(o.DefaultValue) }),
      directives: directives(o.Directives),
    };
  });
}

const KINDS: Record<string, [Kind, Kind]> = {
  SCALAR: [Kind.SCALAR_TYPE_DEFINITION, Kind.SCALAR_TYPE_EXTENSION],
  OBJECT: [Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION],
  INTERFACE: [Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION],
  UNION: [Kind.UNION_TYPE_DEFINITION, Kind.UNION_TYPE_EXTENSION],
  ENUM: [Kind.ENUM_TYPE_DEFINITION, Kind.ENUM_TYPE_EXTENSION],
  INPUT_OBJECT: [Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_EXTENSION],
};

function definition(v: Json, extension: boolean): DefinitionNode {
  const o = obj(v, 'a definition');
  const kinds = KINDS[text(o.Kind, 'Definition.Kind')];
  if (kinds === undefined)
    throw new AstShapeError(`unknown Definition.Kind ${JSON.stringify(o.Kind)}`);
  const kind = kinds[extension ? 1 : 0];
  const fields = list(o.Fields, 'Fields').map((f) => {
    const field = obj(f, 'a field');
    if (o.Kind === 'INPUT_OBJECT') return inputValues([field])[0];
    return {
      kind: Kind.FIELD_DEFINITION,
      ...describe(field),
      name: name(field.Name, 'Field.Name'),
      arguments: inputValues(field.Arguments),
      type: type(field.Type),
      directives: directives(field.Directives),
    };
  });
  return {
    kind,
    ...(extension ? {} : describe(o)),
    name: name(o.Name, 'Definition.Name'),
    directives: directives(o.Directives),
    interfaces: list(o.Interfaces, 'Interfaces').map((i) => namedType(i, 'an interface')),
    fields,
    types: list(o.Types, 'Types').map((t) => namedType(t, 'a union member')),
    values: list(o.EnumValues, 'EnumValues').map((e) => {
      const ev = obj(e, 'an enum value');
      return {
        kind: Kind.ENUM_VALUE_DEFINITION,
        ...describe(ev),
        name: name(ev.Name, 'EnumValue.Name'),
        directives: directives(ev.Directives),
      };
    }),
  } as unknown as DefinitionNode;
}

/** A schema document from graphql.parse_schema's output. */
export function fromSchemaJson(doc: J): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const [key, extension] of [
    ['Schema', false],
    ['SchemaExtension', true],
  ] as const) {
    for (const s of list(doc[key], key)) {
      const o = obj(s, 'a schema definition');
      definitions.push({
        kind: extension ? Kind.SCHEMA_EXTENSION : Kind.SCHEMA_DEFINITION,
        ...(extension ? {} : describe(o)),
        directives: directives(o.Directives),
        operationTypes: list(o.OperationTypes, 'OperationTypes').map((t) => {
          const ot = obj(t, 'an operation type');
          return {
            kind: Kind.OPERATION_TYPE_DEFINITION,
            operation: operation(ot.Operation),
            type: namedType(ot.Type, 'OperationType.Type'),
          };
        }),
      } as DefinitionNode);
    }
  }
  for (const d of list(doc.Directives, 'Directives')) {
    const o = obj(d, 'a directive definition');
    definitions.push({
      kind: Kind.DIRECTIVE_DEFINITION,
      ...describe(o),
      name: name(o.Name, 'Directive.Name'),
      arguments: inputValues(o.Arguments),
      repeatable: o.IsRepeatable === true,
      locations: list(o.Locations, 'Locations').map((l) => name(l, 'a directive location')),
    } as DefinitionNode);
  }
  for (const d of list(doc.Definitions, 'Definitions')) definitions.push(definition(d, false));
  for (const d of list(doc.Extensions, 'Extensions')) definitions.push(definition(d, true));
  return { kind: Kind.DOCUMENT, definitions };
}
