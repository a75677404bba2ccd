// The `/.manifest` of an OPA bundle (openpolicyagent.org/docs/management-bundles).

/** One compiled entrypoint: `test/p` evaluated by the module at `/policy.wasm`. */
export interface WasmResolver {
  entrypoint: string;
  module: string;
}

export interface Manifest {
  revision: string;
  roots: string[];
  wasm?: WasmResolver[];
  rego_version?: number;
  metadata?: Record<string, unknown>;
}

/** The manifest `opa build -t wasm` writes: one module, every entrypoint, the root `""`. */
export function wasmManifest(entrypoints: string[], module = '/policy.wasm'): Manifest {
  return {
    revision: '',
    roots: [''],
    wasm: entrypoints.map((entrypoint) => ({ entrypoint, module })),
  };
}
