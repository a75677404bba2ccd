// The evidence of provisioning: JSON Lines records, appended, never rewritten. Each record
// carries the SHA-256 of the exact text of the line before it, so deleting, reordering or
// editing any record breaks the chain at that line, which the verifier names.
//
// Records are written ahead: an `intent` before a system is called, a `result` after it, so
// a run killed between the two leaves an intent without a result, which the next run closes
// by reading what the system holds (`recovered: true`). A `seal` ends each run: the count and
// the chain head, with an HMAC over both when a key is configured. The chain alone cannot
// show an edit of the last line, a dropped tail or a chain recomputed after a deletion; the
// seals' HMAC and the anchors kept outside the log (see anchors.ts) can.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';

import type { AccessTarget, OperationAction } from './provisioner.js';

/** The `previous` of the first record: there is no line before it. */
export const GENESIS = '0'.repeat(64);

/**
 * `pending`: handed to people as an issue; `declined`: that issue was closed as not planned.
 * A later record for the same `issue` says how it ended.
 */
export type EvidenceResult =
  'applied' | 'failed' | 'refused' | 'held' | 'not-applied' | 'pending' | 'declined';

/** What one operation came to (or a refused grant). Records without `phase` are results. */
export interface EvidenceEntry {
  phase?: 'result';
  grant: string;
  /** e.g. "grant push to alice on acme/ledger". */
  operation: string;
  result: EvidenceResult;
  message: string;
  mergeCommit: string;
  /** "owner/name" of the access repository on GitHub, when known. */
  repository?: string;
  /** The pull request that merged `mergeCommit`; absent for a direct push or when unknown. */
  pullRequest?: number;
  /** Whose approvals stood on that pull request when it was merged. */
  approvers?: string[];
  /** The run and the operation's number in it: the intent this result completes. */
  run?: string;
  op?: number;
  /** Written by a later run that read the system after this run stopped before its result. */
  recovered?: boolean;
  /** The issue a change handed to people waits on (manual provisioning). */
  issue?: number;
  issueUrl?: string;
  /** Who closed that issue and when, and whether they own the resource. */
  closedBy?: string;
  closedAt?: string;
  closedByOwner?: boolean;
  /** RFC 3339. */
  time: string;
}

/** Written before the system is called: what is about to be done, to which target. */
export interface IntentEntry {
  phase: 'intent';
  grant: string;
  operation: string;
  action: OperationAction;
  from?: string;
  to?: string;
  /** The provisioner's whole target, so a later run can read it again. */
  target: AccessTarget;
  mergeCommit: string;
  repository?: string;
  pullRequest?: number;
  approvers?: string[];
  run: string;
  op: number;
  time: string;
}

/** The end of a run: how many records precede it and the hash of the last of them. */
export interface SealEntry {
  phase: 'seal';
  run: string;
  mergeCommit: string;
  repository?: string;
  /** Lines before this one. */
  records: number;
  /** SHA-256 of the line before this one (GENESIS when none). */
  head: string;
  /** HMAC-SHA256 (hex) of `sealMessage(records, head)` with ACCESSCTL_EVIDENCE_KEY. */
  hmac?: string;
  time: string;
}

export type AnyEntry = EvidenceEntry | IntentEntry | SealEntry;

export type EvidenceRecord = EvidenceEntry & { previous: string };
export type IntentRecord = IntentEntry & { previous: string };
export type SealRecord = SealEntry & { previous: string };
export type AnyRecord = EvidenceRecord | IntentRecord | SealRecord;

export function hashLine(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/** The text a seal's HMAC covers: `accessctl-evidence:<records>:<head>`. */
export function sealMessage(records: number, head: string): string {
  return `accessctl-evidence:${records}:${head}`;
}

export function sealHmac(key: string, records: number, head: string): string {
  return createHmac('sha256', key).update(sealMessage(records, head), 'utf8').digest('hex');
}

export function isResult(record: AnyRecord): record is EvidenceRecord {
  return record.phase === undefined || record.phase === 'result';
}

export function isIntent(record: AnyRecord): record is IntentRecord {
  return record.phase === 'intent';
}

export function isSeal(record: AnyRecord): record is SealRecord {
  return record.phase === 'seal';
}

/** Splits a log into its lines; a last line without its newline still counts. */
export function logLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Where a log is kept: a local file, or a branch of the repository on GitHub. */
export interface EvidenceStore {
  /** How a person finds it, e.g. "accessctl-evidence.jsonl" or "branch accessctl-evidence of acme/access". */
  readonly name: string;
  /**
   * Whether results may wait for the next write (each write costs API calls). A result that
   * never gets written is not lost: its intent is there, and the next run completes it.
   */
  readonly deferResults: boolean;
  /** The whole log and a version token for `append`. */
  load(): Promise<{ text: string; version: string }>;
  /**
   * Appends `addition` to `text` (the log as loaded at `version`). Answers the new version, or
   * 'conflict' when the log moved meanwhile (another run wrote): load again and re-chain.
   */
  append(
    version: string,
    text: string,
    addition: string,
    summary: string,
  ): Promise<string | 'conflict'>;
}

export class FileStore implements EvidenceStore {
  readonly deferResults = false;
  constructor(readonly name: string) {}

  async load(): Promise<{ text: string; version: string }> {
    return { text: await readExisting(this.name), version: '' };
  }

  async append(_version: string, text: string, addition: string): Promise<string> {
    // a last line cut off before its newline stays a line of its own
    const gap = text === '' || text.endsWith('\n') ? '' : '\n';
    await appendFile(this.name, gap + addition, 'utf8');
    return '';
  }
}

const RETRIES = 5;

/** The log open for appending: each append chains to the last line and is written at once. */
export class EvidenceWriter {
  private text = '';
  private version = '';
  private lines: string[] = [];
  private queued: AnyEntry[] = [];
  /** Lines this writer appended. */
  written = 0;

  private constructor(readonly store: EvidenceStore) {}

  static async open(store: EvidenceStore): Promise<EvidenceWriter> {
    const writer = new EvidenceWriter(store);
    await writer.reload();
    return writer;
  }

  /** The records as they stand now (unparseable lines left out). */
  records(): AnyRecord[] {
    const out: AnyRecord[] = [];
    for (const line of this.lines) {
      const record = parseAny(line);
      if (record !== undefined) out.push(record);
    }
    return out;
  }

  get count(): number {
    return this.lines.length;
  }

  get head(): string {
    const last = this.lines[this.lines.length - 1];
    return last === undefined ? GENESIS : hashLine(last);
  }

  get logText(): string {
    return this.text;
  }

  /** Written with the next append, or now when the store does not defer. */
  async defer(entry: AnyEntry): Promise<void> {
    this.queued.push(entry);
    if (!this.store.deferResults) await this.append([]);
  }

  /** Appends the queued entries and these, chained; retried on a conflicting writer. */
  async append(entries: AnyEntry[], summary = 'append evidence'): Promise<void> {
    const all = [...this.queued, ...entries];
    if (all.length === 0) return;
    for (let attempt = 0; ; attempt++) {
      let previous = this.head;
      let addition = '';
      const added: string[] = [];
      let count = this.lines.length;
      for (const entry of all) {
        // a seal speaks of the lines before it, so it is completed here, where they are known
        const value =
          entry.phase === 'seal'
            ? { ...entry, records: count, head: previous, ...this.sealKey(count, previous) }
            : entry;
        const line = JSON.stringify({ ...value, previous });
        added.push(line);
        addition += `${line}\n`;
        previous = hashLine(line);
        count += 1;
      }
      const answer = await this.store.append(this.version, this.text, addition, summary);
      if (answer !== 'conflict') {
        this.version = answer;
        this.text = joinLog(this.text, addition);
        this.lines.push(...added);
        this.queued = [];
        this.written += added.length;
        return;
      }
      if (attempt >= RETRIES)
        throw new Error(
          `${this.store.name} kept moving while this run appended to it (${RETRIES + 1} tries); is another provisioning run writing at the same time? Give the workflows one concurrency group`,
        );
      await this.reload();
    }
  }

  /** The key the seals are signed with; none when unset. */
  sealingKey: string | undefined;

  private sealKey(records: number, head: string): { hmac?: string } {
    return this.sealingKey === undefined || this.sealingKey === ''
      ? {}
      : { hmac: sealHmac(this.sealingKey, records, head) };
  }

  private async reload(): Promise<void> {
    const { text, version } = await this.store.load();
    this.text = text;
    this.version = version;
    this.lines = logLines(text);
  }
}

function joinLog(text: string, addition: string): string {
  return text === '' || text.endsWith('\n') ? text + addition : `${text}\n${addition}`;
}

/** Appends the entries to the log at `file` (created when missing), chained to its last line. */
export async function appendEvidence(file: string, entries: AnyEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const writer = await EvidenceWriter.open(new FileStore(file));
  await writer.append(entries);
}

export type EvidenceVerdict =
  | { ok: true; records: AnyRecord[] }
  | { ok: false; records: AnyRecord[]; line: number; problem: string };

export interface VerifyOptions {
  /** ACCESSCTL_EVIDENCE_KEY: every seal's HMAC must verify, and the log must end with a seal. */
  key?: string;
}

/** Checks every link of the chain; the first broken line is reported by its 1-based number. */
export function verifyEvidence(
  text: string,
  file = 'evidence log',
  options: VerifyOptions = {},
): EvidenceVerdict {
  const records: AnyRecord[] = [];
  const lines = logLines(text);
  let expected = GENESIS;
  for (const [index, line] of lines.entries()) {
    const at = index + 1;
    const fail = (problem: string): EvidenceVerdict => ({
      ok: false,
      records,
      line: at,
      problem: `${file}:${at}: ${problem}`,
    });
    const record = parseAny(line);
    if (record === undefined) {
      try {
        JSON.parse(line);
      } catch {
        return fail('is not a JSON object; the log was edited by hand or truncated');
      }
      return fail('lacks the fields of an evidence record (grant, operation, result, previous)');
    }
    if (record.previous !== expected)
      return fail(
        at === 1
          ? 'the first record does not start the chain; records before it were removed'
          : `does not carry the hash of line ${at - 1}; a record was changed, removed or reordered at or before this line`,
      );
    if (isSeal(record)) {
      if (record.records !== index || record.head !== expected)
        return fail(
          `the seal counts ${record.records} records before it, but ${index} precede it; records were removed or inserted before this line`,
        );
      if (options.key !== undefined && options.key !== '') {
        const want = sealHmac(options.key, record.records, record.head);
        if (record.hmac === undefined || !sameHex(record.hmac, want))
          return fail(
            record.hmac === undefined
              ? 'the seal carries no HMAC although a key is configured; it was written without ACCESSCTL_EVIDENCE_KEY or forged'
              : `the seal's HMAC does not match the chain up to line ${index}; records at or before it were changed, or the chain was recomputed`,
          );
      }
    }
    records.push(record);
    expected = hashLine(line);
  }
  if (options.key !== undefined && options.key !== '' && lines.length > 0) {
    const last = records[records.length - 1];
    if (last !== undefined && !isSeal(last))
      // a run writes its seal last; a tail without one is a run still going, or a forged tail
      return {
        ok: false,
        records,
        line: lines.length,
        problem: `${file}:${lines.length}: the log does not end with a seal, so the records after the last seal (line ${lastSealLine(records)}) are not covered by the HMAC; they were added outside a provisioning run, or that run was stopped: a provision run closes it`,
      };
  }
  return { ok: true, records };
}

function lastSealLine(records: AnyRecord[]): number {
  for (let i = records.length - 1; i >= 0; i--) if (isSeal(records[i] as AnyRecord)) return i + 1;
  return 0;
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function verifyEvidenceFile(
  file: string,
  options: VerifyOptions = {},
): Promise<EvidenceVerdict> {
  return verifyEvidence(await readFile(file, 'utf8'), file, options);
}

async function readExisting(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** A line as a record of one of the three kinds, or undefined when it is none of them. */
export function parseAny(line: string): AnyRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const strings = (...keys: string[]) => keys.every((key) => typeof v[key] === 'string');
  if (!strings('previous', 'time', 'mergeCommit')) return undefined;
  if (v.phase === 'seal')
    return strings('run', 'head') && typeof v.records === 'number'
      ? (value as SealRecord)
      : undefined;
  if (v.phase === 'intent')
    return strings('grant', 'operation', 'action', 'run') &&
      typeof v.op === 'number' &&
      typeof v.target === 'object' &&
      v.target !== null &&
      typeof (v.target as Record<string, unknown>).provisioner === 'string'
      ? (value as IntentRecord)
      : undefined;
  if (v.phase !== undefined && v.phase !== 'result') return undefined;
  return strings('grant', 'operation', 'result') ? (value as EvidenceRecord) : undefined;
}
