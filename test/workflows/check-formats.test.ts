import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

// check's conftest-style outputs (github, tap, table), --fail-on-warn, waivers (`exception`),
// eslint's endLine/endColumn, and SARIF that code scanning places: run on a real git
// repository whose access directory sits below the repository's root, in a file whose
// name needs percent-encoding.

const NOW = '2026-11-27T12:00:00Z';

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api-leads]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90 }
`;

const IDENTITIES = `kind: User
id: alice
---
kind: User
id: bob
---
kind: User
id: carol
---
kind: Team
id: api-leads
members: [bob]
`;

const grant = (id: string, who: string) => `kind: Grant
id: ${id}
subject: user:${who}
resource: github:repo/acme/api
role: pull
reason: Reads the API code for reviews   # asked in PAY-1
expires: 2027-01-31
`;

// rules of the repository's own: independent of the built-in library's judgement
const RULES = `package access

deny contains {"msg": sprintf("%s may hold no grant", [g.subjectId]), "grant": g.id, "field": "subject", "rule": "no-alice"} if {
  some g in input.grants
  g.subjectId == "alice"
}

warn contains {"msg": "carol's grants are reviewed monthly", "grant": g.id, "field": "reason", "rule": "carol-review"} if {
  some g in input.grants
  g.subjectId == "carol"
}

deny contains {"msg": "first line\\n::add-mask::stolen,title=x:y", "grant": g.id, "rule": "hostile"} if {
  some g in input.grants
  g.subjectId == "bob"
}
`;

function repository(options: { waivers?: string; grants?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-formats-'));
  const infra = join(root, 'infra');
  for (const dir of ['catalog', 'identities', 'grants'])
    mkdirSync(join(infra, 'access', dir), { recursive: true });
  mkdirSync(join(infra, 'policies'));
  writeFileSync(join(infra, 'access/catalog/repos.yaml'), CATALOG);
  writeFileSync(join(infra, 'access/identities/people.yaml'), IDENTITIES);
  writeFileSync(
    join(infra, 'access/grants/api team#1.yaml'),
    options.grants ??
      `${grant('alice-api', 'alice')}---\n${grant('alice-api-2', 'alice')}---\n${grant('carol-api', 'carol')}`,
  );
  writeFileSync(join(infra, 'policies/rules.rego'), RULES);
  if (options.waivers !== undefined)
    writeFileSync(join(infra, 'policies/exceptions.rego'), options.waivers);
  execFileSync('git', ['init', '-q', root]);
  return infra;
}

async function check(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['check', '--now', NOW, ...args], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd,
  });
  return { code, out, err };
}

const WAIVER = `package access

exception contains {"grant": "alice-api", "rules": ["no-alice"], "reason": "Break-glass reviewer until 2027-01-31, approved in SEC-42"} if true
`;

describe('--format json', () => {
  it('gives each finding endLine and endColumn as eslint does (exclusive, comment left out)', async () => {
    const { out } = await check(repository(), '--format', 'json');
    const report = JSON.parse(out) as { findings: Record<string, unknown>[] };
    // `reason: Reads the API code for reviews   # asked in PAY-1` on line 5 of carol's grant
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'carol-review',
        file: 'access/grants/api team#1.yaml',
        line: 22,
        column: 1,
        endLine: 22,
        endColumn: 1 + 'reason: Reads the API code for reviews'.length,
      }),
    );
  });
});

describe('--fail-on-warn', () => {
  it('exits 1 on warnings only when asked', async () => {
    const onlyWarnings = repository({ grants: grant('carol-api', 'carol') });
    expect((await check(onlyWarnings)).code).toBe(0);
    const failed = await check(onlyWarnings, '--fail-on-warn');
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('carol-review');
  });
});

describe('exception rules (waivers)', () => {
  it('set aside the named rule for the named grant only, counted apart', async () => {
    const { code, out } = await check(repository({ waivers: WAIVER }), '--format', 'json');
    const report = JSON.parse(out) as {
      findings: { rule: string; message: string }[];
      exceptions: Record<string, unknown>[];
      summary: Record<string, number>;
    };
    expect(report.exceptions).toEqual([
      expect.objectContaining({
        rule: 'no-alice',
        grant: 'alice-api',
        reason: 'Break-glass reviewer until 2027-01-31, approved in SEC-42',
        file: 'access/grants/api team#1.yaml',
        line: 3,
      }),
    ]);
    // the same rule on another grant still fails
    expect(report.findings.filter((f) => f.rule === 'no-alice')).toHaveLength(1);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, exceptions: 1 });
    expect(code).toBe(1);

    const text = await check(repository({ waivers: WAIVER }));
    expect(text.out).toMatch(
      /^access\/grants\/api team#1\.yaml:3:1 exception no-alice: alice may hold no grant \(waived: Break-glass reviewer/m,
    );
    expect(text.out).toContain('1 error, 1 warning in 8 documents (3 files) (1 exception waived)');
  });

  it('never waive what the waiver does not name: another rule of the same grant stands', async () => {
    const waiver = WAIVER.replace('"alice-api"', '"carol-api"');
    const { out } = await check(repository({ waivers: waiver }), '--format', 'json');
    const report = JSON.parse(out) as { exceptions: unknown[]; findings: { rule: string }[] };
    expect(report.exceptions).toEqual([]);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'carol-review',
      'no-alice',
      'no-alice',
    ]);
  });

  it.each([
    [
      'a bare list of rules (conftest, not scoped to a grant)',
      'exception contains ["no-alice"] if true',
    ],
    ['no reason', 'exception contains {"grant": "alice-api", "rules": ["no-alice"]} if true'],
    ['no rules', 'exception contains {"grant": "alice-api", "rules": [], "reason": "x"} if true'],
  ])('refuse a waiver with %s, saying the shape (exit 2)', async (_, rule) => {
    const { code, err } = await check(repository({ waivers: `package access\n\n${rule}\n` }));
    expect(code).toBe(2);
    expect(err).toContain(
      'each waiver names one grant, the rules it waives and why: exception contains {"grant": "GRANT-ID", "rules": ["RULE"], "reason": "why this grant may break the rule"} if true',
    );
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding, at its file, line and column range', async () => {
    const lines: string[] = [];
    let inert = '';
    const cwd = repository({ waivers: WAIVER });
    const code = await runCli(['check', '--now', NOW, '--format', 'github'], {
      out: (t) => void (inert += t),
      err: () => undefined,
      commands: (t) => void lines.push(...t.trimEnd().split('\n')),
      cwd,
    });
    expect(code).toBe(1);
    expect(inert).toBe('');
    expect(lines).toContain(
      '::error file=access/grants/api team#1.yaml,line=11,endLine=11,col=1,endColumn=20,title=no-alice::alice may hold no grant',
    );
    expect(lines).toContain(
      "::warning file=access/grants/api team#1.yaml,line=22,endLine=22,col=1,endColumn=39,title=carol-review::carol's grants are reviewed monthly",
    );
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual([
      expect.stringContaining(
        'title=no-alice (exception)::alice may hold no grant (waived: Break-glass',
      ),
    ]);
    expect(lines.at(-1)).toBe('1 error, 1 warning in 8 documents (3 files) (1 exception waived)');
  });

  it("keeps a policy's message from starting a command of its own", async () => {
    const lines: string[] = [];
    await runCli(['check', '--now', NOW, '--format', 'github'], {
      out: () => undefined,
      err: () => undefined,
      commands: (t) => void lines.push(...t.trimEnd().split('\n')),
      cwd: repository({ grants: grant('bob-api', 'bob') }),
    });
    const hostile = lines.find((l) => l.includes('title=hostile'));
    expect(hostile).toMatch(/::first line%0A::add-mask::stolen,title=x:y$/);
    expect(
      lines.filter((l) => /^\s*::/.test(l)).every((l) => /^::(error|warning|notice) /.test(l)),
    ).toBe(true);
  });
});

describe('--format tap', () => {
  it('is a TAP stream: findings not ok, warnings TODO, waivers SKIP, clean files ok', async () => {
    const { out } = await check(repository({ waivers: WAIVER }), '--format', 'tap');
    expect(out.split('\n')).toEqual([
      '1..5',
      'not ok 1 - access/grants/api team\\#1.yaml:11:1 no-alice: alice may hold no grant',
      "not ok 2 - access/grants/api team\\#1.yaml:22:1 carol-review: carol's grants are reviewed monthly # TODO warning",
      'ok 3 - access/grants/api team\\#1.yaml:3:1 no-alice: alice may hold no grant # SKIP exception: Break-glass reviewer until 2027-01-31, approved in SEC-42',
      'ok 4 - access/catalog/repos.yaml',
      'ok 5 - access/identities/people.yaml',
      '',
    ]);
    const strict = await check(repository(), '--format', 'tap', '--fail-on-warn');
    expect(strict.out).toContain("carol's grants are reviewed monthly\n");
  });
});

describe('--format table', () => {
  it('lines up result, location, rule and message', async () => {
    const { out } = await check(repository({ waivers: WAIVER }), '--format', 'table');
    const rows = out.trimEnd().split('\n');
    expect(rows[1]).toMatch(/^\| RESULT +\| LOCATION +\| RULE +\| MESSAGE +\|$/);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^\| failure +\| access\/grants\/api team#1\.yaml:11:1 \| no-alice +\| alice may hold no grant +\|$/,
      ),
    );
    expect(rows).toContainEqual(expect.stringMatching(/^\| exception \|.*\(waived: Break-glass/));
    expect(new Set(rows.slice(0, -1).map((r) => r.length)).size).toBe(1);
  });
});

describe('--format sarif', () => {
  // The SARIF 2.1.0 schema (rtm.5, as schemastore publishes it), vendored from the npm
  // package @microsoft/jest-sarif (MIT). It is draft-04; ajv reads it once `id` is `$id`.
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  const { id, ...rest } = schema;
  delete rest.$schema;
  // RFC 3986: unreserved, reserved and percent-encoded octets only (so no raw space or #)
  const uriReference = /^([A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
  // the schema's own `language` pattern is not valid in unicode mode
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri-reference', uriReference);
  ajv.addFormat('uri', (u: string) => uriReference.test(u) && /^[a-z][a-z0-9+.-]*:/i.test(u));
  ajv.addFormat('date-time', (d: string) => !Number.isNaN(Date.parse(d)));
  const validate = ajv.compile({ $id: String(id), ...rest });

  it('is valid SARIF 2.1.0 with URIs from the repository root, percent-encoded', async () => {
    const cwd = repository({ waivers: WAIVER });
    const { out } = await check(cwd, '--format', 'sarif');
    const sarif = JSON.parse(out) as {
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          suppressions?: unknown[];
          locations: {
            physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } };
          }[];
        }[];
      }[];
    };
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [run] = sarif.runs;
    expect(run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual(
      Array(3).fill({ uri: 'infra/access/grants/api%20team%231.yaml', uriBaseId: '%SRCROOT%' }),
    );
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toMatch(
      /^file:\/\/\/.*accessctl-formats-[^/]+\/$/,
    );
    expect(run?.results.filter((r) => r.suppressions !== undefined)).toEqual([
      expect.objectContaining({
        ruleId: 'no-alice',
        suppressions: [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'Break-glass reviewer until 2027-01-31, approved in SEC-42',
          },
        ],
      }),
    ]);
  });

  it('the schema check itself refuses a raw space in a URI and a missing message', () => {
    const bad = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'accessctl' } },
          results: [
            {
              ruleId: 'x',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'a b.yaml' } } }],
            },
          ],
        },
      ],
    };
    expect(validate(bad)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages.join('\n')).toMatch(/uri must match format "uri-reference"/);
    expect(messages.join('\n')).toMatch(/must have required property 'message'/);
  });
});
