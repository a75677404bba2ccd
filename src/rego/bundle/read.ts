// Reads an OPA bundle: ours, or one written by `opa build` (with or without `-t wasm`).
import { dataPath, mergeAt, parseDataFile } from './data.js';
import type { Manifest } from './manifest.js';
import { readTarGz } from './tar.js';

export interface BundleModule {
  entrypoints: string[];
  path: string;
  bytes: Uint8Array;
}

export interface Bundle {
  manifest: Manifest;
  /** Every data file merged at its folder's path. */
  data: Record<string, unknown>;
  /** Wasm modules named by the manifest (or `/policy.wasm` when it names none). */
  wasm: BundleModule[];
  /** Rego sources carried in the bundle, by path. */
  rego: { file: string; source: string }[];
}

export class BundleError extends Error {
  constructor(message: string) {
    super(`bundle: ${message}`);
    this.name = 'BundleError';
  }
}

const normalise = (name: string): string => `/${name.replace(/^\.?\/+/, '')}`;

export async function readBundle(buf: Uint8Array): Promise<Bundle> {
  let entries;
  try {
    entries = await readTarGz(buf);
  } catch (error) {
    throw new BundleError((error as Error).message);
  }
  const files = new Map(entries.map((e) => [normalise(e.name), e.data]));

  let manifest: Manifest = { revision: '', roots: [''] };
  const manifestBytes = files.get('/.manifest');
  if (manifestBytes) {
    try {
      const parsed = JSON.parse(manifestBytes.toString('utf8')) as Partial<Manifest>;
      manifest = { ...parsed, revision: parsed.revision ?? '', roots: parsed.roots ?? [''] };
    } catch (error) {
      throw new BundleError(`/.manifest is not valid JSON: ${(error as Error).message}`);
    }
  }

  const data: Record<string, unknown> = {};
  const rego: Bundle['rego'] = [];
  for (const [name, bytes] of files) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (base === 'data.json' || base === 'data.yaml' || base === 'data.yml') {
      try {
        mergeAt(data, dataPath(name), parseDataFile(name, bytes.toString('utf8')), name);
      } catch (error) {
        throw new BundleError((error as Error).message);
      }
    } else if (name.endsWith('.rego')) {
      rego.push({ file: name, source: bytes.toString('utf8') });
    }
  }

  const byModule = new Map<string, string[]>();
  for (const resolver of manifest.wasm ?? []) {
    const path = normalise(resolver.module);
    byModule.set(path, [...(byModule.get(path) ?? []), resolver.entrypoint]);
  }
  if (byModule.size === 0 && files.has('/policy.wasm')) byModule.set('/policy.wasm', []);
  const wasm: BundleModule[] = [];
  for (const [path, entrypoints] of byModule) {
    const bytes = files.get(path);
    if (!bytes)
      throw new BundleError(`the manifest names ${path}, which the bundle does not contain`);
    wasm.push({ entrypoints, path, bytes: new Uint8Array(bytes) });
  }
  return { manifest, data, wasm, rego };
}
