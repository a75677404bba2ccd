// The Rego compiler as the compile suite loads it: bundled by esbuild with the options
// scripts/build.mjs gives the CLI, so the figure includes loading the shipped code, not
// tsx compiling TypeScript.
import { bundleSources, collectSources } from '../src/rego/bundle/index.js';

export async function compileTimed(
  paths: string[],
  entrypoints: string[],
): Promise<{ stages: string; bytes: number }> {
  const stages: string[] = [];
  const started = performance.now();
  const sources = await collectSources(paths);
  stages.push(`read ${Math.round(performance.now() - started)} ms`);
  const bundle = await bundleSources(sources, entrypoints, (stage, ms) =>
    stages.push(`${stage} ${Math.round(ms)} ms`),
  );
  return { stages: stages.join(', '), bytes: bundle.length };
}
