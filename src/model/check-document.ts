import type { ErrorObject } from 'ajv';
import type { ComposedDocument } from './compose.js';
import { parseAccessDate, type AccessDate } from './dates.js';
import type { Finding, RuleId } from './finding.js';
import type {
  AccessDocument,
  AccessRecord,
  GrantRecord,
  ResourceRecord,
  RoleRisk,
  RoleSpec,
  ServiceAccountRecord,
  SubjectKind,
  TeamRecord,
  UserRecord,
} from './records.js';
import {
  API_VERSION,
  KINDS,
  SUPPORTED_API_VERSIONS,
  allowedFields,
  isKind,
  resolveSchemaNode,
  schemaErrors,
  type Kind,
  type SchemaNode,
} from './schema.js';
import { childPointer, pointerLeaf, type DocumentSource } from './source.js';
import { didYouMean } from './suggest.js';

/** Fields that hold dates; a malformed one is an `invalid-date`, not a generic field error. */
const DATE_FIELDS = new Set(['/expires', '/rotation/lastRotated', '/leftOn']);

export interface CheckedDocument {
  document: AccessDocument;
  findings: Finding[];
}

/**
 * Checks one document against the schema and turns it into a typed record. A document
 * with an error still appears in `documents`, with `record: null`.
 */
export function checkDocument(composed: ComposedDocument): CheckedDocument {
  const { value, source } = composed;
  const findings: Finding[] = [];
  const report = (rule: RuleId, pointer: string, message: string, onKey = false): void => {
    const at = onKey ? source.locateKey(pointer) : source.locate(pointer);
    findings.push({ rule, severity: 'error', message, ...at });
  };
  const document: AccessDocument = {
    file: source.file,
    index: composed.index,
    kind: null,
    id: null,
    value,
    source,
    record: null,
  };
  if (!isMapping(value)) {
    report(
      'invalid-document',
      '',
      `a document must be a mapping starting with "kind: <${KINDS.join('|')}>", found ${describe(value)}`,
    );
    return { document, findings };
  }
  if (typeof value.id === 'string') document.id = value.id;
  const kind = value.kind;
  if (kind === undefined) {
    report(
      'missing-field',
      '',
      `document has no "kind"; add kind: with one of ${KINDS.join(', ')}`,
    );
    return { document, findings };
  }
  if (!isKind(kind)) {
    const written = typeof kind === 'string' ? `"${kind}"` : describe(kind);
    report(
      'unknown-kind',
      '/kind',
      `unknown kind ${written}${typeof kind === 'string' ? didYouMean(kind, KINDS) : ''}; use one of ${KINDS.join(', ')}`,
    );
    return { document, findings };
  }
  document.kind = kind;
  const apiVersion = value.apiVersion ?? API_VERSION;
  if (typeof apiVersion !== 'string' || !SUPPORTED_API_VERSIONS.includes(apiVersion)) {
    report(
      'unsupported-api-version',
      '/apiVersion',
      `apiVersion ${JSON.stringify(apiVersion)} is not supported by this accessctl (supported: ${SUPPORTED_API_VERSIONS.join(', ')}); use ${API_VERSION} or upgrade accessctl`,
    );
    return { document, findings };
  }
  const errors = schemaErrors(kind, value);
  findings.push(...missingFieldFindings(kind, value, source, errors));
  for (const error of errors) {
    if (error.keyword === 'required') continue;
    const finding = findingFromSchemaError(kind, source, error);
    if (finding !== null) findings.push(finding);
  }
  let expires: AccessDate | null = null;
  for (const pointer of DATE_FIELDS) {
    const written = readPointer(value, pointer);
    if (typeof written !== 'string') continue;
    if (findings.some((f) => f.rule === 'invalid-date' && sameSpot(f, source, pointer))) continue;
    const date = parseAccessDate(written);
    if (date === null)
      report('invalid-date', pointer, dateMessage(pointer, written, 'is not a real date'));
    else if (pointer === '/expires') expires = date;
  }
  if (findings.length === 0)
    document.record = toRecord(kind, value, source, apiVersion, expires?.end);
  return { document, findings };
}

function sameSpot(finding: Finding, source: DocumentSource, pointer: string): boolean {
  const at = source.locate(pointer);
  return finding.line === at.line && finding.column === at.column;
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
    default:
      return make('invalid-field', path, `"${field}" ${error.message ?? 'is invalid'}`);
  }
}

function dateMessage(pointer: string, written: unknown, problem: string): string {
  return `${fieldName(pointer)} ${describe(written)} ${problem}; write a date such as 2027-03-31 or an RFC 3339 timestamp such as 2027-03-31T18:00:00Z`;
}

function toRecord(
  kind: Kind,
  value: Record<string, unknown>,
  source: DocumentSource,
  apiVersion: string,
  expiresAt: string | undefined,
): AccessRecord {
  // `any` here because the schema has just validated every field read below; spelling each
  // shape out again as TypeScript would restate the schema, not check it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const v = value as Record<string, any>;
  const base = { id: v.id as string, apiVersion, source };
  switch (kind) {
    case 'Grant': {
      const subject = v.subject as string;
      const colon = subject.indexOf(':');
      const record: GrantRecord = {
        ...base,
        kind,
        subject,
        subjectKind: subject.slice(0, colon) as SubjectKind,
        subjectId: subject.slice(colon + 1),
        resource: v.resource,
        role: v.role,
        reason: v.reason,
        expires: v.expires,
        expiresAt: expiresAt ?? '',
      };
      if (v.owner !== undefined) record.owner = v.owner;
      if (v.ticket !== undefined) record.ticket = v.ticket;
      return record;
    }
    case 'Resource': {
      const roles = Object.create(null) as Record<string, RoleSpec>;
      const written = v.roles as Record<string, Record<string, unknown>>;
      for (const name of Object.keys(written)) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated by the schema
        const spec = written[name] as Record<string, any>;
        const role: RoleSpec = {
          name,
          risk: spec.risk as RoleRisk,
          maxDays: spec.maxDays,
          approvals: spec.approvals ?? 1,
          requires: [...((spec.requires as string[] | undefined) ?? [])],
        };
        if (spec.description !== undefined) role.description = spec.description;
        roles[name] = role;
      }
      const record: ResourceRecord = {
        ...base,
        kind,
        owners: [...(v.owners as string[])],
        provisioner: v.provisioner,
        config: (v.config as Record<string, unknown> | undefined) ?? Object.create(null),
        roles,
        glob: base.id.includes('*'),
      };
      if (v.description !== undefined) record.description = v.description;
      return record;
    }
    case 'User': {
      const record: UserRecord = { ...base, kind, status: v.status ?? 'active' };
      if (v.name !== undefined) record.name = v.name;
      if (v.email !== undefined) record.email = v.email;
      if (v.leftOn !== undefined) record.leftOn = v.leftOn;
      return record;
    }
    case 'Team': {
      const record: TeamRecord = {
        ...base,
        kind,
        maintainers: [...((v.maintainers as string[] | undefined) ?? [])],
        members: [...((v.members as string[] | undefined) ?? [])],
      };
      if (v.name !== undefined) record.name = v.name;
      if (v.description !== undefined) record.description = v.description;
      if (v.parent !== undefined) record.parent = v.parent;
      return record;
    }
    case 'ServiceAccount': {
      const rotation = v.rotation as { maxAgeDays: number; lastRotated?: string };
      const record: ServiceAccountRecord = {
        ...base,
        kind,
        owner: v.owner,
        purpose: v.purpose,
        rotation: { maxAgeDays: rotation.maxAgeDays },
      };
      if (rotation.lastRotated !== undefined) record.rotation.lastRotated = rotation.lastRotated;
      if (v.expires !== undefined) {
        record.expires = v.expires;
        record.expiresAt = expiresAt ?? '';
      }
      return record;
    }
  }
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const part of pointer.split('/').slice(1)) {
    if (!isMapping(current)) return undefined;
    current = current[part];
  }
  return current;
}

function documentLabel(kind: Kind, value: Record<string, unknown>): string {
  return typeof value.id === 'string' ? `${kind} "${value.id}"` : kind;
}

/** "/roles/admin/maxDays" reads as "roles.admin.maxDays". */
function fieldName(pointer: string): string {
  if (pointer === '') return 'document';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => pointerLeaf(`/${part}`))
    .join('.');
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
