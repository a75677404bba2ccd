// The version of accessctl is the one its package.json states. It is read at run time by
// walking up from this module, which finds the package from src/ (tsx), from the bundle in
// dist/ and from dist/chunks/ alike, so no build step can leave a stale copy behind.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'accessctl';

export function packageVersion(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const version = versionIn(join(dir, 'package.json'));
    if (version !== undefined) return version;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        `cannot find the package.json of ${PACKAGE_NAME} above ${from}; reinstall accessctl`,
      );
    dir = parent;
  }
}

function versionIn(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const manifest = JSON.parse(text) as { name?: unknown; version?: unknown };
  return manifest.name === PACKAGE_NAME && typeof manifest.version === 'string'
    ? manifest.version
    : undefined;
}
