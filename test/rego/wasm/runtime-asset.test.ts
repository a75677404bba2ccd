import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RUNTIME_ASSET,
  RUNTIME_WASM,
  assetSource,
  compileRuntime,
} from '../../../src/rego/wasm/build-runtime.js';
import { runtimeWasm } from '../../../src/rego/wasm/runtime-asset.js';

describe('the committed runtime', () => {
  it('is what its AssemblyScript sources compile to (run npm run build:wasm-runtime)', async () => {
    const fresh = await compileRuntime();
    expect(Buffer.from(readFileSync(RUNTIME_WASM)).equals(Buffer.from(fresh))).toBe(true);
    expect(readFileSync(RUNTIME_ASSET, 'utf8')).toBe(assetSource(fresh));
    expect(Buffer.from(runtimeWasm()).equals(Buffer.from(fresh))).toBe(true);
  });
});
