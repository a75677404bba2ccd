// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `node scripts/build.mjs --outdir DIR` writes elsewhere: the staleness test builds into a
// temporary folder and compares it with the committed dist/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

// Remove what an earlier build wrote, so no stale chunk survives; other files in dist/ stay.
for (const name of ['index.js', 'cli.js', 'chunks']) {
  rmSync(join(values.outdir, name), { recursive: true, force: true });
}

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: values.outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled dependencies are CommonJS and call require(); give them one in ESM.
  banner: {
    js: "import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);",
  },
});
