// graphql.* on graphql-js, the reference implementation, giving what OPA gives: OPA
// parses with gqlparser and returns its Go AST as JSON with `Position`, nulls and empty
// lists and objects pruned away (topdown/graphql.go). So a document here is read by
// graphql-js and written in gqlparser's shape (gql-ast.ts), and an AST given back as an
// object is read from that shape. Errors read as OPA's: the parser's message, then
// `in GraphQL string at location L:C`.
import {
  buildASTSchema,
  GraphQLError,
  Kind,
  parse,
  validate,
  validateSchema,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

import { any, bool, builtin, objectOf, oneOf, str, tuple } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { kindOf, stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { AstShapeError, fromQueryJson, fromSchemaJson } from './gql-ast-read.js';
import { queryJson, schemaJson } from './gql-ast.js';

class GraphQLInputError extends Error {}

const EXECUTABLE: ReadonlySet<string> = new Set([
  Kind.OPERATION_DEFINITION,
  Kind.FRAGMENT_DEFINITION,
]);

/** `message in GraphQL <what> at location L:C`, as OPA words gqlparser's errors. */
function located(error: GraphQLError, what: string): GraphQLInputError {
  const message = error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
  const at = error.locations?.[0];
  const where = at ? ` at location ${at.line}:${at.column}` : '';
  return new GraphQLInputError(`${message} in GraphQL ${what}${where}`);
}

function parseText(text: string, executable: boolean): DocumentNode {
  let doc: DocumentNode;
  try {
    doc = parse(text, { noLocation: false, maxTokens: 100_000 });
  } catch (error) {
    if (error instanceof GraphQLError) throw located(error, 'string');
    throw error;
  }
  // gqlparser reads a query and a schema with separate grammars: a definition of the
  // other kind is a syntax error at its first token.
  const stray = doc.definitions.find((d: DefinitionNode) => EXECUTABLE.has(d.kind) !== executable);
  if (stray) {
    const line = stray.loc?.startToken.line ?? 1;
    const column = stray.loc?.startToken.column ?? 1;
    const found = text.slice(stray.loc?.start ?? 0).match(/^[_A-Za-z][_0-9A-Za-z]*|^./)?.[0];
    throw new GraphQLInputError(
      `Unexpected ${executable ? 'Name' : 'Punctuator'} "${found ?? ''}" in GraphQL string at location ${line}:${column}`,
    );
  }
  return doc;
}

/** A query given as text or as the AST object graphql.parse_query returns. */
function queryDocument(value: Json, position: number): DocumentNode {
  if (typeof value === 'string') return parseText(value, true);
  if (kindOf(value) === 'object')
    return fromAst(() => fromQueryJson(value as { [key: string]: Json }));
  throw builtinError(
    `operand ${position} must be one of {object, string} but got ${kindOf(value)}`,
  );
}

function schemaDocument(value: Json, position: number): DocumentNode {
  if (typeof value === 'string') return parseText(value, false);
  if (kindOf(value) === 'object')
    return fromAst(() => fromSchemaJson(value as { [key: string]: Json }));
  throw builtinError(
    `operand ${position} must be one of {object, string} but got ${kindOf(value)}`,
  );
}

function fromAst(read: () => DocumentNode): DocumentNode {
  try {
    return read();
  } catch (error) {
    if (error instanceof AstShapeError)
      throw new GraphQLInputError(`invalid GraphQL AST object: ${error.message}`);
    throw error;
  }
}

function buildSchema(doc: DocumentNode): GraphQLSchema {
  let schema: GraphQLSchema;
  try {
    schema = buildASTSchema(doc);
  } catch (error) {
    throw new GraphQLInputError(
      `Error in gqlparser SchemaDocument to Schema conversion: ${(error as Error).message}`,
    );
  }
  const [first] = validateSchema(schema);
  if (first) {
    throw new GraphQLInputError(
      `Error in gqlparser SchemaDocument to Schema conversion: ${first.message}`,
    );
  }
  return schema;
}

function checkQuery(schema: GraphQLSchema, query: DocumentNode): void {
  const [first] = validate(schema, query);
  if (first) throw located(first, 'query string');
}

/**
 * The documents come from policies' inputs, anyone's: graphql-js reads and validates them
 * recursively, so a document nested some thousands of levels deep exhausts the stack.
 * That is the document's fault, reported as such, not an internal error.
 */
function tooDeep(error: unknown): GraphQLInputError | undefined {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new GraphQLInputError('the GraphQL document nests too deeply to read');
  }
  return undefined;
}

/** Runs `fn`, turning the documents' own errors into OPA's builtin errors. */
function reported<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const own = error instanceof GraphQLInputError ? error : tooDeep(error);
    if (own) throw builtinError(own.message);
    throw error;
  }
}

/** Runs `fn`, or answers `fallback` when either document is not good. */
function orElse<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof GraphQLInputError || error instanceof GraphQLError) return fallback;
    if (error instanceof Error && error.name === 'BuiltinError') return fallback;
    if (tooDeep(error)) return fallback;
    throw error;
  }
}

function parseBoth(query: Json, schema: Json): [Json, Json] {
  const queryDoc = queryDocument(query, 1);
  const schemaDoc = schemaDocument(schema, 2);
  checkQuery(buildSchema(schemaDoc), queryDoc);
  return [queryJson(queryDoc), schemaJson(schemaDoc)];
}

const ast = objectOf(any, any);
const textOrAst = oneOf(str, ast);

export const graphql: BuiltinSpec[] = [
  builtin('graphql.parse', [textOrAst, textOrAst], tuple(ast, ast), {
    host: (query, schema) => reported(() => parseBoth(query, schema)),
  }),
  builtin('graphql.parse_and_verify', [textOrAst, textOrAst], tuple(bool, ast, ast), {
    host: (query, schema) =>
      orElse<Json>([false, {}, {}], () => [true, ...parseBoth(query, schema)]),
  }),
  builtin('graphql.parse_query', [str], ast, {
    host: (query) => reported(() => queryJson(parseText(stringOperand(query, 1), true))),
  }),
  builtin('graphql.parse_schema', [str], ast, {
    host: (schema) => reported(() => schemaJson(parseText(stringOperand(schema, 1), false))),
  }),
  builtin('graphql.is_valid', [textOrAst, textOrAst], bool, {
    host: (query, schema) =>
      orElse(false, () => {
        parseBoth(query, schema);
        return true;
      }),
  }),
  builtin('graphql.schema_is_valid', [textOrAst], bool, {
    host: (schema) =>
      orElse(false, () => {
        buildSchema(schemaDocument(schema, 1));
        return true;
      }),
  }),
];
