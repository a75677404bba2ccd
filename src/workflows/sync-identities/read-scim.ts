// Reads SCIM 2.0 User resources (RFC 7643) as identity providers export them: a
// ListResponse, or a plain array of Users. The JSON is read with the access model's YAML
// reader (JSON is YAML), which keeps where every value was written.
import { composeYaml, type SourceLocation } from '../../model/index.js';
import type { DocumentSource } from '../../model/index.js';
import { hrFinding, type HrFile, type Person, type PersonField } from './person.js';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
/** accessctl's own extension: the GitHub login when userName is not one, and contract fields. */
export const ACCESSCTL = 'urn:accessctl:params:scim:schemas:extension:access:2.0:User';

type Json = Record<string, unknown>;

export function readScim(file: string, text: string): HrFile {
  const composed = composeYaml(file, text);
  const errors = composed.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    return {
      people: [],
      findings: errors.map((f) => ({
        ...f,
        rule: 'hr-file',
        message: `not valid JSON: ${f.message}`,
      })),
    };
  const doc = composed.documents[0];
  if (doc === undefined || composed.documents.length > 1)
    return {
      people: [],
      findings: [
        hrFinding(
          { file, line: 1, column: 1 },
          'expected one JSON value: a SCIM ListResponse or an array of Users',
        ),
      ],
    };
  const { value, source } = doc;
  const list = Array.isArray(value)
    ? { items: value, pointer: '' }
    : isObject(value) && Array.isArray(value.Resources)
      ? { items: value.Resources, pointer: '/Resources' }
      : undefined;
  if (list === undefined)
    return {
      people: [],
      findings: [
        hrFinding(
          source.locate(''),
          'expected a SCIM ListResponse ({"schemas": [...ListResponse], "Resources": [...]}) or an array of SCIM Users',
        ),
      ],
    };
  const people: Person[] = [];
  const findings = [];
  // managers are named by their SCIM id; the sponsor is the manager's login
  const loginById = new Map<string, string>();
  for (const item of list.items)
    if (isObject(item) && typeof item.id === 'string') {
      const login = loginOf(item);
      if (login !== undefined) loginById.set(item.id, login);
    }
  for (const [i, item] of list.items.entries()) {
    const base = `${list.pointer}/${i}`;
    if (!isObject(item)) {
      findings.push(hrFinding(source.locate(base), 'each resource must be a SCIM User object'));
      continue;
    }
    const person: Person = { at: source.locate(base), values: {}, where: {} };
    const set = (field: PersonField, pointer: string, text: unknown) => {
      if (typeof text !== 'string' || text === '') return;
      person.values[field] = text;
      person.where[field] = source.locate(`${base}${pointer}`);
    };
    const access = isObject(item[ACCESSCTL]) ? item[ACCESSCTL] : {};
    const enterprise = isObject(item[ENTERPRISE]) ? item[ENTERPRISE] : {};
    const ext = (name: string) => `/${escapePointer(ACCESSCTL)}/${name}`;
    const ent = (name: string) => `/${escapePointer(ENTERPRISE)}/${name}`;
    if (typeof access.login === 'string') set('login', ext('login'), access.login);
    else set('login', '/userName', item.userName);
    const name = isObject(item.name) ? item.name.formatted : undefined;
    if (typeof name === 'string') set('name', '/name/formatted', name);
    else set('name', '/displayName', item.displayName);
    const emails = Array.isArray(item.emails) ? item.emails : [];
    const primary = emails.findIndex((e) => isObject(e) && e.primary === true);
    const e = primary >= 0 ? primary : 0;
    if (isObject(emails[e])) set('email', `/emails/${e}/value`, emails[e].value);
    set('team', ent('department'), enterprise.department);
    if (typeof item.userType === 'string') set('type', '/userType', item.userType.toLowerCase());
    set('contractEnds', ext('contractEnds'), access.contractEnds);
    if (typeof access.sponsor === 'string') set('sponsor', ext('sponsor'), access.sponsor);
    else if (isObject(enterprise.manager) && typeof enterprise.manager.value === 'string') {
      const manager = loginById.get(enterprise.manager.value);
      if (manager !== undefined) set('sponsor', `${ent('manager')}/value`, manager);
    }
    if (item.active === false) {
      set('status', '/active', 'leaver');
      set('leftOn', ext('leftOn'), access.leftOn);
    } else if (item.active === true) set('status', '/active', 'active');
    else if (item.active !== undefined)
      findings.push(hrFinding(locate(source, `${base}/active`), '"active" must be true or false'));
    people.push(person);
  }
  return { people, findings };
}

function loginOf(item: Json): string | undefined {
  const access = item[ACCESSCTL];
  if (isObject(access) && typeof access.login === 'string') return access.login;
  return typeof item.userName === 'string' ? item.userName : undefined;
}

function locate(source: DocumentSource, pointer: string): SourceLocation {
  return source.locate(pointer);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
