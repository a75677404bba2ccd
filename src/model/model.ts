import { basename, posix } from 'node:path';

import { Catalog } from './catalog.js';
import { checkDocument } from './check-document.js';
import {
  DEFAULT_COMPOSE_LIMITS,
  composeYaml,
  type ComposeLimits,
  type ComposedFile,
} from './compose.js';
import { appendAll, capRepeats, compareFindings, type Finding } from './finding.js';
import { MissingBlobError } from './git.js';
import { canonicalIdentityId, canonicalResourceId } from './names.js';
import type { ParseCache } from './parse-cache.js';
import type {
  AccessDocument,
  AccessRecord,
  GrantRecord,
  PackageRecord,
  ResourceRecord,
  ServiceAccountRecord,
  TeamRecord,
  UserRecord,
} from './records.js';
import { resolveReferences, type BrokenIds, type Identities } from './references.js';
import { resolvePackages } from './packages.js';
import type { Kind } from './schema.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface AccessModelOptions {
  /** Files larger than this many bytes are reported, never read. Default 1 MiB. */
  maxFileSize?: number;
  limits?: Partial<ComposeLimits>;
  /**
   * Parsed files by `AccessSourceFile.cacheKey`. Loading two commits with one cache parses
   * a file the two share only once; the parsed documents are never mutated, so sharing is safe.
   */
  composeCache?: Map<string, ComposedFile>;
  /** Files parsed by an earlier run, by `AccessSourceFile.blob`; kept there when parsed here. */
  parseCache?: ParseCache;
}

/** One YAML file of the access repository, from disk or from a git tree. */
export interface AccessSourceFile {
  /** The path findings name. */
  path: string;
  /** The path inside the access directory, '/'-separated: decides which kinds belong there. */
  relativePath: string;
  /** Size in bytes, known before reading so that an oversized file costs nothing. */
  size: number;
  read(): string;
  /** Identifies the exact content at this path (e.g. blob id + path), for `composeCache`. */
  cacheKey?: string;
  /** The git blob id of the content, for `parseCache`. */
  blob?: string;
}

export interface AccessModel {
  /** Every file considered, in the order read. */
  files: string[];
  documents: AccessDocument[];
  grants: GrantRecord[];
  resources: ResourceRecord[];
  packages: PackageRecord[];
  users: UserRecord[];
  teams: TeamRecord[];
  serviceAccounts: ServiceAccountRecord[];
  /** Resource lookup by id: exact entries first, then the most specific glob. */
  catalog: Catalog;
  identities: Identities;
  /** Sorted by file, line, column. */
  findings: Finding[];
}

/** Where each kind lives, so a catalog edit can never hide among grants in a review. */
const HOME: Record<Kind, string> = {
  Grant: 'grants',
  Resource: 'catalog',
  // its own folder: a package is a rule (owners approve it once), never a request
  Package: 'packages',
  User: 'identities',
  Team: 'identities',
  ServiceAccount: 'identities',
};

/** Reads, checks and links the documents of an access repository. Never throws on bad input. */
export function buildAccessModel(
  files: Iterable<AccessSourceFile>,
  options: AccessModelOptions = {},
): AccessModel {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const limits = { ...DEFAULT_COMPOSE_LIMITS, ...options.limits };
  const findings: Finding[] = [];
  const documents: AccessDocument[] = [];
  const fileList: string[] = [];
  // By kind, then id: one map per kind rather than a joined key per document.
  const firstById = new Map<Kind, Map<string, AccessDocument>>();
  const broken: BrokenIds = {
    Grant: new Set(),
    Resource: new Set(),
    Package: new Set(),
    User: new Set(),
    Team: new Set(),
    ServiceAccount: new Set(),
  };
  const records: AccessRecord[] = [];
  // Each file as the access directory's name and its path inside ("access/grants/a.yaml"):
  // the repository-relative path when the access directory sits at the top, as it usually does.
  // Made when a duplicate names the file: joining (or even indexing) 100,000 paths up front
  // cost a tenth of a large build.
  const sources: AccessSourceFile[] = [];
  const byPath = new Map<string, AccessSourceFile>();
  let indexed = 0;
  const shownAs = (path: string): string => {
    for (; indexed < sources.length; indexed++) {
      const file = sources[indexed] as AccessSourceFile;
      byPath.set(file.path, file);
    }
    const file = byPath.get(path);
    if (file === undefined) return path;
    const inside = file.path.slice(0, Math.max(0, file.path.length - file.relativePath.length));
    return posix.join(basename(inside) || '.', file.relativePath);
  };

  for (const file of files) {
    sources.push(file);
    fileList.push(file.path);
    if (file.size > maxFileSize) {
      findings.push({
        rule: 'file-too-large',
        severity: 'error',
        message: `file is ${formatBytes(file.size)}, over the ${formatBytes(maxFileSize)} limit; split it into smaller files (or raise --max-file-size)`,
        file: file.path,
        line: 1,
        column: 1,
      });
      continue;
    }
    const parsed = parseFile(file, options, limits);
    if (parsed instanceof Error) {
      findings.push({
        rule: 'file-unreadable',
        severity: 'error',
        message: `cannot read file: ${parsed.message}; check its permissions`,
        file: file.path,
        line: 1,
        column: 1,
      });
      continue;
    }
    appendAll(findings, parsed.findings);
    const slash = file.relativePath.indexOf('/');
    const home = slash === -1 ? file.relativePath : file.relativePath.slice(0, slash);
    for (const document of parsed.documents) {
      documents.push(document);
      if (document.kind === null) continue;
      if (home !== HOME[document.kind]) {
        findings.push({
          rule: 'misplaced-document',
          severity: 'error',
          message: `${document.kind} documents belong under ${HOME[document.kind]}/ (so reviews and policies see them for what they are); move this document there`,
          ...document.source.location,
        });
        // Nothing it says takes effect: a Resource among packages, which their owners may
        // approve, must not become catalog, nor a Grant among identities a request.
        continue;
      }
      if (document.id === null) continue;
      let ofKind = firstById.get(document.kind);
      if (ofKind === undefined) firstById.set(document.kind, (ofKind = new Map()));
      // a resource or identity named twice in different case is still named twice
      const key =
        document.kind === 'Grant'
          ? document.id
          : document.kind === 'Resource'
            ? canonicalResourceId(document.id)
            : canonicalIdentityId(document.id);
      const first = ofKind.get(key);
      if (first !== undefined) {
        const at = first.source.locate('/id');
        // On the later of the two in path order, which is most often the one just added;
        // `check --base` moves it to the one the change adds when that is the earlier.
        findings.push({
          rule: 'duplicate-id',
          severity: 'error',
          message: `${document.kind} id "${document.id}" is used twice: here and at ${shownAs(at.file)}:${at.line}:${at.column}${first.id === document.id ? '' : ` (as "${first.id}"; ${document.kind === 'Resource' ? 'GitHub and PostgreSQL names' : 'logins, slugs and names'} are compared case-insensitively)`}; give one of them a different id`,
          ...document.source.locate('/id'),
          related: { ...at, shownAs: shownAs(at.file) },
        });
        continue;
      }
      ofKind.set(key, document);
      if (document.record === null) broken[document.kind].add(key);
      else records.push(document.record);
    }
  }

  const grants: GrantRecord[] = [];
  const resources: ResourceRecord[] = [];
  const packages: PackageRecord[] = [];
  const users: UserRecord[] = [];
  const teams: TeamRecord[] = [];
  const serviceAccounts: ServiceAccountRecord[] = [];
  for (const record of records) {
    if (record.kind === 'Grant') grants.push(record);
    else if (record.kind === 'Resource') resources.push(record);
    else if (record.kind === 'Package') packages.push(record);
    else if (record.kind === 'User') users.push(record);
    else if (record.kind === 'Team') teams.push(record);
    else serviceAccounts.push(record);
  }
  // by canonical id: logins and slugs are case-insensitive (src/model/names.ts)
  const identities: Identities = {
    users: new Map(users.map((u) => [canonicalIdentityId(u.id), u])),
    teams: new Map(teams.map((t) => [canonicalIdentityId(t.id), t])),
    serviceAccounts: new Map(serviceAccounts.map((s) => [canonicalIdentityId(s.id), s])),
  };
  appendAll(findings, resolveReferences(grants, resources, identities, broken));
  appendAll(findings, resolvePackages(grants, packages, resources, identities, broken));
  findings.sort(compareFindings);
  const shown = capRepeats(findings);
  return {
    files: fileList,
    documents,
    grants,
    resources,
    packages,
    users,
    teams,
    serviceAccounts,
    catalog: new Catalog(resources),
    identities,
    findings: shown,
  };
}

/** One file's documents, checked one by one, and every finding that makes. */
export interface ParsedFile {
  documents: AccessDocument[];
  findings: Finding[];
}

/**
 * Parses the clean files `cache` reads from git (ParseCache.readClean) as git streams them,
 * so parsing overlaps git's reading; buildAccessModel then takes each file as parsed here.
 * `shown` names a file in findings from its path inside the access directory.
 */
export async function parseClean(
  cache: ParseCache,
  shown: (relativePath: string) => string,
  options: AccessModelOptions = {},
  /** Which files to keep in the cache too (default all): a file built only once need not be. */
  keep: (relativePath: string) => boolean = () => true,
): Promise<void> {
  const limits = { ...DEFAULT_COMPOSE_LIMITS, ...options.limits };
  const kept = { ...options, parseCache: cache };
  const once = { ...options, parseCache: undefined };
  await cache.readClean(
    options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    (blob, relativePath, text, size) => {
      const path = shown(relativePath);
      const parsed = parseFile(
        { path, relativePath, size, blob, read: () => text },
        keep(relativePath) ? kept : once,
        limits,
      );
      if (!(parsed instanceof Error)) cache.hold(blob, path, parsed);
    },
  );
}

/** Reads, parses and checks one file, through the caches it has keys for. */
function parseFile(
  file: AccessSourceFile,
  options: AccessModelOptions,
  limits: ComposeLimits,
): ParsedFile | Error {
  const ahead =
    file.blob === undefined ? undefined : options.parseCache?.take(file.blob, file.path);
  if (ahead !== undefined) return ahead;
  const kept = file.blob === undefined ? undefined : options.parseCache?.get(file.blob, file.path);
  if (kept !== undefined) return { documents: kept, findings: [] };
  const composed = composeFile(file, options, limits);
  if (composed instanceof Error) return composed;
  const parsed: ParsedFile = { documents: [], findings: [...composed.findings] };
  for (const doc of composed.documents) {
    const checked = checkDocument(doc);
    parsed.documents.push(checked.document);
    appendAll(parsed.findings, checked.findings);
  }
  if (file.blob !== undefined && parsed.findings.length === 0)
    options.parseCache?.set(file.blob, file.size, parsed.documents);
  return parsed;
}

/** Reads and parses one file, through the cache when it has a key; an Error when unreadable. */
function composeFile(
  file: AccessSourceFile,
  options: AccessModelOptions,
  limits: ComposeLimits,
): ComposedFile | Error {
  const cached = file.cacheKey === undefined ? undefined : options.composeCache?.get(file.cacheKey);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = file.read();
  } catch (error) {
    if (error instanceof MissingBlobError) throw error;
    return error instanceof Error ? error : new Error(String(error));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const composed = composeYaml(file.path, text, limits);
  if (file.cacheKey !== undefined) options.composeCache?.set(file.cacheKey, composed);
  return composed;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
