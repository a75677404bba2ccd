import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import accessSchema from '../../schema/accessctl-v1.schema.json' with { type: 'json' };

/**
 * The published JSON Schema (schema/accessctl-v1.schema.json) is the validator: the
 * checks below compile that very file, so what editors show and what `accessctl
 * validate` enforces cannot drift apart.
 *
 * Versioning rule: a document may carry `apiVersion: accessctl/v1`; a document without
 * apiVersion is read as the current version, accessctl/v1. Any other value is a finding,
 * never a guess. A future accessctl/v2 gets its own schema file next to this one.
 */
export const API_VERSION = 'accessctl/v1';
export const SUPPORTED_API_VERSIONS: readonly string[] = [API_VERSION];
export const SCHEMA_FILE = 'schema/accessctl-v1.schema.json';

export const KINDS = ['Grant', 'Resource', 'Package', 'User', 'Team', 'ServiceAccount'] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** A fragment of the schema as ajv hands it back in verbose errors. */
export interface SchemaNode {
  $ref?: string;
  description?: string;
  patternErrorMessage?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  type?: string;
  enum?: unknown[];
}

const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: true,
  // The Grant's "service subjects need an owner" rule requires a field declared beside it, not in it.
  strictRequired: false,
  allowUnionTypes: true,
});
// Editor keywords (VS Code, yaml-language-server) that ajv would otherwise reject in strict mode.
ajv.addVocabulary(['patternErrorMessage', 'markdownDescription']);
ajv.addSchema(accessSchema);

const validators = new Map<Kind, ValidateFunction>(
  KINDS.map((kind) => {
    const validate = ajv.getSchema(`${accessSchema.$id}#/definitions/${kind}`);
    if (validate === undefined) throw new Error(`schema has no definition for ${kind}`);
    return [kind, validate];
  }),
);

/** Validates one document of a known kind; returns ajv's errors (empty when valid). */
export function schemaErrors(kind: Kind, value: unknown): ErrorObject[] {
  const validate = validators.get(kind);
  if (validate === undefined || validate(value)) return [];
  return validate.errors ?? [];
}

/** Follows a local `$ref` ("#/definitions/x") to the fragment it names. */
export function resolveSchemaNode(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node?.$ref === undefined) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const definitions = accessSchema.definitions as Record<string, SchemaNode>;
  const target = definitions[name];
  return target === undefined ? node : { ...target, ...node, $ref: undefined };
}

/** The fields a kind allows, in schema order, for "did you mean" and "allowed:" hints. */
export function allowedFields(kind: Kind): string[] {
  const definitions = accessSchema.definitions as Record<string, SchemaNode>;
  return Object.keys(definitions[kind]?.properties ?? {});
}
