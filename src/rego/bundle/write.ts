// Writes an OPA bundle laid out as `opa build -t wasm` does.
import { wasmManifest } from './manifest.js';
import { type TarEntry, writeTarGz } from './tar.js';

export interface BundleContents {
  wasm: Uint8Array;
  entrypoints: string[];
  data?: unknown;
  /** Rego sources to carry along, by path inside the bundle (`/policies/access.rego`). */
  rego?: { file: string; source: string }[];
}

export function writeBundle(contents: BundleContents): Promise<Buffer> {
  const entries: TarEntry[] = [
    { name: '/data.json', data: Buffer.from(JSON.stringify(contents.data ?? {})) },
    { name: '/.manifest', data: Buffer.from(JSON.stringify(wasmManifest(contents.entrypoints))) },
    ...(contents.rego ?? []).map((r) => ({
      name: `/${r.file.replace(/^\/+/, '')}`,
      data: Buffer.from(r.source, 'utf8'),
    })),
    { name: '/policy.wasm', data: Buffer.from(contents.wasm) },
  ];
  return writeTarGz(entries);
}
