import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The Action runs from the committed dist/, so dist/ must be exactly what the sources build.
const root = join(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'accessctl-dist-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('dist/', () => {
  it('matches a fresh build of the sources (run "npm run build" and commit dist/ if not)', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { cwd: root });
    const built = files(fresh)
      .map((path) => relative(fresh, path))
      .sort();
    const committed = files(join(root, 'dist'))
      .map((path) => relative(join(root, 'dist'), path))
      .sort();
    expect(committed).toEqual(built);
    const stale = built.filter(
      (name) => !readFileSync(join(fresh, name)).equals(readFileSync(join(root, 'dist', name))),
    );
    expect(stale, `stale files in dist/: ${stale.join(', ')}`).toEqual([]);
  });
});
