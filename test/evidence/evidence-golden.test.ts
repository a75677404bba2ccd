import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { buildHistory } from '../../bench/suites/evidence.js';
import { runCli } from '../../src/cli.js';
import { evidenceCsvStream, renderEvidenceCsv } from '../../src/report/evidence/csv.js';
import { renderEvidenceHtml } from '../../src/report/evidence/html/page.js';
import { evidenceJsonStream, renderEvidenceJson } from '../../src/report/evidence/json.js';
import { renderEvidenceMarkdown } from '../../src/report/evidence/markdown.js';
import { runEvidence, streamEvidence, type EvidenceOptions } from '../../src/workflows/evidence.js';
import type { EvidenceReport } from '../../src/evidence/report.js';
import { readHistory } from '../../src/evidence/history.js';
import { buildKnownHistory, knownGitHub, type KnownHistory } from './history-fixture.js';

/**
 * The report, in every format, is byte for byte what it was before evidence was made to
 * stream: the golden files were written by the earlier code. Set ACCESSCTL_WRITE_GOLDEN=1 to
 * write them again after a change that is meant to alter the report, and review the diff.
 */

const GOLDEN = join(import.meta.dirname, 'golden');
const NOW = new Date('2026-08-01T00:00:00Z');

function formats(report: EvidenceReport): Record<string, string> {
  return {
    json: renderEvidenceJson(report),
    csv: renderEvidenceCsv(report),
    md: renderEvidenceMarkdown(report),
    html: renderEvidenceHtml(report),
  };
}

function compare(name: string, report: EvidenceReport, rename: (text: string) => string): void {
  for (const [ext, text] of Object.entries(formats(report))) {
    const file = join(GOLDEN, `${name}.${ext}`);
    const got = rename(text);
    if (process.env.ACCESSCTL_WRITE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, got);
    expect(got, `${name}.${ext} differs from the golden file`).toBe(readFileSync(file, 'utf8'));
  }
}

/**
 * The same report written as its rows are made (what the CLI does for json and csv): the
 * same bytes as the golden files, and as the report held whole.
 */
async function compareStreamed(
  name: string,
  options: EvidenceOptions,
  rename: (text: string) => string,
): Promise<void> {
  const whole = formats(await runEvidence(options));
  for (const [ext, write] of [
    ['json', evidenceJsonStream],
    ['csv', evidenceCsvStream],
  ] as const) {
    let text = '';
    for await (const chunk of write(await streamEvidence(options))) text += chunk;
    expect(text, `${name}.${ext} written as the rows come`).toBe(whole[ext]);
    expect(rename(text)).toBe(readFileSync(join(GOLDEN, `${name}.${ext}`), 'utf8'));
  }
}

let dir: string;
let known: KnownHistory;
let generated: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-golden-'));
  known = await buildKnownHistory(dir);
  generated = join(dir, 'generated');
  buildHistory(generated, 48);
}, 120_000);

afterAll(async () => {
  await known.close();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** Shas, the folders and the emulator's address (markdown breaks its links) named as the fixture names them, so the files do not depend on them. */
function knownNames(text: string): string {
  let out = text
    .replaceAll(known.workspace.path, '<clone>')
    .replaceAll(dir, '<dir>')
    .replace(/127\.0\.0\.1:\d+/g, '<github>');
  for (const [name, sha] of Object.entries(known.commits))
    out = out.replaceAll(sha, `<${name}>`).replaceAll(sha.slice(0, 7), `<${name}:7>`);
  return out;
}

describe('evidence rows are unchanged', () => {
  it('on the known history, with pull requests, verdicts and the provisioning log', async () => {
    const options: EvidenceOptions = {
      repo: known.workspace.path,
      github: knownGitHub(known),
      evidenceFile: known.evidenceFile,
      now: NOW,
    };
    compare('known-history', await runEvidence(options), knownNames);
    await compareStreamed('known-history', options, knownNames);
  });

  it('on the known history narrowed to a subject', async () => {
    const report = await runEvidence({
      repo: known.workspace.path,
      subject: 'user:alice',
      pullsNotFetched: 'not asked',
      now: NOW,
    });
    compare('known-history-alice', report, knownNames);
  });

  it('on the known history narrowed to a window, without verdicts', async () => {
    const options: EvidenceOptions = {
      repo: known.workspace.path,
      since: new Date('2026-03-02T00:00:00Z'),
      verdicts: false,
      pullsNotFetched: 'not asked',
      now: NOW,
    };
    compare('known-history-since', await runEvidence(options), knownNames);
    await compareStreamed('known-history-since', options, knownNames);
  });

  it('on a generated history of 48 commits with merges, edits and removals', async () => {
    const options: EvidenceOptions = {
      repo: generated,
      pullsNotFetched: 'not asked',
      evaluationGroup: 20,
      now: NOW,
    };
    const rename = (text: string) => text.replaceAll(generated, '<repo>');
    compare('generated-48', await runEvidence(options), rename);
    await compareStreamed('generated-48', options, rename);
  });

  it('with no rows, written as the rows come: the report as one JSON.stringify writes it', async () => {
    const options: EvidenceOptions = {
      repo: known.workspace.path,
      grant: 'no-such-grant',
      pullsNotFetched: 'not asked',
      now: NOW,
    };
    let text = '';
    for await (const chunk of evidenceJsonStream(await streamEvidence(options))) text += chunk;
    const report = await runEvidence(options);
    expect(report.rows).toEqual([]);
    expect(report.notes?.join(' ')).toContain('never appears');
    expect(text).toBe(renderEvidenceJson(report));
  });
});

describe('evidence read by its faster ways is the same', () => {
  it('with the log read in parts, a git each', async () => {
    for (const repo of [known.workspace.path, generated]) {
      const read = (parts: number) =>
        readHistory(repo, {
          paths: ['access', 'policies', 'accessctl.yaml'],
          wanted: () => true,
          parts,
          partsFrom: 2,
        });
      const whole = await read(1);
      expect(whole.commits.length).toBeGreaterThan(5);
      for (const parts of [2, 3, 7]) {
        const inParts = await read(parts);
        expect(inParts.commits).toEqual(whole.commits);
        expect([...inParts.blobs].sort()).toEqual([...whole.blobs].sort());
      }
    }
  });
});

describe('accessctl evidence writes JSON and CSV a row at a time', () => {
  async function chunks(format: string): Promise<string[]> {
    vi.stubEnv('GITHUB_TOKEN', '');
    vi.stubEnv('GITHUB_REPOSITORY', '');
    const out: string[] = [];
    const code = await runCli(
      ['evidence', '--repo', known.workspace.path, '--now', NOW.toISOString(), '--format', format],
      { out: (text) => out.push(text), err: () => undefined, cwd: dir },
    );
    expect(code).toBe(1);
    return out;
  }

  it('JSON in pieces that join to the report as one JSON.stringify writes it', async () => {
    const out = await chunks('json');
    const text = out.join('');
    const report = JSON.parse(text) as EvidenceReport;
    expect(report.rows).toHaveLength(7);
    // the fields before the rows go out with the first row, the rest after the last
    expect(out.length).toBe(report.rows.length + 1);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('CSV a line at a time, the same as the whole', async () => {
    const out = await chunks('csv');
    expect(out.length).toBe(8);
    expect(out.every((line) => line.endsWith('\r\n'))).toBe(true);
    const json = JSON.parse((await chunks('json')).join('')) as EvidenceReport;
    expect(out.join('')).toBe(renderEvidenceCsv(json));
  });
});

describe('evidence over a long provisioning log', () => {
  it('reads 200,000 records (more than one call can take as arguments)', async () => {
    const record = (i: number) =>
      JSON.stringify({
        previous: '0'.repeat(64),
        time: '2026-03-01T00:10:00Z',
        mergeCommit: known.commits.bootstrap,
        grant: `grant-${i}`,
        operation: 'grant pull',
        result: 'applied',
      });
    const file = join(dir, 'long-log.jsonl');
    writeFileSync(file, `${Array.from({ length: 200_000 }, (_, i) => record(i)).join('\n')}\n`);
    const report = await runEvidence({
      repo: known.workspace.path,
      github: knownGitHub(known),
      evidenceFile: file,
      verdicts: false,
      now: NOW,
    });
    expect(report.rows).toHaveLength(7);
    expect(report.evidenceLog?.file).toBe(file);
    expect(report.evidenceLog?.broken).toBeDefined();
  });
});
