/**
 * The access model: everything the rest of accessctl needs to read an access
 * repository, from disk or from a git ref, and to point at the line behind a finding.
 */
export { Catalog, globToRegExp } from './catalog.js';
export { DEFAULT_COMPOSE_LIMITS, composeYaml, type ComposeLimits } from './compose.js';
export {
  diffAccess,
  diffModels,
  type AccessChange,
  type AccessDiff,
  type ChangeType,
} from './diff.js';
export { grantChangesSince } from './touched-grants.js';
export { askHistory, grantStarts, type GrantStart, type GrantStarts } from './grant-starts.js';
export {
  GitError,
  PathEncodingError,
  blobSizes,
  pathsChangedSince,
  readBlobs,
  repositoryTopSync,
  resolveCommit,
} from './git.js';
export {
  accessFilesAtRef,
  isSourcePath,
  loadAccessRepositoryAtRef,
  loadAccessRepositoryAtRefs,
  snapshot,
  type GitAccessOptions,
  type Snapshot,
} from './git-load.js';
export { firstInstant, parseAccessDate, type AccessDate } from './dates.js';
export {
  compareFindings,
  hasErrors,
  type Finding,
  type LocatedFinding,
  type RuleId,
  type Severity,
} from './finding.js';
export {
  AccessDirectoryError,
  loadAccessRepository,
  loadAccessRepositorySync,
  pathJoiner,
  workingTreeFile,
} from './load.js';
export {
  DEFAULT_MAX_FILE_SIZE,
  buildAccessModel,
  parseClean,
  type AccessModel,
  type AccessModelOptions,
  type AccessSourceFile,
} from './model.js';
export {
  canonicalIdentityId,
  canonicalResourceId,
  resourceIdProblem,
  subjectProblem,
  type NameProblem,
} from './names.js';
export { grantParts, isResolved } from './packages.js';
export { ParseCache } from './parse-cache.js';
export {
  readBaseSnapshot,
  saveBaseSnapshot,
  SnapshotKeyError,
  snapshotFolder,
  snapshotKey,
  type RulesStanding,
  type SnapshotOutcome,
  type SnapshotStatus,
  type SnapshotTree,
} from './base-snapshot.js';
export type * from './records.js';
export { API_VERSION, KINDS, SCHEMA_FILE, SUPPORTED_API_VERSIONS, type Kind } from './schema.js';
export { DocumentSource, LineIndex, type SourceLocation } from './source.js';
