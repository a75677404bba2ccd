// Starts one of accessctl's own threads. In the bundle each thread is an entry point of its
// own (`dist/NAME.js`, see scripts/build.mjs), one folder above the chunk this code is in or
// beside the entry that holds it. From source (tests, `node --import tsx`) it is the
// TypeScript file the caller names, run through tsx's loader registered in the new thread (a
// worker does not take `--import`).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(name: string, source: URL, options: WorkerOptions): Worker {
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return new Worker(file, options);
  }
  const tsx = pathToFileURL(tsxLoaderApi()).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** tsx's ESM loader API (`tsx/esm/api` for `import`), found through its package.json. */
function tsxLoaderApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as TsxManifest).exports;
  return join(dirname(manifest), exports['./esm/api'].import.default);
}

interface TsxManifest {
  exports: { './esm/api': { import: { default: string } } };
}
