import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import {
  PathEncodingError,
  diffRaw,
  firstParentRaw,
  git,
  listTree,
  logFirstParent,
  pathOids,
  pathsChangedBetween,
  pathsChangedSince,
  untrackedPaths,
} from '../../src/model/git.js';
import { escapedPath, readFolder, strictUtf8 } from '../../src/model/utf8-paths.js';
import { GitRepo } from './git-repo.js';

// Git and the file system name files with bytes. Read as UTF-8, a byte that is not UTF-8
// becomes U+FFFD: the name of another file, perhaps one really called "\uFFFD.yaml". Every
// listing of paths refuses such a name instead of reading it as another.

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const FE = Buffer.from([0xfe]);
/** "access/grants/<byte 0xFE>.yaml", as bytes. */
const HIDDEN = Buffer.concat([Buffer.from('access/grants/'), FE, Buffer.from('.yaml')]);
/** The valid UTF-8 name the lossy reading gives it. */
const DECOY = 'access/grants/\uFFFD.yaml';

function writeBytes(repo: GitRepo, path: Buffer, text: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), path]), text);
}

/** A repository whose second commit adds the file named 0xFE beside the decoy. */
function hiddenGrant(): { repo: GitRepo; first: string; second: string } {
  const repo = new GitRepo();
  repos.push(repo);
  repo.write({ 'access/grants/a.yaml': 'kind: Grant\n' });
  const first = repo.commit('first');
  writeBytes(repo, HIDDEN, 'kind: Grant\nid: hidden\n');
  repo.write({ [DECOY]: '# notes\n' });
  const second = repo.commit('second');
  return { repo, first, second };
}

/** That `running` fails with a PathEncodingError naming the file 0xFE. */
async function refuses(running: Promise<unknown>): Promise<void> {
  const error = await running.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PathEncodingError);
  expect((error as Error).message).toMatch(/\\xFE\.yaml"/);
}

describe('a path that is not UTF-8', () => {
  it('is refused by every listing of paths git gives', async () => {
    const { repo, first, second } = hiddenGrant();
    const dir = repo.dir;
    await refuses(listTree(dir, second, 'access'));
    await refuses(pathOids(dir, second, ['access/grants/']));
    await refuses(diffRaw(dir, first, second));
    await refuses(pathsChangedBetween(dir, first, second));
    await refuses(pathsChangedSince(dir, first, 'access'));
    await refuses(firstParentRaw(dir, second, 'access', '%x01%H %ct'));
    const log = async () => {
      for await (const batch of logFirstParent(dir, second, '%H%x00', ['access'])) void batch;
    };
    await refuses(log());
    await refuses(git(dir, ['ls-files', '-z']));
    await refuses(git(dir, ['diff-index', '--cached', '--name-only', '-z', first]));

    writeBytes(
      repo,
      Buffer.concat([Buffer.from('access/grants/new-'), FE, Buffer.from('.yaml')]),
      'x',
    );
    await refuses(untrackedPaths(dir, 'access'));
  });

  it('says where, shows the bytes escaped and says what to do', async () => {
    const { repo, second } = hiddenGrant();
    const error = await listTree(repo.dir, second, 'access').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathEncodingError);
    expect((error as Error).message).toContain(
      `git ls-tree in ${repo.dir} names a file whose name is not UTF-8: "access/grants/\\xFE.yaml"`,
    );
    expect((error as Error).message).toContain('git mv');
  });

  it('is refused by a folder listing, and a name that holds U+FFFD itself is read', () => {
    const repo = new GitRepo();
    repos.push(repo);
    mkdirSync(join(repo.dir, 'access/grants'), { recursive: true });
    repo.write({ [DECOY]: '# notes\n' });
    expect(readFolder(join(repo.dir, 'access/grants')).map((e) => e.name)).toEqual(['\uFFFD.yaml']);
    writeBytes(repo, HIDDEN, 'kind: Grant\n');
    expect(() => readFolder(join(repo.dir, 'access/grants'), 'access/grants')).toThrow(
      'the folder access/grants names a file whose name is not UTF-8: "access/grants/\\xFE.yaml"',
    );
  });

  it('leaves alone a path that is UTF-8, U+FFFD and a leading BOM included', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    repo.write({ [DECOY]: 'a\n', 'access/\uFEFFbom.yaml': 'b\n' });
    const commit = repo.commit('names');
    expect((await listTree(repo.dir, commit, 'access')).map((e) => e.path)).toEqual([
      'access/grants/\uFFFD.yaml',
      'access/\uFEFFbom.yaml',
    ]);
  });

  it('leaves alone commit text that is not UTF-8 in a --raw log: only its paths must be', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    repo.write({ 'access/a.yaml': 'a\n' });
    repo.git('add', '-A');
    const message = join(repo.dir, '.git', 'message');
    writeFileSync(message, Buffer.concat([Buffer.from('caf'), FE, Buffer.from('\n')]));
    repo.git('commit', '-q', '-F', message);
    const head = repo.git('rev-parse', 'HEAD');
    const raw = await firstParentRaw(repo.dir, head, 'access', '%x01%H%x00%B');
    // git may re-encode it on the way out (as Latin-1); either way it is read, not refused
    expect(raw).toMatch(/caf(?:\uFFFD|\u00fe)/);
    expect(raw).toContain('access/a.yaml');
  });
});

describe('escapedPath and strictUtf8', () => {
  it('shows UTF-8 as it is and any other byte, control or quote as an escape', () => {
    const bytes = Buffer.concat([
      Buffer.from('a/\u00e9\uFFFD'),
      Buffer.from([0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x0a, 0x1b]),
      Buffer.from('"\\##[x]'),
    ]);
    expect(escapedPath(bytes)).toBe(
      'a/\u00e9\uFFFD\\xFE\\xC3(\\xED\\xA0\\x80\\x0A\\x1B\\x22\\x5C##\\x5Bx]',
    );
    expect(strictUtf8(bytes)).toBeUndefined();
    expect(strictUtf8(Buffer.from('\uFEFF\uFFFD.yaml'))).toBe('\uFEFF\uFFFD.yaml');
  });
});
