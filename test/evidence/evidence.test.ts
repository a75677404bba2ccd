import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { runCli } from '../../src/cli.js';
import { CSV_COLUMNS, csvFields, defuse } from '../../src/report/evidence/csv.js';
import type { EvidenceReport, EvidenceRow } from '../../src/evidence/report.js';
import { buildKnownHistory, type KnownHistory } from './history-fixture.js';
import { parseCsv } from './csv-parser.js';

/**
 * `accessctl evidence` on a repository with a known history (see history-fixture.ts): the
 * rows, their pull requests, approvals, verdicts, provisioning and flags are exactly the
 * ones that history calls for, and every format says the same.
 */

let history: KnownHistory;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-'));
  history = await buildKnownHistory(dir);
  // Someone edits the record of dave's grant after the fact: the chain breaks on the next line.
  const lines = readFileSync(history.evidenceFile, 'utf8').split('\n');
  lines[4] = (lines[4] as string).replace('"result":"applied"', '"result":"refused"');
  writeFileSync(history.evidenceFile, lines.join('\n'));
}, 60_000);

afterAll(async () => {
  await history.close();
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

interface Run {
  code: number;
  out: string;
  err: string;
}

async function evidence(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  vi.stubEnv('GITHUB_TOKEN', history.emulator.token);
  vi.stubEnv('GITHUB_API_URL', history.emulator.url);
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/access');
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  let out = '';
  let err = '';
  const code = await runCli(
    [
      'evidence',
      '--repo',
      history.workspace.path,
      '--evidence',
      history.evidenceFile,
      '--cache',
      join(dir, 'pulls.json'),
      '--now',
      '2026-08-01T00:00:00Z',
      ...args,
    ],
    { out: (text) => (out += text), err: (text) => (err += text), cwd: dir },
  );
  return { code, out, err };
}

/** What a row says, in a line a reader can compare at a glance. */
function gist(row: EvidenceRow) {
  const c = history.commits;
  const name = Object.entries(c).find(([, sha]) => sha === row.commit)?.[0];
  return {
    at: name,
    change: row.change,
    grant: row.grant,
    pr: row.pullRequest?.number ?? null,
    requester: row.requester,
    approvals: (row.pullRequest?.approvals ?? []).map(
      (a) => `${a.reviewer}${a.current ? '' : ' (stale)'}`,
    ),
    verdict: row.verdict.outcome,
    provisioning: row.provisioning.map((p) => p.operation.split(' ')[0]),
    flags: row.flags.map((f) => (f.byHours === undefined ? f.kind : `${f.kind} ${f.byHours}h`)),
  };
}

describe('accessctl evidence on a known history', () => {
  it('lists exactly the expected rows and flags, and exits 1', async () => {
    const run = await evidence(['--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as EvidenceReport;
    expect(report.commits).toBe(6);
    expect(report.head).toBe(history.commits.pr4);
    expect(report.rows.map(gist)).toEqual([
      {
        at: 'bootstrap',
        change: 'added',
        grant: 'bob-ledger-read',
        pr: null,
        requester: 'acme',
        approvals: [],
        verdict: 'deny',
        provisioning: ['grant'],
        flags: ['no-review-evidence', 'policy-denied'],
      },
      {
        at: 'bootstrap',
        change: 'added',
        grant: 'carol-ledger-push',
        pr: null,
        requester: 'acme',
        approvals: [],
        verdict: 'deny',
        provisioning: ['grant'],
        flags: ['no-review-evidence', 'policy-denied'],
      },
      {
        at: 'pr1',
        change: 'added',
        grant: 'alice-ledger-push',
        pr: 1,
        requester: 'alice',
        approvals: ['olivia'],
        verdict: 'pass',
        provisioning: ['grant'],
        // expired 2026-06-30 (ends 07-01T00:00Z), still there on 08-01: 31 days
        flags: ['expired-not-removed 744h'],
      },
      {
        at: 'pr2',
        change: 'added',
        grant: 'deployer-ledger-pull',
        pr: 2,
        requester: 'alice',
        approvals: ['mia', 'olivia (stale)'],
        verdict: 'pass',
        provisioning: ['grant'],
        flags: [],
      },
      {
        at: 'pr3',
        change: 'modified',
        grant: 'bob-ledger-read',
        pr: 3,
        requester: 'alice',
        approvals: [],
        verdict: 'deny',
        provisioning: [],
        flags: ['no-approval', 'policy-denied'],
      },
      {
        at: 'push',
        change: 'added',
        grant: 'dave-ledger-pull',
        pr: null,
        requester: 'octo-admin',
        approvals: [],
        verdict: 'deny',
        provisioning: ['grant'],
        flags: [
          'no-review-evidence',
          'policy-denied',
          'provisioning-failed',
          'evidence-log-broken',
        ],
      },
      {
        at: 'pr4',
        change: 'removed',
        grant: 'carol-ledger-push',
        pr: 4,
        requester: 'mia',
        approvals: ['olivia'],
        verdict: 'pass',
        provisioning: ['revoke'],
        // expired 2026-03-05 (ends 03-06T00:00Z), revoked 03-07T06:00Z by the log: 30 hours
        flags: ['late-removal 30h', 'evidence-log-broken'],
      },
    ]);
    expect(report.summary).toEqual({
      grants: 5,
      changes: { added: 5, modified: 1, removed: 1 },
      flags: {
        'no-review-evidence': 3,
        'policy-denied': 4,
        'expired-not-removed': 1,
        'no-approval': 1,
        'provisioning-failed': 1,
        'evidence-log-broken': 2,
        'late-removal': 1,
      },
    });
    expect(report.evidenceLog).toEqual({
      file: history.evidenceFile,
      records: 5,
      broken: {
        line: 6,
        problem: `${history.evidenceFile}:6: does not carry the hash of line 5; a record was changed, removed or reordered at or before this line`,
      },
      anchors: 0,
    });
  });

  it('names the commit each reviewer approved, the previous role and the controls', async () => {
    const report = JSON.parse((await evidence(['--format', 'json'])).out) as EvidenceReport;
    const deployer = report.rows.find((r) => r.grant === 'deployer-ledger-pull');
    expect(deployer?.pullRequest?.approvals.map((a) => [a.reviewer, a.commit, a.current])).toEqual([
      ['mia', history.pr2Heads.last, true],
      ['olivia', history.pr2Heads.first, false],
    ]);
    expect(deployer?.controls).toEqual([
      'NIST CSF 2.0 PR.AA-05',
      'NIST CSF 2.0 PR.AA-01',
      'OWASP NHI5:2025',
      'OWASP NHI7:2025',
    ]);
    expect(deployer?.reason).toBe('Reads release tags, "nothing else", during deploys');
    const raised = report.rows.find((r) => r.change === 'modified');
    expect([raised?.previousRole, raised?.role]).toEqual(['pull', 'push']);
    // judged at its merge: a change's grant counts from then
    expect(raised?.verdict.messages).toContainEqual(
      expect.stringMatching(
        /^grant lasts 305 days from \d{4}-\d\d-\d\d \(now\); role "push" on github:repo\/acme\/ledger allows at most 180: move expires earlier$/,
      ),
    );
    const removal = report.rows.find((r) => r.change === 'removed');
    expect(removal?.controls).toEqual(['NIST CSF 2.0 PR.AA-05', 'NIST CSF 2.0 PR.AA-01']);
    // the date as the grant's file writes it: access through that day
    expect(removal?.expires).toBe('2026-03-05');
  });

  it('writes CSV that parses back to the JSON rows', async () => {
    const json = JSON.parse((await evidence(['--format', 'json'])).out) as EvidenceReport;
    const csv = await evidence(['--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.out.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(csv.out);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(json.rows.length);
    const expected = json.rows.map((row) => {
      const fields = csvFields(row);
      return CSV_COLUMNS.map((column) => defuse(fields[column]));
    });
    expect(records).toEqual(expected);
    // The quote and comma inside a reason survive; a formula-like reason is defused.
    const byGrant = new Map(records.map((r) => [r[CSV_COLUMNS.indexOf('grant')], r]));
    const reason = CSV_COLUMNS.indexOf('reason');
    expect(byGrant.get('deployer-ledger-pull')?.[reason]).toBe(
      'Reads release tags, "nothing else", during deploys',
    );
    expect(byGrant.get('dave-ledger-pull')?.[reason]).toBe(`'=HYPERLINK("x") on-call`);
    expect(records.map((r) => r[CSV_COLUMNS.indexOf('flags')])).toContain(
      'no-review-evidence; policy-denied; provisioning-failed; evidence-log-broken',
    );
    expect(records.map((r) => r[CSV_COLUMNS.indexOf('late_by_hours')])).toContain('30');
  });

  it('writes Markdown with the summary, the broken log and one line per row', async () => {
    const run = await evidence(['--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.out).toContain('**chain broken at line 6**');
    expect(run.out).toContain('- 7 changes to 5 grants: 5 added, 1 modified, 1 removed');
    const tableLines = run.out.split('\n').filter((l) => l.startsWith('| `'));
    expect(tableLines).toHaveLength(7);
    expect(tableLines[6]).toContain('**late-removal**: removed 30 h after it expired (2026-03-05)');
    expect(run.out).not.toContain('=HYPERLINK("x") <');
  });

  it('hands --format html to the HTML renderer, with the same exit code', async () => {
    const run = await evidence(['--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.out.trimStart().toLowerCase().startsWith('<!doctype html>')).toBe(true);
    expect(run.out).toContain('carol-ledger-push');
  });

  it('answers from the cache on a second run, asking only about commits without a PR', async () => {
    const cache = join(dir, 'pulls-second.json');
    await evidence(['--format', 'json', '--cache', cache]);
    // commits asked about: one per REST lookup, one per commit a GraphQL query of pull
    // requests names (not the query of the anchors' statuses)
    const asked = () =>
      history.emulator.state.requests.reduce(
        (n, r) =>
          n +
          (/\/commits\/[0-9a-f]+\/pulls$/.test(r.path)
            ? 1
            : r.path === '/graphql' &&
                (r.body as { query: string }).query.startsWith('query CommitPulls')
              ? Object.keys((r.body as { variables: object }).variables).filter((k) =>
                  /^c\d+$/.test(k),
                ).length
              : 0),
        0,
      );
    const before = asked();
    const second = JSON.parse((await evidence(['--format', 'json', '--cache', cache])).out);
    // bootstrap and the direct push have no merged pull request, so they are asked again
    expect(asked() - before).toBe(2);
    const cached = JSON.parse(readFileSync(cache, 'utf8'));
    expect(Object.keys(cached.pulls).sort()).toEqual(
      [history.commits.pr1, history.commits.pr2, history.commits.pr3, history.commits.pr4].sort(),
    );
    // An entry edited into another shape is not trusted: that commit is asked again.
    cached.pulls[history.commits.pr1] = { number: 'one', approvals: 'olivia' };
    writeFileSync(cache, JSON.stringify(cached));
    const third = asked();
    const edited = JSON.parse((await evidence(['--format', 'json', '--cache', cache])).out);
    expect(asked() - third).toBe(3);
    expect((edited as EvidenceReport).rows[2]?.pullRequest?.approvals[0]?.reviewer).toBe('olivia');
    expect((second as EvidenceReport).rows.map(gist)).toEqual(
      (JSON.parse((await evidence(['--format', 'json'])).out) as EvidenceReport).rows.map(gist),
    );
  });

  it('refuses a pull request cache in the work tree, where a commit could have put one', async () => {
    // a committed file naming an approved pull request for a commit nobody reviewed
    const inTree = join(history.workspace.path, '.accessctl/cache/pulls.json');
    const run = await evidence(['--format', 'json', '--cache', inTree]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `--cache ${inTree} is in the repository's work tree, where a commit could write it; keep the cache outside it (the default is `,
    );
    expect(run.err).toContain('.git/accessctl/pulls.json)');
    expect(run.out).toBe('');
  });

  it('without a token says the PR data was not fetched, raises no review flag, and says how', async () => {
    const run = await evidence(['--format', 'json'], { GITHUB_TOKEN: '' });
    expect(run.err).toContain('GITHUB_TOKEN is not set');
    const report = JSON.parse(run.out) as EvidenceReport;
    expect(report.rows).toHaveLength(7);
    for (const row of report.rows) {
      expect(row.pullRequest).toBeUndefined();
      expect(row.pullRequestNotFetched).toContain('GITHUB_TOKEN is not set');
      expect(row.flags.map((f) => f.kind)).not.toContain('no-review-evidence');
      expect(row.flags.map((f) => f.kind)).not.toContain('no-approval');
    }
    expect(report.notes?.[0]).toContain('pull request data was not fetched');
  });

  it('with a token GitHub refuses, stops asking and says so on every row, never guessing', async () => {
    const run = await evidence(['--format', 'json', '--cache', join(dir, 'refused.json')], {
      GITHUB_TOKEN: 'ghp_revoked',
    });
    const report = JSON.parse(run.out) as EvidenceReport;
    expect(report.rows).toHaveLength(7);
    for (const row of report.rows) {
      expect(row.pullRequest).toBeUndefined();
      expect(row.pullRequestNotFetched).toMatch(/^the pull request lookup stopped: .*401/);
      expect(row.flags.map((f) => f.kind)).not.toContain('no-review-evidence');
    }
    expect(report.notes?.some((n) => n.startsWith('pull request data is incomplete'))).toBe(true);
    // nor are the anchors read: the report says the log was checked by its chain alone
    expect(report.notes).toContainEqual(
      expect.stringMatching(
        /^the anchors \(commit statuses accessctl\/evidence\) could not be read: .*401.*; the hash chain alone cannot show/,
      ),
    );
    expect(run.out).not.toContain('ghp_revoked');
  });

  it('narrows to a window, a grant and a subject', async () => {
    const since = JSON.parse(
      (await evidence(['--format', 'json', '--since', '2026-03-02'])).out,
    ) as EvidenceReport;
    expect(since.rows.map((r) => r.grant)).toEqual(['carol-ledger-push']);
    expect(since.since).toBe('2026-03-02T00:00:00.000Z');
    const until = JSON.parse(
      (await evidence(['--format', 'json', '--until', '2026-03-02', '--no-verdict'])).out,
    ) as EvidenceReport;
    expect(until.commits).toBe(5);
    expect(until.rows.every((r) => r.verdict.outcome === 'not-evaluated')).toBe(true);
    // carol's grant is still there on the 2nd of March and expired on the 6th: not yet late
    expect(until.rows.flatMap((r) => r.flags.map((f) => f.kind))).not.toContain(
      'expired-not-removed',
    );
    const grant = JSON.parse(
      (await evidence(['--format', 'json', '--grant', 'bob-ledger-read'])).out,
    ) as EvidenceReport;
    expect(grant.rows.map((r) => r.change)).toEqual(['added', 'modified']);
    expect(grant.filters).toEqual({ grant: 'bob-ledger-read' });
    const subject = JSON.parse(
      (await evidence(['--format', 'json', '--subject', 'user:carol'])).out,
    ) as EvidenceReport;
    expect(subject.rows.map((r) => r.change)).toEqual(['added', 'removed']);
  });

  it('gives an empty report with a note for a grant that never existed, exit 0', async () => {
    const clean = join(dir, 'clean.jsonl');
    writeFileSync(clean, '');
    const run = await evidence([
      '--format',
      'json',
      '--grant',
      'nobody-anything',
      '--evidence',
      clean,
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as EvidenceReport;
    expect(report.rows).toEqual([]);
    expect(report.notes?.some((n) => n.startsWith('grant "nobody-anything" never appears'))).toBe(
      true,
    );
  });
});

describe('accessctl evidence refuses bad input with exit 2', () => {
  it.each([
    [['--format', 'pdf'], '--format must be one of json, csv, markdown, html, got "pdf"'],
    [['--since', '2026-02-30'], '--since "2026-02-30" is not a date'],
    [['--since', '2026-04-01', '--until', '2026-03-01'], 'is after --until'],
    [['--github-repo', 'acme'], '--github-repo "acme" must be OWNER/NAME'],
    [['--evidence', 'missing.jsonl'], '--evidence missing.jsonl: no such file'],
  ])('%j', async (args, message) => {
    const run = await evidence(args);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('outside a git repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'accessctl-not-git-'));
    try {
      let err = '';
      const code = await runCli(['evidence', '--repo', plain], {
        out: () => undefined,
        err: (text) => (err += text),
        cwd: plain,
      });
      expect(code).toBe(2);
      expect(err).toContain('is not inside a git repository');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
