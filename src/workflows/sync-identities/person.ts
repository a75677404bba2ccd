// One person as an HR export or an identity provider states them: what the identity sync
// compares with identities/. Every field keeps where it was written, so a finding about it
// points at the cell or the JSON value.
import type { LocatedFinding, SourceLocation } from '../../model/index.js';

export const PERSON_FIELDS = [
  'login',
  'name',
  'email',
  'team',
  'status',
  'leftOn',
  'type',
  'sponsor',
  'contractEnds',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface Person {
  /** Where the row or resource starts. */
  at: SourceLocation;
  /** The values given, as text; a field the source does not give is absent. */
  values: Partial<Record<PersonField, string>>;
  /** Where each given value was written. */
  where: Partial<Record<PersonField, SourceLocation>>;
}

export interface HrFile {
  people: Person[];
  /** Problems reading the file itself (syntax, shape, unknown columns). */
  findings: LocatedFinding[];
}

export function hrFinding(at: SourceLocation, message: string): LocatedFinding {
  return { rule: 'hr-file', severity: 'error', message, ...at };
}
