// The evidence of provisioning: one JSON Lines record per operation, appended, never
// rewritten. Each record carries the SHA-256 of the line before it, so deleting, reordering
// or editing any record breaks the chain at that line, which the verifier names.
import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';

/** The `previous` of the first record: there is no line before it. */
export const GENESIS = '0'.repeat(64);

export interface EvidenceEntry {
  grant: string;
  /** e.g. "grant push to alice on acme/ledger". */
  operation: string;
  result: 'applied' | 'failed' | 'refused' | 'held';
  message: string;
  mergeCommit: string;
  /** The pull request that merged `mergeCommit`; absent for a direct push or when unknown. */
  pullRequest?: number;
  /** Whose approvals stood on that pull request when it was merged. */
  approvers?: string[];
  /** RFC 3339. */
  time: string;
}

export interface EvidenceRecord extends EvidenceEntry {
  /** SHA-256 (hex) of the previous line's exact text, or GENESIS for the first. */
  previous: string;
}

export function hashLine(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/** Appends the entries to the log at `file` (created when missing), chained to its last line. */
export async function appendEvidence(file: string, entries: EvidenceEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const lines = (await readExisting(file)).split('\n').filter((line) => line !== '');
  let previous = lines.length === 0 ? GENESIS : hashLine(lines[lines.length - 1] as string);
  let text = '';
  for (const entry of entries) {
    const line = JSON.stringify({ ...entry, previous } satisfies EvidenceRecord);
    text += `${line}\n`;
    previous = hashLine(line);
  }
  await appendFile(file, text, 'utf8');
}

export type EvidenceVerdict =
  | { ok: true; records: EvidenceRecord[] }
  | { ok: false; records: EvidenceRecord[]; line: number; problem: string };

/** Checks every link of the chain; the first broken line is reported by its 1-based number. */
export function verifyEvidence(text: string, file = 'evidence log'): EvidenceVerdict {
  const records: EvidenceRecord[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let expected = GENESIS;
  for (const [index, line] of lines.entries()) {
    const at = index + 1;
    const fail = (problem: string): EvidenceVerdict => ({
      ok: false,
      records,
      line: at,
      problem: `${file}:${at}: ${problem}`,
    });
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return fail('is not a JSON object; the log was edited by hand or truncated');
    }
    if (!isRecord(record))
      return fail('lacks the fields of an evidence record (grant, operation, result, previous)');
    if (record.previous !== expected)
      return fail(
        at === 1
          ? 'the first record does not start the chain; records before it were removed'
          : `does not carry the hash of line ${at - 1}; a record was changed, removed or reordered at or before this line`,
      );
    records.push(record);
    expected = hashLine(line);
  }
  return { ok: true, records };
}

export async function verifyEvidenceFile(file: string): Promise<EvidenceVerdict> {
  return verifyEvidence(await readFile(file, 'utf8'), file);
}

async function readExisting(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function isRecord(value: unknown): value is EvidenceRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return ['grant', 'operation', 'result', 'mergeCommit', 'time', 'previous'].every(
    (key) => typeof v[key] === 'string',
  );
}
