import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// src/model/git.ts is the one door to git: no other source file starts a process that runs
// git. The only other file allowed to start processes runs a user's configured command.
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const DOOR = 'model/git.ts';
const STARTS_PROCESSES: Record<string, string> = {
  [DOOR]: 'the git door itself',
  'provisioners/exec.ts': 'runs the provisioner command a user configured, never git',
};

const CHILD_PROCESS = /(?:from\s*|require\(\s*|import\(\s*)['"`](?:node:)?child_process['"`]/;
/** A string literal that names the git binary, as a spawn or execFile argument would. */
const GIT_COMMAND = /['"`](?:[^'"`\s]*\/)?git(?:\.exe)?(?=['"`\s])/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.[cm]?ts$/.test(entry.name) ? [path] : [];
  });
}

/** Why a source breaks the rule, or undefined when it keeps it. */
function breach(file: string, text: string): string | undefined {
  if (file === DOOR || !CHILD_PROCESS.test(text)) return undefined;
  if (GIT_COMMAND.test(text)) return 'starts git itself; add a named operation to src/model/git.ts';
  if (STARTS_PROCESSES[file] === undefined)
    return 'starts processes; only src/model/git.ts (for git) may, or say here why it must';
  return undefined;
}

describe('the git door', () => {
  it('no source file but src/model/git.ts starts git', () => {
    const found = sources(SRC).flatMap((path) => {
      const file = relative(SRC, path).split('\\').join('/');
      const why = breach(file, readFileSync(path, 'utf8'));
      return why === undefined ? [] : [`src/${file}: ${why}`];
    });
    expect(found).toEqual([]);
  });

  it('the door is where the git processes start', () => {
    const text = readFileSync(join(SRC, DOOR), 'utf8');
    expect(CHILD_PROCESS.test(text)).toBe(true);
    expect(GIT_COMMAND.test(text)).toBe(true);
  });

  it.each([
    ["import { execFile } from 'node:child_process';\nexecFile('git', ['log']);", 'starts git'],
    ['import { spawn } from "child_process";\nspawn("git", []);', 'starts git'],
    ["const cp = require('child_process'); cp.execSync(`git status`);", 'starts git'],
    [
      "const { spawn } = await import('node:child_process'); spawn('/usr/bin/git', []);",
      'starts git',
    ],
    [
      "import { spawnSync } from 'node:child_process';\nspawnSync('sh', ['-c', 'x']);",
      'starts processes',
    ],
  ])('catches a source that breaks it: %s', (text, reason) => {
    expect(breach('workflows/example.ts', text)).toContain(reason);
  });

  it('lets pass what keeps it', () => {
    expect(
      breach('workflows/example.ts', "import { git } from '../model/git.js';"),
    ).toBeUndefined();
    expect(
      breach('provisioners/exec.ts', "import { spawn } from 'node:child_process'; spawn(path);"),
    ).toBeUndefined();
  });
});
