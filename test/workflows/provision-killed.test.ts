// A provisioning run killed in the middle loses no record: the CLI runs as its own process
// against a real exec provisioner (a script keeping a system's state in a JSON file) that
// hangs on the third change; SIGTERM reaches the process while that change has been made and
// its result not yet written. The next run completes the open intent by reading the system.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { createProvisioners } from '../../src/provisioners/configured.js';
import { readConfigAt } from '../../src/config/at-commit.js';
import {
  isIntent,
  isResult,
  isSeal,
  verifyEvidence,
  type AnyRecord,
} from '../../src/provisioners/evidence-log.js';
import { runProvision } from '../../src/workflows/provision.js';
import { useProvisionEnv } from './provision-env.js';
import { NOW } from './provision-fixture.js';

const env = useProvisionEnv();
const ROOT = resolve(import.meta.dirname, '../..');

/** The system: grants held in state.json; the third change is made, then the script hangs. */
const SYSTEM = `#!/usr/bin/env node
const fs = require('node:fs');
const state = 'state.json';
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const db = fs.existsSync(state) ? JSON.parse(fs.readFileSync(state, 'utf8')) : { held: {}, changes: 0 };
  const key = request.target.resource + ' ' + request.target.subject;
  if (request.action === 'read') {
    process.stdout.write(JSON.stringify({ role: db.held[key] ?? null, pending: false }));
    return;
  }
  if (request.action === 'revoke') delete db.held[key]; else db.held[key] = request.role;
  db.changes += 1;
  fs.writeFileSync(state, JSON.stringify(db));
  if (db.changes === 3 && !fs.existsSync('hung')) {
    fs.writeFileSync('hung', '');
    setTimeout(() => process.stdout.write('{}'), 60000);
    return;
  }
  process.stdout.write(JSON.stringify({ message: request.action + ' ' + key }));
});
`;

const CATALOG = `kind: Resource
id: jira:project/*
owners: [team:platform]
provisioner: ticketing
roles:
  viewer: { risk: low, maxDays: 365 }
`;

const PEOPLE = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay'];

function grantsOf(logins: string[]): string {
  return logins
    .map(
      (login) =>
        `kind: Grant\nid: ${login}-pay\nsubject: user:${login}\nresource: jira:project/PAY\nrole: viewer\n` +
        'reason: Reads the payments tickets for the quarterly delivery work\nexpires: 2027-03-01\n',
    )
    .join('---\n');
}

function identities(): string {
  return [...PEOPLE, 'lead']
    .map((login) => `kind: User\nid: ${login}\nstatus: active\n`)
    .concat('kind: Team\nid: platform\nmaintainers: [lead]\nmembers: []\n')
    .join('---\n');
}

async function waitFor(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a provisioning run killed after some of its operations', () => {
  it('leaves an intent for the change in flight, and the next run records what became of it', async () => {
    // the GitHub emulator stands in for GitHub: the CLI needs a token even with nothing to do there
    const gh = await env.github({ org: { login: 'acme', owners: ['octo-admin'] } });
    const { repo } = env.accessRepo([]);
    repo.write({
      'accessctl.yaml':
        'provisioners:\n  ticketing:\n    type: exec\n    command: [./system.js]\n    timeoutSeconds: 120\n',
      'access/catalog/jira.yaml': CATALOG,
      'access/identities/people.yaml': identities(),
    });
    const base = repo.commit('catalog and the exec system');
    repo.write({ 'access/grants/pay.yaml': grantsOf(PEOPLE) });
    const merge = repo.commit('six people read PAY');
    writeFileSync(join(repo.dir, 'system.js'), SYSTEM);
    chmodSync(join(repo.dir, 'system.js'), 0o755);
    const log = join(env.scratchDir('accessctl-killed-'), 'evidence.jsonl');

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/bin.ts'),
        'provision',
        '--from',
        base,
        '--to',
        merge,
        '--repo',
        repo.dir,
        '--evidence',
        log,
        '--now',
        NOW.toISOString(),
        // commits without pull requests: run as a bootstrap (the gate has tests of its own)
        '--allow-unapproved',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          GITHUB_TOKEN: gh.token,
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: '',
        },
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await waitFor(() => existsSync(join(repo.dir, 'hung')) || child.exitCode !== null);
    expect(existsSync(join(repo.dir, 'hung')), output).toBe(true);
    child.kill('SIGTERM');
    await exited;

    const held = () =>
      Object.keys(
        (JSON.parse(readFileSync(join(repo.dir, 'state.json'), 'utf8')) as { held: object }).held,
      );
    expect(held()).toHaveLength(3);
    const first = verifyEvidence(readFileSync(log, 'utf8'));
    expect(first.ok).toBe(true);
    const kinds = (records: AnyRecord[]) =>
      records.map((r) =>
        isIntent(r) ? `intent ${r.grant}` : isResult(r) ? `${r.result} ${r.grant}` : 'seal',
      );
    // two operations done and recorded; the third made in the system, its intent on record
    expect(kinds(first.records)).toEqual([
      'intent ann-pay',
      'applied ann-pay',
      'intent ben-pay',
      'applied ben-pay',
      'intent cat-pay',
    ]);

    // the next run, as the job's re-run would: recovers the third, applies the other three
    const result = await runProvision({
      repo: repo.dir,
      from: base,
      to: merge,
      now: NOW,
      provisioners: createProvisioners(
        await readConfigAt(repo.dir, merge),
        { PATH: process.env.PATH, GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.url },
        { cwd: repo.dir },
      ),
      evidenceFile: log,
      allowUnapproved: true,
    });
    expect(result.ok).toBe(true);
    expect(result.evidence?.recovered.map((r) => [r.intent.grant, r.result])).toEqual([
      ['cat-pay', 'applied'],
    ]);
    expect(held()).toHaveLength(6);
    const second = verifyEvidence(readFileSync(log, 'utf8'));
    expect(second.ok).toBe(true);
    expect(kinds(second.records).slice(5)).toEqual([
      'applied cat-pay',
      'intent dan-pay',
      'applied dan-pay',
      'intent eve-pay',
      'applied eve-pay',
      'intent fay-pay',
      'applied fay-pay',
      'seal',
    ]);
    const recovered = second.records[5];
    expect(recovered !== undefined && isResult(recovered) && recovered.recovered).toBe(true);
    const seal = second.records[second.records.length - 1];
    expect(seal !== undefined && isSeal(seal) && seal.records).toBe(second.records.length - 1);
  }, 120_000);
});
