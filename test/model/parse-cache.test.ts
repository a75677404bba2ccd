import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

import {
  DEFAULT_COMPOSE_LIMITS,
  ParseCache,
  loadAccessRepository,
  type AccessModel,
} from '../../src/model/index.js';
import { GitRepo } from './git-repo.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

// The parse cache may change how long a load takes and nothing else: every model below is
// compared, document by document and place by place, with the same files parsed afresh.
const EXAMPLE = fileURLToPath(new URL('../../access', import.meta.url));

const repos: GitRepo[] = [];
afterEach(() => {
  repos.splice(0).forEach((r) => r.cleanup());
  removeTempDirs();
});

function exampleRepo(): { repo: GitRepo; dir: string; cacheFile: string } {
  const repo = new GitRepo();
  repos.push(repo);
  cpSync(EXAMPLE, join(repo.dir, 'access'), { recursive: true });
  repo.commit('the example access repository');
  return {
    repo,
    dir: join(repo.dir, 'access'),
    cacheFile: join(repo.dir, '.git/accessctl/parse-cache.jsonl'),
  };
}

/** Loads through a cache opened for this load, and saves what it parsed. */
async function loadCached(dir: string): Promise<{ model: AccessModel; cache: ParseCache }> {
  const cache = await ParseCache.open(dir, DEFAULT_COMPOSE_LIMITS);
  if (cache === undefined) throw new Error(`no cache for ${dir}`);
  const model = await loadAccessRepository(dir, { parseCache: cache });
  cache.save();
  return { model, cache };
}

/** Everything a load produces that anything reads, as plain data. */
function described(model: AccessModel) {
  return {
    files: model.files,
    findings: model.findings,
    documents: model.documents.map((d) => ({
      file: d.file,
      index: d.index,
      kind: d.kind,
      id: d.id,
      value: JSON.stringify(d.value),
      prototype: Object.getPrototypeOf(d.value) === null,
      record: JSON.stringify(d.record),
      places: d.source.pointers().map((p) => [p, d.source.locate(p), d.source.locateKey(p)]),
    })),
    grants: model.grants.map((g) => [g.id, g.expiresAt, g.resolved?.role.name ?? null]),
  };
}

describe('ParseCache', () => {
  it('gives the same model as parsing afresh, cold and warm, and keeps every clean file', async () => {
    const { dir, cacheFile } = exampleRepo();
    const fresh = described(await loadAccessRepository(dir));
    expect(fresh.documents.length).toBeGreaterThan(20);

    const cold = await loadCached(dir);
    expect(described(cold.model)).toEqual(fresh);
    const kept = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    // A header, then one line per file: the example's files are all clean.
    expect(kept).toHaveLength(cold.model.files.length + 1);

    const warm = await loadCached(dir);
    expect(described(warm.model)).toEqual(fresh);
    // Nothing new to keep: the file is as the cold run left it.
    expect(readFileSync(cacheFile, 'utf8').trimEnd().split('\n')).toEqual(kept);
  });

  it('reads again what the working tree changed: edited, staged, untracked and renamed files', async () => {
    const { repo, dir } = exampleRepo();
    await loadCached(dir);

    const users = join(dir, 'identities/users.yaml');
    // Edited and not staged: the index still names the blob the cache holds.
    writeFileSync(
      users,
      readFileSync(users, 'utf8').replace('id: tokafor\n', 'id: tokafor\nstatus: leaver\n'),
    );
    const billing = join(dir, 'grants/billing.yaml');
    writeFileSync(billing, readFileSync(billing, 'utf8').replace(/^reason: .*$/m, 'reason: x'));
    repo.git('add', 'access/grants/billing.yaml');
    repo.write({
      'access/grants/new.yaml':
        'kind: Grant\nid: new-grant\nsubject: user:nobody\nresource: github:repo/acme/api\nrole: push\nreason: A brand new grant for the test\nexpires: 2027-01-31\n',
    });
    repo.move('access/grants/oncall.yaml', 'access/grants/renamed.yaml');

    const fresh = described(await loadAccessRepository(dir));
    const { model } = await loadCached(dir);
    expect(described(model)).toEqual(fresh);
    expect(model.findings.map((f) => f.rule)).toContain('unknown-subject');
    expect(model.users.find((u) => u.id === 'tokafor')?.status).toBe('leaver');
    expect(model.files.some((f) => f.endsWith('renamed.yaml'))).toBe(true);
  });

  it('never keeps a file with a finding, so the finding is made again where it is', async () => {
    const { repo, dir, cacheFile } = exampleRepo();
    repo.write({ 'access/grants/broken.yaml': 'kind: Grant\nid: [unclosed\n' });
    repo.commit('a broken grant');
    const fresh = described(await loadAccessRepository(dir));
    expect(fresh.findings.some((f) => f.file.endsWith('broken.yaml'))).toBe(true);

    await loadCached(dir);
    expect(readFileSync(cacheFile, 'utf8')).not.toContain(
      repo.git('rev-parse', 'HEAD:access/grants/broken.yaml'),
    );
    expect(described((await loadCached(dir)).model)).toEqual(fresh);
  });

  it('names a blob kept at one path by the path it is read from', async () => {
    const { repo, dir } = exampleRepo();
    await loadCached(dir);
    repo.write({
      'access/grants/copy.yaml': readFileSync(join(dir, 'grants/billing.yaml'), 'utf8'),
    });
    repo.commit('the same content at a second path');

    const { model } = await loadCached(dir);
    expect(described(model)).toEqual(described(await loadAccessRepository(dir)));
    const duplicate = model.findings.find((f) => f.rule === 'duplicate-id');
    expect(duplicate?.file).toBe(join(dir, 'grants/copy.yaml'));
  });

  it('reads clean files as git holds them, and measures an oversized one without reading it', async () => {
    const { repo, dir } = exampleRepo();
    repo.write({ 'access/grants/large.yaml': `# ${'x'.repeat(3000)}\n` });
    repo.commit('a large file');
    const fresh = described(await loadAccessRepository(dir, { maxFileSize: 2000 }));
    const cache = await ParseCache.open(dir, DEFAULT_COMPOSE_LIMITS, { trusted: false });
    const model = await loadAccessRepository(dir, { parseCache: cache, maxFileSize: 2000 });
    expect(described(model)).toEqual(fresh);
    expect(model.findings.find((f) => f.file.endsWith('large.yaml'))?.message).toMatch(
      /^file is 2\.9 KiB/,
    );

    // a clean file is its blob: a work tree git counts as unchanged is not what is judged
    const billing = join(dir, 'grants/billing.yaml');
    const committed = readFileSync(billing, 'utf8');
    repo.git('update-index', '--assume-unchanged', 'access/grants/billing.yaml');
    writeFileSync(billing, committed.replace(/^role: .*$/m, 'role: admin'));
    const again = await ParseCache.open(dir, DEFAULT_COMPOSE_LIMITS, { trusted: false });
    const judged = await loadAccessRepository(dir, { parseCache: again });
    const grant = judged.grants.find((g) => g.source.locate('').file === billing);
    expect(grant?.role).toBe(/^role: (.*)$/m.exec(committed)?.[1]);
  });

  it('treats a damaged cache file as a miss and writes it again', async () => {
    const { dir, cacheFile } = exampleRepo();
    const fresh = described(await loadAccessRepository(dir));
    await loadCached(dir);
    const lines = readFileSync(cacheFile, 'utf8').split('\n');

    // A torn line in the middle: the other entries are still used, and the file is
    // written again without it.
    writeFileSync(cacheFile, [...lines.slice(0, 3), '["abc",[1,', ...lines.slice(3)].join('\n'));
    expect(described((await loadCached(dir)).model)).toEqual(fresh);
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('["abc",[1,');

    // Written by another build: nothing of it is used, and it is replaced whole.
    writeFileSync(
      cacheFile,
      ['{"accessctl":"parse-cache","format":0}', ...lines.slice(1)].join('\n'),
    );
    expect(described((await loadCached(dir)).model)).toEqual(fresh);
    expect(readFileSync(cacheFile, 'utf8').split('\n')[0]).toBe(lines[0]);

    // Not JSON at all.
    writeFileSync(cacheFile, '\u0000garbage');
    expect(described((await loadCached(dir)).model)).toEqual(fresh);
    expect(readFileSync(cacheFile, 'utf8').split('\n')[0]).toBe(lines[0]);
  });

  it('drops what no file uses any more once that is most of the cache file', async () => {
    const { dir, cacheFile } = exampleRepo();
    await loadCached(dir);
    const [header = '', ...kept] = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const entry = JSON.parse(kept[0] ?? '') as [string, unknown];
    // Entries of blobs long gone, as years of edits leave them.
    const stale = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify([i.toString(16).padStart(40, '0'), entry[1]]),
    );
    writeFileSync(cacheFile, [header, ...kept, ...stale, ''].join('\n'));
    await loadCached(dir);
    expect(readFileSync(cacheFile, 'utf8').trimEnd().split('\n').sort()).toEqual(
      [header, ...kept].sort(),
    );
  });

  it('is not opened outside a git work tree', async () => {
    const dir = accessDir();
    expect(await ParseCache.open(dir, DEFAULT_COMPOSE_LIMITS)).toBeUndefined();
    expect(existsSync(join(dir, '..', '.git'))).toBe(false);
  });
});
