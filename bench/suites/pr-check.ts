import { generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { saveBaseSnapshot, snapshotFolder } from '../../src/model/index.js';
import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { compiledAt } from '../../src/policy/library.js';
import { directPushes, judgeMerges } from '../../src/workflows/provision/gate.js';
import { formatMiB, formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchContext, BenchSuite, Measurement } from '../suite.js';
import { benchGit } from '../git.js';

const NOW = new Date('2026-11-27T12:00:00Z');
/** Grants the pull request changes. */
const CHANGED = 10;
/** Issue #17's targets for the pull-request check: with a default-branch snapshot, and without. */
const TARGET_WITH_SNAPSHOT_MS = 3_000;
const TARGET_WITHOUT_MS = 10_000;
/** The size; --sizes=20000,50000 shows how the time grows. */
const DEFAULT_SIZES = '100000';
/** Each path is measured this many times in a row: a target counts as met when every run meets it. */
const RUNS = 2;
/**
 * A rule of the repository's own, as most organisations add: the base's policies are then
 * compiled with the built-in library and evaluated in a thread of their own (under the base
 * config's deadline), where the built-in library alone is prebuilt and runs in this one.
 */
const OWN_POLICY = `package access

import rego.v1

deny contains finding if {
\tsome g in input.grants
\tg.role == "admin"
\tnot g.ticket
\tfinding := {"rule": "admin-needs-ticket", "grant": g.id, "field": "role", "msg": "admin needs a ticket"}
}
`;

interface Workspace {
  root: string;
  baseSha: string;
  headSha: string;
  snapshot: boolean;
}

/** Every YAML file under `dir`. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));
}

export const prCheckSuite: BenchSuite = {
  name: 'pr-check',
  description: `the pull-request check (src/workflows/pr-check, as the Action runs it, without the API) on generated grants with ${CHANGED} of them changed on a branch, with a signed base snapshot of the base commit and without one, and with a snapshot where the base has a policy file of its own (compiled with the built-in library, evaluated under the base config's deadline), beside reading the files as its floor; the provision gate judging the request's commit as a merge; then the snapshot's format (gzip-compressed JSON) against JSON Lines of the same rows; the policies are the package's prebuilt dist/policies.tar.gz`,
  steps: {
    'floor-read'(dir) {
      let characters = 0;
      for (const file of yamlFiles(dir)) characters += readFileSync(file, 'utf8').length;
      return { characters };
    },
    async 'snapshot-save'(input) {
      const { root, baseSha, privateKey } = JSON.parse(input) as {
        root: string;
        baseSha: string;
        privateKey: string;
      };
      const tree = { repo: root, accessDir: 'access', policiesDir: 'policies' };
      // as the Action's `command: snapshot` saves it: with the base's own policies compiled
      const saved = await saveBaseSnapshot(tree, baseSha, privateKey, {
        policies: (at) => compiledAt(root, at, tree),
      });
      return { files: saved.files, bytes: saved.bytes };
    },
    async 'pr-check'(input) {
      const workspace = JSON.parse(input) as Workspace;
      const report = await checkPullRequest({
        workspace: workspace.root,
        accessDir: 'access',
        policiesDir: 'policies',
        request: {
          number: 1,
          author: 'user-1',
          title: 'bench',
          headSha: workspace.headSha,
          baseSha: workspace.baseSha,
          labels: [],
          labelActors: {},
          approvals: [],
          pushers: ['user-1'],
        },
        org: 'bench',
        now: NOW,
        evaluationDeadline: true,
        snapshot: workspace.snapshot,
      });
      return {
        snapshot: report.baseModel.snapshot,
        verdict: report.verdict,
        grants: report.grants.length,
        findings: report.findings.length,
        denied: report.denied,
      };
    },
    async 'provision-gate'(input) {
      // the request's commit judged as provisioning judges a merge (nobody approved it)
      const workspace = JSON.parse(input) as Workspace;
      const gate = await judgeMerges({
        repo: workspace.root,
        from: workspace.baseSha,
        to: workspace.headSha,
        accessDir: 'access',
        policiesDir: 'policies',
        now: NOW,
        lookup: directPushes('bench'),
      });
      return { judged: gate.changed.size, held: gate.grants.size };
    },
    async format(root) {
      // The snapshot's body read back, against JSON Lines of the same rows read as the
      // parse cache reads its file (one JSON.parse of the lines joined).
      const folder = await snapshotFolder(root);
      const [name = ''] = readdirSync(folder).filter((n) => n.endsWith('.snapshot'));
      const bytes = readFileSync(join(folder, name));
      const body = bytes.subarray(bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1);
      let started = performance.now();
      const rows = JSON.parse(gunzipSync(body).toString('utf8')) as unknown[];
      const snapshotMs = performance.now() - started;
      const jsonl = `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
      const file = join(folder, 'rows.jsonl');
      writeFileSync(file, jsonl);
      started = performance.now();
      const text = readFileSync(file, 'utf8');
      JSON.parse(`[${text.trimEnd().replaceAll('\n', ',')}]`);
      const jsonlMs = performance.now() - started;
      return {
        snapshotBytes: body.length,
        snapshotMs: Math.round(snapshotMs),
        jsonlBytes: Buffer.byteLength(jsonl),
        jsonlMs: Math.round(jsonlMs),
      };
    },
  },
  async run(ctx) {
    const sizes = (ctx.args.get('sizes') ?? DEFAULT_SIZES).split(',').map(Number);
    const rows = [
      [
        'grants',
        'base model',
        'pull-request check',
        'peak RSS',
        'target',
        'verdict',
        'floor: reading the files',
        'vs floor',
        'detail',
      ],
    ];
    const formats = [['grants', 'format', 'bytes', 'read back', 'detail']];
    const gates = [['grants', 'provision gate, one commit', 'peak RSS', 'vs floor', 'detail']];
    for (const size of sizes) {
      const root = ctx.tempDir();
      const { dir } = generateAccess(root, size);
      const keys = generateKeyPairSync('ed25519');
      const workspace = branchWithChanges(
        root,
        size,
        keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      );
      const floor = await ctx.measure('floor-read', dir);
      const measure = async (snapshot: boolean) => {
        const runs = [];
        for (let run = 0; run < RUNS; run++)
          runs.push(await ctx.measure('pr-check', JSON.stringify({ ...workspace, snapshot })));
        return runs;
      };
      const without = await measure(false);
      const saved = await ctx.measure(
        'snapshot-save',
        JSON.stringify({
          ...workspace,
          privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        }),
      );
      const withSnapshot = await measure(true);
      const ownPolicies = await withOwnPolicy(ctx, size, keys);
      for (const [path, runs, target] of [
        ['built from git', without, TARGET_WITHOUT_MS],
        ['snapshot', withSnapshot, TARGET_WITH_SNAPSHOT_MS],
        ['snapshot, a policy file of its own', ownPolicies, TARGET_WITH_SNAPSHOT_MS],
      ] as const)
        runs.forEach((measured, run) =>
          rows.push([
            String(size),
            `${path}, run ${run + 1}`,
            formatMs(measured.ms),
            formatMiB(measured.peakRssBytes),
            `< ${formatMs(target)}`,
            measured.ms < target ? 'PASS' : 'FAIL',
            formatMs(floor.ms),
            `${(measured.ms / floor.ms).toFixed(1)}x`,
            Object.entries(measured.detail)
              .map(([key, value]) => `${key}=${value}`)
              .join(' '),
          ]),
        );
      const gate = await ctx.measure('provision-gate', JSON.stringify(workspace));
      gates.push([
        String(size),
        formatMs(gate.ms),
        formatMiB(gate.peakRssBytes),
        `${(gate.ms / floor.ms).toFixed(1)}x`,
        `judged=${gate.detail.judged} held=${gate.detail.held}`,
      ]);
      const format = await ctx.measure('format', root);
      const d = format.detail as Record<string, number>;
      formats.push(
        [
          String(size),
          'snapshot (gzip JSON)',
          String(d.snapshotBytes),
          `${d.snapshotMs} ms`,
          `saved in ${formatMs(saved.ms)}, ${saved.detail.files} files`,
        ],
        [String(size), 'JSON Lines', String(d.jsonlBytes), `${d.jsonlMs} ms`, ''],
      );
    }
    ctx.print(table(rows));
    ctx.print('');
    ctx.print(table(gates));
    ctx.print('');
    ctx.print(table(formats));
  },
};

/** The check with a snapshot, RUNS times, on a repository whose base has a policy file of its own. */
async function withOwnPolicy(
  ctx: BenchContext,
  size: number,
  keys: KeyPairKeyObjectResult,
): Promise<Measurement[]> {
  const root = ctx.tempDir();
  generateAccess(root, size);
  mkdirSync(join(root, 'policies'));
  writeFileSync(join(root, 'policies', 'own.rego'), OWN_POLICY);
  const workspace = branchWithChanges(
    root,
    size,
    keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  await ctx.measure(
    'snapshot-save',
    JSON.stringify({
      ...workspace,
      privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    }),
  );
  const runs = [];
  for (let run = 0; run < RUNS; run++)
    runs.push(await ctx.measure('pr-check', JSON.stringify({ ...workspace, snapshot: true })));
  return runs;
}

/**
 * Commits the generated repository on main, its accessctl.yaml naming the snapshot key, then
 * changes `CHANGED` grants on a branch.
 */
export function branchWithChanges(
  root: string,
  size: number,
  publicKey: string,
): Omit<Workspace, 'snapshot'> {
  const git = benchGit(root);
  const indented = publicKey
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  writeFileSync(join(root, 'accessctl.yaml'), `snapshot:\n  publicKey: |\n${indented}\n`);
  git('init', '-q', '-b', 'main');
  // no background `git gc --auto` during the measurements: the objects are packed below, as a
  // clone's are
  git('config', 'gc.auto', '0');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated access repository');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'request');
  for (let i = 0; i < CHANGED; i++) {
    const g = Math.floor((i * size) / CHANGED) + 7;
    const file = join(root, 'access/grants', `batch-${Math.floor(g / 1000)}`, `grant-${g}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^reason: .*$/m, `reason: Asked for in the bench, ${g}`),
    );
  }
  git('commit', '-q', '-am', 'change a few grants');
  git('repack', '-a', '-d', '-q');
  return { root, baseSha, headSha: git('rev-parse', 'HEAD') };
}
