import type { ErrorObject } from 'ajv';
import type { Finding, RuleId } from './finding.js';
import {
  allowedFields,
  resolveSchemaNode,
  schemaErrors,
  type Kind,
  type SchemaNode,
} from './schema.js';
import { childPointer, type DocumentSource } from './source.js';
import { didYouMean } from './suggest.js';
import { article, describe, documentLabel, fieldName, lowerFirst } from './values.js';

/** Fields that hold dates; a malformed one is an `invalid-date`, not a generic field error. */
export const DATE_FIELDS = new Set([
  '/expires',
  '/starts',
  '/rotation/lastRotated',
  '/leftOn',
  '/contractEnds',
]);

/** Validates a document of a known kind with the published schema; ajv's errors become findings. */
export function schemaFindings(
  kind: Kind,
  value: Record<string, unknown>,
  source: DocumentSource,
): Finding[] {
  const errors = schemaErrors(kind, value);
  const findings = missingFieldFindings(kind, value, source, errors);
  for (const error of errors) {
    if (error.keyword === 'required') continue;
    const finding = findingFromSchemaError(kind, source, error);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

/** One finding per mapping that lacks fields, naming all of them, rather than one per field. */
function missingFieldFindings(
  kind: Kind,
  value: Record<string, unknown>,
  source: DocumentSource,
  errors: ErrorObject[],
): Finding[] {
  const byPath = new Map<string, { names: string[]; hints: string[] }>();
  const findings: Finding[] = [];
  const label = documentLabel(kind, value);
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const path = error.instancePath;
    const missing = String(error.params.missingProperty);
    if (kind === 'Grant' && path === '' && missing === 'owner' && value.owner === undefined) {
      findings.push({
        rule: 'missing-field',
        severity: 'error',
        message: `${label} gives access to a service account, so it needs an owner: add owner: team:<slug> (who answers for the account's use of it)`,
        ...source.locate(path),
      });
      continue;
    }
    const entry = byPath.get(path) ?? { names: [], hints: [] };
    byPath.set(path, entry);
    if (entry.names.includes(missing)) continue;
    entry.names.push(missing);
    const schema = error.parentSchema as SchemaNode | undefined;
    const hint = resolveSchemaNode(schema?.properties?.[missing])?.description;
    if (hint !== undefined) entry.hints.push(lowerFirst(hint).replace(/\.$/, ''));
  }
  for (const [path, { names, hints }] of byPath) {
    const within = path === '' ? label : `"${fieldName(path)}" in ${label}`;
    const quoted = names.map((n) => `"${n}"`);
    const message =
      names.length === 1
        ? `${within} is missing required field ${quoted[0]}; add it${hints.length === 1 ? ` (${hints[0]})` : ''}`
        : `${within} is missing required fields ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}; add them`;
    findings.push({ rule: 'missing-field', severity: 'error', message, ...source.locate(path) });
  }
  return findings;
}

function findingFromSchemaError(
  kind: Kind,
  source: DocumentSource,
  error: ErrorObject,
): Finding | null {
  const path = error.instancePath;
  const schema = error.parentSchema as SchemaNode | undefined;
  const where = (pointer: string, onKey = false) =>
    onKey ? source.locateKey(pointer) : source.locate(pointer);
  const make = (rule: RuleId, pointer: string, message: string, onKey = false): Finding => ({
    rule,
    severity: 'error',
    message,
    ...where(pointer, onKey),
  });
  const field = fieldName(path);
  switch (error.keyword) {
    case 'if':
      // The `then` branch reports the concrete problem.
      return null;
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const pointer = childPointer(path, extra);
      if (path.startsWith('/roles/') || path === '/rotation') {
        const allowed = Object.keys(schema?.properties ?? {});
        return make(
          'unknown-field',
          pointer,
          `unknown field "${extra}" in "${field}"${didYouMean(extra, allowed)}; allowed: ${allowed.join(', ')}`,
          true,
        );
      }
      const allowed = allowedFields(kind);
      return make(
        'unknown-field',
        pointer,
        `unknown field "${extra}" in ${kind}${didYouMean(extra, allowed)}; allowed: ${allowed.join(', ')}`,
        true,
      );
    }
    case 'propertyNames':
      return null;
    case 'pattern': {
      if (path.startsWith('/roles/') && error.propertyName !== undefined) {
        const pointer = childPointer(path, error.propertyName);
        return make(
          'invalid-field',
          pointer,
          `role name "${error.propertyName}" is not allowed: ${schema?.patternErrorMessage ?? 'use lower-case letters, digits, "_" and "-"'}`,
          true,
        );
      }
      if (DATE_FIELDS.has(path))
        return make('invalid-date', path, dateMessage(path, error.data, 'is not a date'));
      return make(
        'invalid-field',
        path,
        `"${field}" ${schema?.patternErrorMessage ?? `must match ${String(error.params.pattern)}`}, got ${describe(error.data)}`,
      );
    }
    case 'type':
      if (DATE_FIELDS.has(path))
        return make('invalid-date', path, dateMessage(path, error.data, 'is not a date'));
      return make(
        'invalid-field',
        path,
        `"${field}" must be ${article(String(error.params.type))}, got ${describe(error.data)}`,
      );
    case 'enum':
      return make(
        'invalid-field',
        path,
        `"${field}" must be one of ${(error.params.allowedValues as unknown[]).join(', ')}, got ${describe(error.data)}${typeof error.data === 'string' ? didYouMean(error.data, (error.params.allowedValues as unknown[]).map(String)) : ''}`,
      );
    case 'const':
      return make(
        'invalid-field',
        path,
        `"${field}" must be ${JSON.stringify(error.params.allowedValue)}, got ${describe(error.data)}`,
      );
    case 'minLength':
      return make(
        'invalid-field',
        path,
        `"${field}" is too short (at least ${String(error.params.limit)} characters)${field === 'reason' ? '; say why the access is needed so a reviewer can judge it' : ''}`,
      );
    case 'uniqueItems':
      return make(
        'invalid-field',
        path,
        `"${field}" lists the same value twice (items ${String(error.params.j)} and ${String(error.params.i)}); remove the repeat`,
      );
    case 'minProperties': {
      const fields = Object.keys(schema?.properties ?? {});
      return make(
        'invalid-field',
        path,
        `"${field}" is empty; give at least ${String(error.params.limit)} of its fields${fields.length > 0 ? ` (${fields.join(', ')})` : ''}`,
      );
    }
    case 'minItems':
      return make(
        'invalid-field',
        path,
        `"${field}" lists nothing; give at least ${String(error.params.limit)} item${error.params.limit === 1 ? '' : 's'}`,
      );
    default:
      return make('invalid-field', path, `"${field}" ${error.message ?? 'is invalid'}`);
  }
}

export function dateMessage(pointer: string, written: unknown, problem: string): string {
  return `${fieldName(pointer)} ${describe(written)} ${problem}; write a date such as 2027-03-31 or an RFC 3339 timestamp such as 2027-03-31T18:00:00Z`;
}
