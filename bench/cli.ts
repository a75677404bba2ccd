import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout the bench runs from (found from this file, so it imports nothing of src/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `npm run build`'s own script, into a package folder of its own: what users install. */
export function buildCli(scratch: string): string {
  const pkg = join(scratch, 'accessctl');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'accessctl', type: 'module' }));
  copyFileSync(join(ROOT, 'bin/accessctl.js'), join(pkg, 'bin/accessctl.js'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(pkg, 'dist')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return join(pkg, 'bin/accessctl.js');
}
