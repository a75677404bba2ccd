// What one commit did to grants: the files it changed under the access directory, read on
// both sides with the model's own loader, compared by id as every other diff is. A grant
// that only moved to another file is no change of access and is left out.
import { posix } from 'node:path';

import {
  DEFAULT_COMPOSE_LIMITS,
  DEFAULT_MAX_FILE_SIZE,
  DocumentSource,
  LineIndex,
  buildAccessModel,
  composeYaml,
  diffModels,
  type AccessDocument,
  type AccessModel,
  type AccessSourceFile,
  type GrantRecord,
} from '../model/index.js';
import { checkDocument } from '../model/check-document.js';
import { isMapping } from '../model/values.js';
import type { HistoryCommit } from './history.js';

/** A grant as one side of a change has it; fields are as written when it fails the schema. */
export interface GrantState {
  id: string;
  subject: string;
  /** For a package grant, `package:ID`. */
  resource: string;
  /** For a package grant, empty: the package decides the roles. */
  role: string;
  /** The access package the grant names instead of a resource and role. */
  package?: string;
  reason?: string;
  expires: string;
  /** RFC 3339; absent when the expiry is missing or not a date. */
  expiresAt?: string;
  file: string;
  record?: GrantRecord;
  /** Why there is no record: the schema errors of its file, as `accessctl validate` says them. */
  problems?: string[];
}

export interface GrantChange {
  change: 'added' | 'modified' | 'removed';
  id: string;
  before?: GrantState;
  after?: GrantState;
}

const YAML_FILE = /\.ya?ml$/i;

export class GrantChangeReader {
  /**
   * By commit sha, filled by `changes`: the ids of the access packages the commit added or
   * changed. A package is approved where it was last changed, and evidence says by whom.
   */
  readonly packagesChanged = new Map<string, string[]>();
  /** Each blob read once: its documents, and the grant states of its Grant documents. */
  private readonly loaded = new Map<string, AccessDocument[]>();
  private readonly states = new WeakMap<AccessDocument, GrantState>();
  private readonly empty = buildAccessModel([]);

  constructor(
    private readonly accessDir: string,
    private readonly blobs: Map<string, string>,
    /** False: every file read through a model of its own (see cleanDocuments). */
    private readonly shortcuts = true,
  ) {}

  /** Whether a changed path can hold access documents. */
  holdsDocuments(path: string): boolean {
    return (
      YAML_FILE.test(path) &&
      path.startsWith(`${this.accessDir}/`) &&
      // no part of the path starts with a dot
      !path.startsWith('.') &&
      !path.includes('/.')
    );
  }

  /** What `commit` did to grants; call for each commit newest first, as readHistory gives them. */
  changes(commit: HistoryCommit): GrantChange[] {
    const before: AccessDocument[] = [];
    const after: AccessDocument[] = [];
    for (const change of commit.paths) {
      if (!this.holdsDocuments(change.path)) continue;
      // Commits come newest first (see readHistory): a blob on the new side was read as the
      // old side of a later commit; after this it is needed again only if an earlier commit
      // held the very same content.
      if (change.before !== undefined)
        before.push(...this.documents(change.path, change.before, false));
      if (change.after !== undefined)
        after.push(...this.documents(change.path, change.after, true));
    }
    if (before.length === 0 && after.length === 0) return [];
    const base = { ...this.empty, documents: before };
    const head = { ...this.empty, documents: after };
    const diff = diffModels(base, head).filter((c) => c.change !== 'modified' || c.contentChanged);
    const packages = diff
      .filter((c) => c.kind === 'Package' && c.change !== 'removed')
      .map((c) => c.id);
    if (packages.length > 0) this.packagesChanged.set(commit.sha, packages);
    return diff
      .filter((c) => c.kind === 'Grant')
      .map((c) => ({
        change: c.change,
        id: c.id,
        ...(c.before === undefined ? {} : { before: this.states.get(c.before) as GrantState }),
        ...(c.after === undefined ? {} : { after: this.states.get(c.after) as GrantState }),
      }));
  }

  /**
   * Whether the commit's changes under the access directory only remove grants or move their
   * expiry earlier: what an expiry run does, and nothing that gives access or changes a rule.
   */
  onlyRemovesGrants(commit: HistoryCommit): boolean {
    const before: AccessDocument[] = [];
    const after: AccessDocument[] = [];
    for (const change of commit.paths) {
      if (!this.holdsDocuments(change.path)) return false;
      if (change.before !== undefined)
        before.push(...this.documents(change.path, change.before, false));
      if (change.after !== undefined)
        after.push(...this.documents(change.path, change.after, false));
    }
    const diff = diffModels(
      { ...this.empty, documents: before },
      { ...this.empty, documents: after },
    );
    return (
      diff.length > 0 &&
      diff.every((c) => {
        if (c.kind !== 'Grant') return false;
        if (c.change === 'removed') return true;
        if (c.change !== 'modified' || c.before === undefined || c.after === undefined)
          return false;
        if (!c.contentChanged) return true;
        const was = this.states.get(c.before);
        const now = this.states.get(c.after);
        return (
          was?.expiresAt !== undefined &&
          now?.expiresAt !== undefined &&
          now.record !== undefined &&
          was.subject === now.subject &&
          was.resource === now.resource &&
          was.role === now.role &&
          now.expiresAt < was.expiresAt
        );
      })
    );
  }

  /**
   * Forgets every document read so far, once no commit is asked about again: a long history
   * keeps one parsed version of every grant alive until then.
   */
  release(): void {
    this.loaded.clear();
  }

  /** The documents of one blob at one path, read with the model's loader as its own file. */
  private documents(path: string, oid: string, last: boolean): AccessDocument[] {
    const key = `${oid}\u0000${path}`;
    let documents = this.loaded.get(key);
    if (documents === undefined) {
      const file = this.file(path, oid);
      documents = this.shortcuts ? cleanDocuments(file) : undefined;
      if (documents !== undefined) {
        for (const doc of documents)
          if (doc.kind === 'Grant') this.states.set(doc, grantState(doc, undefined));
      } else {
        const model = buildAccessModel([file]);
        documents = model.documents;
        for (const doc of documents)
          if (doc.kind === 'Grant') this.states.set(doc, grantState(doc, model));
      }
      this.loaded.set(key, documents);
    }
    if (last) this.loaded.delete(key);
    return documents;
  }

  private file(path: string, oid: string): AccessSourceFile {
    const text = this.blobs.get(oid);
    return {
      path,
      relativePath: posix.relative(this.accessDir, path),
      size: text === undefined ? 0 : Buffer.byteLength(text),
      cacheKey: `${oid}\u0000${path}`,
      read: () => {
        if (text === undefined) throw new Error(`blob ${oid} is missing from the repository`);
        return text;
      },
    };
  }
}

/**
 * The documents of a file that parses and passes the schema without a single finding, read
 * as the model's loader reads them (composeYaml, then checkDocument) but without building a
 * model around one file; undefined for any other file, which then goes through
 * buildAccessModel for the findings its grants' rows name. Every version of every grant file
 * in the history is read here, and a model per file (its catalog, maps, reference checks
 * against nothing) was most of the time spent reading a long history's changes.
 */
function cleanDocuments(file: AccessSourceFile): AccessDocument[] | undefined {
  if (file.size > DEFAULT_MAX_FILE_SIZE) return undefined;
  let text: string;
  try {
    text = file.read();
  } catch {
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const composed = composeYaml(file.path, text, DEFAULT_COMPOSE_LIMITS);
  if (composed.findings.length > 0) return undefined;
  const documents: AccessDocument[] = [];
  for (const one of composed.documents) {
    const checked = checkDocument(one);
    if (checked.findings.length > 0 || checked.document.record === null) return undefined;
    documents.push(checked.document);
  }
  return documents;
}

function grantState(doc: AccessDocument, model: AccessModel | undefined): GrantState {
  const record = doc.record?.kind === 'Grant' ? doc.record : undefined;
  if (record !== undefined)
    return {
      id: record.id,
      subject: record.subject,
      resource: record.package === undefined ? record.resource : `package:${record.package}`,
      role: record.role,
      ...(record.package === undefined ? {} : { package: record.package }),
      ...(record.reason === '' ? {} : { reason: record.reason }),
      expires: record.expires,
      expiresAt: record.expiresAt,
      file: doc.file,
      record: { ...record, source: packed(record.source) },
    };
  const value = isMapping(doc.value) ? doc.value : {};
  const text = (key: string): string => {
    const v = value[key];
    return typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : '';
  };
  const problems = (model?.findings ?? [])
    .filter((f) => f.file === doc.file && f.severity === 'error')
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  return {
    id: doc.id ?? '',
    subject: text('subject'),
    resource: text('resource'),
    role: text('role'),
    ...(text('reason') === '' ? {} : { reason: text('reason') }),
    expires: text('expires'),
    file: doc.file,
    problems,
  };
}

/**
 * The same places, each kept as one string until a finding points into them: a long history
 * holds a record of every grant version it has not judged yet, and their places, as arrays,
 * were a large part of it.
 */
function packed(source: DocumentSource): DocumentSource {
  const index = LineIndex.unpack(source.file, source.lineIndex.pack());
  return DocumentSource.unpack(index, source.start, source.pack());
}
