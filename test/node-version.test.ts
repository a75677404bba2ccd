import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One Node version, stated and true: package.json's engines, the README, and what the
// dependencies that ship with accessctl declare.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};

/** The major a ">=N" (or ">= N.x.y") lower bound names; other forms say nothing here. */
function lowestMajor(range: string): number | undefined {
  const bounds = range.split('||').map((part) => /^\s*>=\s*(\d+)/.exec(part)?.[1]);
  if (bounds.some((b) => b === undefined)) return undefined;
  return Math.min(...bounds.map(Number));
}

describe('the Node version', () => {
  const declared = lowestMajor(pkg.engines.node) as number;

  it('is at least what every production dependency declares', () => {
    const tooOld = Object.entries(lock.packages).flatMap(([name, entry]) => {
      if (name === '' || entry.dev === true || Array.isArray(entry.engines)) return [];
      const range = entry.engines?.node;
      const needs = range === undefined ? undefined : lowestMajor(range);
      return needs !== undefined && needs > declared ? [`${name} needs Node ${range}`] : [];
    });
    expect(tooOld).toEqual([]);
  });

  it('is the one the README states', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`with Node.js ${declared} or newer`);
  });
});
