// The provisioning evidence log joined to the history: its hash chain, its seals (with the
// key, when one is given) and its anchors verified first (a break is reported with its line
// and what to do), then each record matched to the change it carried out, by grant and by
// the commit the provisioning ran for. An intent no result completes is shown as unfinished.
import { readFile } from 'node:fs/promises';

import { checkAnchors, type Anchor } from '../provisioners/evidence-anchor.js';
import {
  isIntent,
  isResult,
  logLines,
  parseAny,
  verifyEvidence,
  type AnyRecord,
  type EvidenceRecord,
} from '../provisioners/evidence-log.js';
import type { EvidenceLogStatus } from './report.js';

/** A result record, or an intent without one (result `unfinished`). */
export type LoggedResult = Omit<EvidenceRecord, 'result'> & {
  result: EvidenceRecord['result'] | 'unfinished';
};

export interface LoggedRecord {
  record: LoggedResult;
  /** 1-based line in the log. */
  line: number;
  /** At or after the first line the chain, a seal or an anchor no longer vouches for. */
  unverified: boolean;
}

export interface ProvisioningLog {
  status: EvidenceLogStatus;
  /** By grant id, in log order. */
  byGrant: Map<string, LoggedRecord[]>;
}

export interface LogSource {
  /** The file, or e.g. "branch accessctl-evidence of acme/access". */
  name: string;
  text: string;
}

export interface LogChecks {
  /** ACCESSCTL_EVIDENCE_KEY: every seal's HMAC must verify. */
  key?: string;
  /** The anchors found outside the log; undefined when they were not looked up. */
  anchors?: Anchor[];
  /** Why the anchors were not looked up. */
  anchorsNotChecked?: string;
}

/** Reads and verifies the log; a missing file is an error the caller words for its flag. */
export async function readProvisioningLog(
  file: string,
  checks: LogChecks = {},
): Promise<ProvisioningLog> {
  return provisioningLog({ name: file, text: await readFile(file, 'utf8') }, checks);
}

export function provisioningLog(source: LogSource, checks: LogChecks = {}): ProvisioningLog {
  const { text, name } = source;
  const verdict = verifyEvidence(text, name, checks.key === undefined ? {} : { key: checks.key });
  const lines = logLines(text);
  // An edited line still carries the right hash of the line before it: the chain breaks at
  // the line after the edit, so the line before a break is no more trustworthy than the break.
  let broken: { line: number; problem: string; from: number } | undefined = verdict.ok
    ? undefined
    : { line: verdict.line, problem: verdict.problem, from: verdict.line - 1 };
  if (checks.anchors !== undefined) {
    const anchorBreak = checkAnchors(text, checks.anchors, name);
    if (anchorBreak !== undefined && (broken === undefined || anchorBreak.line < broken.from))
      broken = { line: anchorBreak.line, problem: anchorBreak.problem, from: anchorBreak.line };
  }
  const status: EvidenceLogStatus = {
    file: name,
    records: verdict.records.length,
    ...(broken === undefined ? {} : { broken: { line: broken.line, problem: broken.problem } }),
    ...(checks.key === undefined ? {} : { sealsChecked: true }),
    ...(checks.anchors === undefined
      ? checks.anchorsNotChecked === undefined
        ? {}
        : { anchorsNotChecked: checks.anchorsNotChecked }
      : { anchors: checks.anchors.length }),
  };
  const trustedUpTo = broken === undefined ? Infinity : broken.from - 1;
  const records: { record: AnyRecord; line: number }[] = [];
  lines.forEach((line, index) => {
    const record = parseAny(line);
    if (record !== undefined) records.push({ record, line: index + 1 });
  });
  const completed = new Set(
    records
      .map((r) => r.record)
      .filter(isResult)
      .filter((r) => r.run !== undefined && r.op !== undefined)
      .map((r) => `${r.run ?? ''}\u0000${r.op ?? -1}`),
  );
  const byGrant = new Map<string, LoggedRecord[]>();
  for (const { record, line } of records) {
    let shown: LoggedResult | undefined;
    if (isResult(record)) shown = record;
    else if (isIntent(record) && !completed.has(`${record.run}\u0000${record.op}`))
      shown = {
        grant: record.grant,
        operation: record.operation,
        result: 'unfinished',
        message:
          'the run stopped after starting this operation and no later run has recorded what happened; run accessctl provision again to complete the record',
        mergeCommit: record.mergeCommit,
        time: record.time,
        previous: record.previous,
        run: record.run,
        op: record.op,
      };
    if (shown === undefined) continue;
    const list = byGrant.get(shown.grant) ?? [];
    list.push({ record: shown, line, unverified: line > trustedUpTo });
    byGrant.set(shown.grant, list);
  }
  return { status, byGrant };
}
