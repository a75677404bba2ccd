// `opa build -t wasm` without opa: sources -> plan -> policy.wasm -> bundle.
import { compileToPlan } from '../compiler.js';
import { RegoCompileError } from '../errors.js';
import type { Policy } from '../ir/ir.js';
import { type CollectOptions, collectSources, type Sources } from './sources.js';
import { writeBundle } from './write.js';

/** Where the time of a build went, stage by stage (for benchmarks and slow policies). */
export type BuildStage = 'plan' | 'load emitter' | 'emit' | 'bundle';

/** Plans the entrypoints of `sources`; compile errors are thrown as one RegoCompileError. */
export function planSources(sources: Sources, entrypoints: string[]): Policy {
  const result = compileToPlan(sources.modules, { entrypoints });
  if (!result.ok) throw new RegoCompileError(result.errors);
  return result.policy;
}

/** Compiles sources already in memory into a bundle. */
/** The policy module compiled from `sources`, without writing a bundle around it. */
export async function compileSources(
  sources: Sources,
  entrypoints: string[],
  onStage?: (stage: BuildStage, ms: number) => void,
): Promise<Uint8Array> {
  let started = performance.now();
  const lap = (stage: BuildStage) => {
    const now = performance.now();
    onStage?.(stage, now - started);
    started = now;
  };
  const policy = planSources(sources, entrypoints);
  lap('plan');
  // The emitter and the runtime it links (about 120 KB of code) load only when a
  // command compiles.
  const { emitWasm } = await import('../wasm/emit.js');
  lap('load emitter');
  const wasm = emitWasm(policy);
  lap('emit');
  return wasm;
}

export async function bundleSources(
  sources: Sources,
  entrypoints: string[],
  onStage?: (stage: BuildStage, ms: number) => void,
): Promise<Buffer> {
  const wasm = await compileSources(sources, entrypoints, onStage);
  const started = performance.now();
  const bundle = await writeBundle({
    wasm,
    entrypoints: entrypoints.map((e) => e.replace(/^\/+|\/+$/g, '')),
    data: sources.data,
    rego: sources.modules,
  });
  onStage?.('bundle', performance.now() - started);
  return bundle;
}

/** Reads `.rego` and data files under `paths` and builds an OPA Wasm bundle of them. */
export async function buildBundle(
  paths: string[],
  entrypoints: string[],
  options: CollectOptions = {},
): Promise<Buffer> {
  return bundleSources(await collectSources(paths, options), entrypoints);
}
