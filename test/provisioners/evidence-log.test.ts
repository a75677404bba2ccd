import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import {
  EvidenceWriter,
  FileStore,
  GENESIS,
  appendEvidence,
  isSeal,
  sealHmac,
  hashLine,
  verifyEvidence,
  verifyEvidenceFile,
  type EvidenceEntry,
} from '../../src/provisioners/evidence-log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-'));
  dirs.push(dir);
  return join(dir, 'evidence.jsonl');
}

const entry = (grant: string, result: EvidenceEntry['result'] = 'applied'): EvidenceEntry => ({
  grant,
  operation: `grant member to ${grant} in team acme/payments`,
  result,
  message: 'done',
  mergeCommit: 'a'.repeat(40),
  time: '2026-11-27T00:00:00.000Z',
});

describe('the evidence log', () => {
  it('chains each record to the exact text of the line before, across appends', async () => {
    const file = logFile();
    await appendEvidence(file, [entry('a'), entry('b')]);
    await appendEvidence(file, [entry('c', 'failed')]);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line) as { previous: string; grant: string });
    expect(records.map((r) => r.grant)).toEqual(['a', 'b', 'c']);
    expect(records[0]?.previous).toBe(GENESIS);
    expect(records[1]?.previous).toBe(hashLine(lines[0] as string));
    expect(records[2]?.previous).toBe(hashLine(lines[1] as string));
    const verdict = await verifyEvidenceFile(file);
    expect(verdict.ok).toBe(true);
    expect(verdict.records).toHaveLength(3);
  });

  it('names the line after an edited record', async () => {
    const file = logFile();
    await appendEvidence(file, [entry('a'), entry('b'), entry('c')]);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = (lines[1] as string).replace('"applied"', '"failed"');
    writeFileSync(file, lines.join('\n'));
    const verdict = await verifyEvidenceFile(file);
    expect(verdict).toMatchObject({ ok: false, line: 3 });
    if (!verdict.ok)
      expect(verdict.problem).toContain(`${file}:3: does not carry the hash of line 2`);
  });

  it('finds a removed first record, a removed middle record and a reordering', async () => {
    const file = logFile();
    await appendEvidence(file, [entry('a'), entry('b'), entry('c')]);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const [a, b, c] = lines as [string, string, string];
    expect(verifyEvidence([b, c].join('\n'))).toMatchObject({ ok: false, line: 1 });
    expect(verifyEvidence([a, c].join('\n'))).toMatchObject({ ok: false, line: 2 });
    expect(verifyEvidence([a, c, b].join('\n'))).toMatchObject({ ok: false, line: 2 });
  });

  it('refuses a line that is not a record', () => {
    expect(verifyEvidence('{"grant": "a"\n')).toMatchObject({ ok: false, line: 1 });
    expect(verifyEvidence('[]\n')).toMatchObject({ ok: false, line: 1 });
  });

  it('accepts an empty log and appends nothing for no entries', async () => {
    const file = logFile();
    await appendEvidence(file, []);
    expect(verifyEvidence('')).toEqual({ ok: true, records: [] });
  });
});

describe('seals and the tail of the log', () => {
  const seal = {
    phase: 'seal' as const,
    run: 'r1',
    mergeCommit: 'a'.repeat(40),
    records: 0,
    head: '',
    time: '2026-11-27T00:00:00.000Z',
  };

  it('fills the seal with the count and head of the lines before it, and signs it with the key', async () => {
    const file = logFile();
    const writer = await EvidenceWriter.open(new FileStore(file));
    writer.sealingKey = 'secret';
    await writer.append([entry('a'), entry('b'), seal]);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(lines[2] as string) as { records: number; head: string; hmac: string };
    expect(last.records).toBe(2);
    expect(last.head).toBe(hashLine(lines[1] as string));
    expect(last.hmac).toBe(sealHmac('secret', 2, last.head));
    const verdict = verifyEvidence(lines.join('\n'), 'log', { key: 'secret' });
    expect(verdict.ok).toBe(true);
    expect(verdict.records.filter(isSeal)).toHaveLength(1);
    // records after the last seal are not covered by its HMAC
    await appendEvidence(file, [entry('c')]);
    expect(verifyEvidence(readFileSync(file, 'utf8'), 'log', { key: 'secret' })).toMatchObject({
      ok: false,
      line: 4,
    });
    // without the key the chain still verifies
    expect(verifyEvidence(readFileSync(file, 'utf8')).ok).toBe(true);
  });

  it('keeps a last line cut off before its newline a line of its own', async () => {
    const file = logFile();
    await appendEvidence(file, [entry('a')]);
    writeFileSync(file, readFileSync(file, 'utf8').trimEnd());
    await appendEvidence(file, [entry('b')]);
    const verdict = verifyEvidence(readFileSync(file, 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.records).toHaveLength(2);
  });
});
