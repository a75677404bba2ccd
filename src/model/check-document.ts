import type { ComposedDocument } from './compose.js';
import { firstInstant, parseAccessDate, type AccessDate } from './dates.js';
import type { Finding, RuleId } from './finding.js';
import type { AccessDocument } from './records.js';
import { DATE_FIELDS, dateMessage, schemaFindings } from './schema-findings.js';
import { API_VERSION, KINDS, SUPPORTED_API_VERSIONS, isKind } from './schema.js';
import type { DocumentSource } from './source.js';
import { didYouMean } from './suggest.js';
import { toRecord } from './to-record.js';
import { describe, isMapping, readPointer } from './values.js';

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
  findings.push(...schemaFindings(kind, value, source));
  if (kind === 'Grant') findings.push(...grantTargetFindings(value, source));
  let expires: AccessDate | null = null;
  let starts: AccessDate | null = null;
  for (const pointer of DATE_FIELDS) {
    const written = readPointer(value, pointer);
    if (typeof written !== 'string') continue;
    if (findings.some((f) => f.rule === 'invalid-date' && sameSpot(f, source, pointer))) continue;
    const date = parseAccessDate(written);
    if (date === null)
      report('invalid-date', pointer, dateMessage(pointer, written, 'is not a real date'));
    else if (pointer === '/expires') expires = date;
    else if (pointer === '/starts') starts = date;
  }
  const startsAt = starts === null ? undefined : firstInstant(starts);
  if (startsAt !== undefined && expires !== null && startsAt >= expires.end)
    report(
      'invalid-field',
      '/starts',
      `"starts" ${starts?.written} is not before "expires" ${expires.written}: a grant ends after it starts; fix one of the two dates`,
    );
  if (findings.length === 0)
    document.record = toRecord(kind, value, source, apiVersion, expires?.end);
  return { document, findings };
}

/**
 * A grant names what it gives one way: a package, or a resource and a role (the schema
 * requires the two without a package). Both at once is reported here, on each extra field:
 * in the schema a oneOf would make ajv list every branch's errors instead of one sentence.
 */
function grantTargetFindings(value: Record<string, unknown>, source: DocumentSource): Finding[] {
  if (value.package === undefined) return [];
  return ['resource', 'role']
    .filter((field) => value[field] !== undefined)
    .map((field) => ({
      rule: 'invalid-field',
      severity: 'error',
      message: `a grant names either a package or a resource and role, not both: remove ${field} (the package ${JSON.stringify(value.package)} decides the roles) or remove package`,
      ...source.locateKey(`/${field}`),
    }));
}

function sameSpot(finding: Finding, source: DocumentSource, pointer: string): boolean {
  const at = source.locate(pointer);
  return finding.line === at.line && finding.column === at.column;
}
