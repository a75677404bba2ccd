import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { readConfigAt } from '../../src/config/at-commit.js';
import { ConfigError, DEFAULT_CONFIG } from '../../src/config/config.js';
import { GitRepo } from '../model/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe('accessctl.yaml as a commit holds it', () => {
  it('reads the commit, not the working tree', async () => {
    repo = new GitRepo();
    repo.write({ 'accessctl.yaml': 'provisioners:\n  exec:\n    command: [./grant]\n' });
    const merged = repo.commit('exec provisioner');
    writeFileSync(join(repo.dir, 'accessctl.yaml'), 'prune: true\n');
    const config = await readConfigAt(repo.dir, merged);
    expect(config.prune).toBe(false);
    expect(Object.keys(config.provisioners)).toEqual(['exec']);
  });

  it('gives the defaults for a commit without the file', async () => {
    repo = new GitRepo();
    repo.write({ 'README.md': 'access\n' });
    expect(await readConfigAt(repo.dir, repo.commit('no settings'))).toEqual(DEFAULT_CONFIG);
  });

  it('names the commit and the line of a bad value', async () => {
    repo = new GitRepo();
    repo.write({ 'accessctl.yaml': 'prune: false\nprovisioners:\n  warehouse: { type: mysql }\n' });
    const merged = repo.commit('bad provisioner');
    let error: unknown;
    try {
      await readConfigAt(repo.dir, merged);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      `accessctl.yaml at ${merged} is invalid; fix it in a pull request of its own:\n` +
        'accessctl.yaml:3:16: provisioners.warehouse.type "mysql" is not known; use postgres or exec',
    );
  });
});
