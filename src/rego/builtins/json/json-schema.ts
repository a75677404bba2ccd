// JSON Schema: `json.verify_schema` and `json.match_schema`, validated by ajv (draft-07,
// as gojsonschema, which OPA uses, reads it). OPA returns gojsonschema's error records
// ({error, type, field, desc}); ajv's errors are mapped onto that shape: `field` is the
// dotted path ("(root)" for the document itself), `type` gojsonschema's name for the
// failed keyword where there is one, `error` is "field: desc". The texts of `desc` are
// ajv's, not gojsonschema's.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

import {
  anyObject,
  arrayOf,
  bool,
  builtin,
  nul,
  oneOf,
  record,
  str,
  tuple,
} from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';
import { compileRe2 } from '../regex/re2.js';

// `pattern` and `patternProperties` are RE2, as in Go, and run in linear time: a schema
// from the input cannot make validation backtrack for ever.
const re2 = Object.assign(
  (pattern: string) => {
    const re = compileRe2(pattern);
    return { test: (s: string) => re.matcher(s).find() };
  },
  { code: 'accessctl.re2' },
);

const ajv = new Ajv({ allErrors: true, strict: false, code: { regExp: re2 } });
const validators = new Map<string, ValidateFunction>();
// Schemas are usually constants of the policy; the bound keeps schemas built from the
// input from filling memory with compiled validators.
const validatorLimit = 200;

/** The schema or document as a value: a string operand is JSON text. */
function parsed(value: Json, operand: number): Json {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as Json;
  } catch (error) {
    throw builtinError(`operand ${operand}: not valid JSON: ${(error as Error).message}`);
  }
}

function validator(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (validate) return validate;
  if (typeof schema !== 'object' && typeof schema !== 'boolean') {
    throw builtinError('a schema is an object or a boolean');
  }
  try {
    validate = ajv.compile(schema as object);
  } catch (error) {
    throw builtinError(`invalid schema: ${(error as Error).message}`);
  } finally {
    // ajv keeps schemas with an $id; forget them so the next compile of one is not refused.
    ajv.removeSchema();
  }
  if (validators.size >= validatorLimit) validators.clear();
  validators.set(key, validate);
  return validate;
}

function verifySchema(schema: Json): Json {
  try {
    validator(parsed(schema, 1));
    return [true, null];
  } catch (error) {
    return [false, (error as Error).message];
  }
}

function matchSchema(document: Json, schema: Json): Json {
  const validate = validator(parsed(schema, 2));
  if (validate(parsed(document, 1))) return [true, []];
  return [false, (validate.errors ?? []).map(record_)];
}

// gojsonschema's names for the failures that ajv reports by keyword.
const types: Record<string, string> = {
  type: 'invalid_type',
  required: 'required',
  additionalProperties: 'additional_property_not_allowed',
  enum: 'enum',
  const: 'const',
  minimum: 'number_gte',
  exclusiveMinimum: 'number_gt',
  maximum: 'number_lte',
  exclusiveMaximum: 'number_lt',
  multipleOf: 'multiple_of',
  minLength: 'string_gte',
  maxLength: 'string_lte',
  pattern: 'pattern',
  format: 'format',
  minItems: 'array_min_items',
  maxItems: 'array_max_items',
  uniqueItems: 'unique',
  minProperties: 'array_min_properties',
  maxProperties: 'array_max_properties',
  anyOf: 'number_any_of',
  oneOf: 'number_one_of',
  allOf: 'number_all_of',
  not: 'number_not',
};

function record_(error: ErrorObject): Json {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  // gojsonschema names a missing or unexpected property in the field itself.
  const property =
    error.keyword === 'required'
      ? (error.params as { missingProperty: string }).missingProperty
      : undefined;
  const field = [...path, ...(property === undefined ? [] : [property])].join('.') || '(root)';
  const desc =
    error.keyword === 'additionalProperties'
      ? `Additional property ${(error.params as { additionalProperty: string }).additionalProperty} is not allowed`
      : error.keyword === 'required'
        ? `${property} is required`
        : (error.message ?? error.keyword);
  return { error: `${field}: ${desc}`, type: types[error.keyword] ?? error.keyword, field, desc };
}

const schemaOperand = oneOf(str, anyObject);
const errorRecord = record({ desc: str, error: str, field: str, type: str });

export const jsonSchema: BuiltinSpec[] = [
  builtin('json.verify_schema', [schemaOperand], tuple(bool, oneOf(nul, str)), {
    host: verifySchema,
  }),
  builtin('json.match_schema', [schemaOperand, schemaOperand], tuple(bool, arrayOf(errorRecord)), {
    host: matchSchema,
  }),
];
