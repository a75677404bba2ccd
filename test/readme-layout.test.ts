// The README's map of src/ and the lint's layers table describe the tree as it is: a folder
// added, renamed or removed without them fails here, so neither can drift from the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint/layers.js';

const ROOT = join(import.meta.dirname, '..');
const topOfSrc = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory() || e.name.endsWith('.ts'))
  .map((e) => e.name)
  .sort();

function readmeMap(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('### Where things live');
  expect(at, 'README has a "Where things live" section').toBeGreaterThan(-1);
  const open = readme.indexOf('```\nsrc/\n', at);
  return readme.slice(open, readme.indexOf('```\n', open + 4));
}

describe('the map of src/', () => {
  it('names every folder of src/ in the README, and no folder that is gone', () => {
    const map = readmeMap();
    const named = [...map.matchAll(/^ {2}(?:[\w.-]+\.ts, )?([\w-]+)\/ /gm)].map((m) => m[1]);
    const folders = topOfSrc.filter((name) => !name.endsWith('.ts'));
    expect([...named].sort()).toEqual(folders);
  });

  it('gives every folder and top-level file of src/ a row in the layers table', () => {
    expect(Object.keys(LAYERS).sort()).toEqual(topOfSrc);
  });

  it('lets each layer import only what is itself in the table', () => {
    for (const [layer, allowed] of Object.entries(LAYERS))
      for (const target of allowed)
        if (target !== '*') expect(LAYERS, `${layer} → ${target}`).toHaveProperty([target]);
  });
});
