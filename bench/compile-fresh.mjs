// Run by the compile suite with plain `node` (no tsx loader, whose hooks would count):
// loads the bundled compiler, compiles the given folders, and prints its figures as JSON.
// Usage: node bench/compile-fresh.mjs COMPILER.mjs ENTRYPOINTS PATH...
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [compiler = '', entrypoints = '', ...paths] = process.argv.slice(2);
const cpu = process.cpuUsage();
const started = performance.now();
const { compileTimed } = await import(pathToFileURL(compiler).href);
const loaded = performance.now();
const result = await compileTimed(paths, entrypoints.split(','));
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    stages: `load compiler ${Math.round(loaded - started)} ms, ${result.stages}`,
    bundleBytes: result.bytes,
  })}\n`,
);
