import type { DocumentSource } from './source.js';
import type { Kind } from './schema.js';

/** Fields every typed record shares. `source` points at any field by JSON pointer. */
interface RecordBase {
  id: string;
  apiVersion: string;
  source: DocumentSource;
}

export type RoleRisk = 'low' | 'medium' | 'high' | 'critical';

export interface RoleSpec {
  name: string;
  risk: RoleRisk;
  maxDays: number;
  /** Owner approvals a grant of this role needs; 1 when the catalog does not say. */
  approvals: number;
  /** Grant fields this role makes mandatory, e.g. ["ticket"]. */
  requires: string[];
  description?: string;
  /** False when contractors and externals may not hold the role; true when the catalog does not say. */
  contractors: boolean;
}

export interface ResourceRecord extends RecordBase {
  kind: 'Resource';
  description?: string;
  owners: string[];
  provisioner: string;
  config: Record<string, unknown>;
  /** By role name; a null-prototype object, so it serialises to JSON as written. */
  roles: Record<string, RoleSpec>;
  /** The riskiest role a team may hold here; absent means no limit for teams. */
  teamMaxRisk?: RoleRisk;
  /** The id holds a wildcard and matches many resources (github:team/*). */
  glob: boolean;
}

export type SubjectKind = 'user' | 'team' | 'service';

export interface GrantRecord extends RecordBase {
  kind: 'Grant';
  subject: string;
  subjectKind: SubjectKind;
  subjectId: string;
  resource: string;
  role: string;
  reason: string;
  /** As written: a date or an RFC 3339 timestamp. */
  expires: string;
  /** The first instant the grant no longer holds, RFC 3339 UTC (a date lasts its whole day). */
  expiresAt: string;
  /** As written, when the grant names its own start (otherwise git history gives it). */
  starts?: string;
  /** The first instant of `starts`, RFC 3339 UTC. */
  startsAt?: string;
  owner?: string;
  ticket?: string;
  /** The access package the grant names instead of a resource and role (both then ''). */
  package?: string;
  /** Filled in when subject, resource and role all resolve. */
  resolved?: ResolvedGrant;
  /**
   * A package grant whose subject and package resolve: one grant per role of the package,
   * each with its resource, role and `resolved`, sharing this grant's id, subject and dates.
   * What provisioning applies and removes.
   */
  parts?: GrantRecord[];
}

/** One resource role of an access package. */
export interface PackageRole {
  resource: string;
  role: string;
}

/** Who may hold a package without review: every condition given must hold. */
export interface PackageEligibility {
  /** Member or maintainer of one of these teams, or of a team below one. */
  teams?: string[];
  /** Of one of these user types; [employee] when the package does not say. */
  types: UserType[];
}

export interface PackageRecord extends RecordBase {
  kind: 'Package';
  description?: string;
  owners: string[];
  maxDays: number;
  roles: PackageRole[];
  eligible: PackageEligibility;
}

export interface ResolvedGrant {
  subject: UserRecord | TeamRecord | ServiceAccountRecord;
  /** The catalog entry that matched: the exact id, or the most specific glob. */
  resource: ResourceRecord;
  role: RoleSpec;
}

export interface UserRecord extends RecordBase {
  kind: 'User';
  name?: string;
  email?: string;
  status: 'active' | 'leaver';
  leftOn?: string;
  /** employee when the document does not say. */
  type: UserType;
  /** Login of the employee who answers for a contractor or external. */
  sponsor?: string;
  /** As written: a date or an RFC 3339 timestamp. */
  contractEnds?: string;
  /** The first instant the contract no longer holds, RFC 3339 UTC (a date lasts its whole day). */
  contractEndsAt?: string;
}

export type UserType = 'employee' | 'contractor' | 'external';

export interface TeamRecord extends RecordBase {
  kind: 'Team';
  name?: string;
  description?: string;
  parent?: string;
  maintainers: string[];
  members: string[];
}

export interface ServiceAccountRecord extends RecordBase {
  kind: 'ServiceAccount';
  owner: string;
  purpose: string;
  rotation: { maxAgeDays: number; lastRotated?: string };
  expires?: string;
  expiresAt?: string;
}

export type AccessRecord =
  GrantRecord | ResourceRecord | PackageRecord | UserRecord | TeamRecord | ServiceAccountRecord;

/** Every YAML document read, valid or not, in file order. */
export interface AccessDocument {
  file: string;
  /** 0-based position in its file. */
  index: number;
  /** The kind as written, when it is a known one. */
  kind: Kind | null;
  /** The id as written, when it is a string. */
  id: string | null;
  /** The plain value (null-prototype mappings). */
  value: unknown;
  source: DocumentSource;
  /** The typed record, when the document passed the schema. */
  record: AccessRecord | null;
}
