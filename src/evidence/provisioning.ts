// The provisioning evidence log joined to the history: its hash chain verified first (a
// break is reported with its line), then each record matched to the change it carried out,
// by grant and by the commit the provisioning ran for.
import { readFile } from 'node:fs/promises';

import { verifyEvidence, type EvidenceRecord } from '../provisioners/evidence-log.js';
import type { EvidenceLogStatus } from './report.js';

export interface LoggedRecord {
  record: EvidenceRecord;
  /** 1-based line in the log. */
  line: number;
  /** At the line where the chain breaks, the line before it, or after: not covered by it. */
  unverified: boolean;
}

export interface ProvisioningLog {
  status: EvidenceLogStatus;
  /** By grant id, in log order. */
  byGrant: Map<string, LoggedRecord[]>;
}

/** Reads and verifies the log; a missing file is an error the caller words for its flag. */
export async function readProvisioningLog(file: string): Promise<ProvisioningLog> {
  const text = await readFile(file, 'utf8');
  const verdict = verifyEvidence(text, file);
  const status: EvidenceLogStatus = {
    file,
    records: verdict.records.length,
    ...(verdict.ok ? {} : { broken: { line: verdict.line, problem: verdict.problem } }),
  };
  const byGrant = new Map<string, LoggedRecord[]>();
  const add = (entry: LoggedRecord): void => {
    const list = byGrant.get(entry.record.grant) ?? [];
    list.push(entry);
    byGrant.set(entry.record.grant, list);
  };
  // An edited line still carries the right hash of the line before it: the chain breaks at
  // the line after the edit, so the line before a break is no more trustworthy than the break.
  const trustedUpTo = verdict.ok ? Infinity : verdict.line - 2;
  verdict.records.forEach((record, index) =>
    add({ record, line: index + 1, unverified: index + 1 > trustedUpTo }),
  );
  if (!verdict.ok) {
    // Records past the break still say what they claim; they are shown, marked unverified.
    const lines = text.split('\n');
    for (let at = verdict.line; at <= lines.length; at++) {
      const record = parseRecord(lines[at - 1] ?? '');
      if (record !== undefined) add({ record, line: at, unverified: true });
    }
  }
  return { status, byGrant };
}

function parseRecord(line: string): EvidenceRecord | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    const fields = ['grant', 'operation', 'result', 'mergeCommit', 'time'];
    return fields.every((key) => typeof v[key] === 'string')
      ? (value as EvidenceRecord)
      : undefined;
  } catch {
    return undefined;
  }
}
