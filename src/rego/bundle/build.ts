// `opa build -t wasm` without opa: sources -> plan -> policy.wasm -> bundle.
import { compileToPlan } from '../compiler.js';
import { RegoCompileError } from '../errors.js';
import type { Policy } from '../ir/ir.js';
import { type CollectOptions, collectSources, type Sources } from './sources.js';
import { writeBundle } from './write.js';

/** Plans the entrypoints of `sources`; compile errors are thrown as one RegoCompileError. */
export function planSources(sources: Sources, entrypoints: string[]): Policy {
  const result = compileToPlan(sources.modules, { entrypoints });
  if (!result.ok) throw new RegoCompileError(result.errors);
  return result.policy;
}

/** Compiles sources already in memory into a bundle. */
export async function bundleSources(sources: Sources, entrypoints: string[]): Promise<Buffer> {
  const policy = planSources(sources, entrypoints);
  // The Wasm backend loads binaryen (0.7 s, 80 MB); commands that never compile skip it.
  const { emitWasm } = await import('../wasm/emit.js');
  return writeBundle({
    wasm: emitWasm(policy),
    entrypoints: entrypoints.map((e) => e.replace(/^\/+|\/+$/g, '')),
    data: sources.data,
    rego: sources.modules,
  });
}

/** Reads `.rego` and data files under `paths` and builds an OPA Wasm bundle of them. */
export async function buildBundle(
  paths: string[],
  entrypoints: string[],
  options: CollectOptions = {},
): Promise<Buffer> {
  return bundleSources(await collectSources(paths, options), entrypoints);
}
