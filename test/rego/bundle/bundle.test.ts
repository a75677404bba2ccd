import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';

import { collectSources, readBundle, writeBundle } from '../../../src/rego/bundle/index.js';

// The smallest valid module: the magic number and version.
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A tarball laid out by hand, as another tool (or `opa build`) would write it. */
async function tarGz(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const [name, content] of Object.entries(files)) {
    pack.entry({ name }, Buffer.from(content));
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

describe('bundle files', () => {
  it('round-trips wasm, data, manifest and sources', async () => {
    const buf = await writeBundle({
      wasm: EMPTY_WASM,
      entrypoints: ['access/deny', 'access/warn'],
      data: { limits: { maxDays: 90 } },
      rego: [{ file: 'policies/access.rego', source: 'package access\n' }],
    });
    const bundle = await readBundle(buf);
    expect(bundle.manifest).toEqual({
      revision: '',
      roots: [''],
      wasm: [
        { entrypoint: 'access/deny', module: '/policy.wasm' },
        { entrypoint: 'access/warn', module: '/policy.wasm' },
      ],
    });
    expect(bundle.data).toEqual({ limits: { maxDays: 90 } });
    expect(bundle.wasm).toEqual([
      { path: '/policy.wasm', entrypoints: ['access/deny', 'access/warn'], bytes: EMPTY_WASM },
    ]);
    expect(bundle.rego).toEqual([{ file: '/policies/access.rego', source: 'package access\n' }]);
  });

  it('writes the same bytes for the same contents', async () => {
    const make = () => writeBundle({ wasm: EMPTY_WASM, entrypoints: ['a/b'], data: { x: 1 } });
    expect((await make()).equals(await make())).toBe(true);
  });

  it('reads opa-style layouts: relative names, nested data files merged by path', async () => {
    const buf = await tarGz({
      '.manifest': JSON.stringify({
        revision: 'r1',
        roots: ['x'],
        wasm: [{ entrypoint: 'x/allow', module: 'policy.wasm' }],
      }),
      'data.json': '{"top": true}',
      './x/data.json': '{"a": {"b": 1}}',
      'x/y/data.yaml': 'c: [1, 2]\n',
      'x/policy.rego': 'package x\n',
      'policy.wasm': EMPTY_WASM,
    });
    const bundle = await readBundle(buf);
    expect(bundle.manifest.revision).toBe('r1');
    expect(bundle.data).toEqual({ top: true, x: { a: { b: 1 }, y: { c: [1, 2] } } });
    expect(bundle.wasm[0]?.entrypoints).toEqual(['x/allow']);
    expect(bundle.rego.map((r) => r.file)).toEqual(['/x/policy.rego']);
  });

  it('takes /policy.wasm when the manifest names no module', async () => {
    const bundle = await readBundle(await tarGz({ '/policy.wasm': EMPTY_WASM }));
    expect(bundle.wasm.map((w) => w.path)).toEqual(['/policy.wasm']);
  });

  it('says what is wrong with a broken bundle', async () => {
    await expect(readBundle(Buffer.from('nope'))).rejects.toThrow(
      /bundle: not a gzipped tar archive/,
    );
    await expect(readBundle(await tarGz({ '.manifest': '{' }))).rejects.toThrow(
      /\.manifest is not valid JSON/,
    );
    const missing = await tarGz({
      '.manifest': JSON.stringify({ wasm: [{ entrypoint: 'a', module: '/m.wasm' }] }),
    });
    await expect(readBundle(missing)).rejects.toThrow(
      'the manifest names /m.wasm, which the bundle does not contain',
    );
    const clash = await tarGz({ 'data.json': '{"a": 1}', 'a/data.json': '{"b": 2}' });
    await expect(readBundle(clash)).rejects.toThrow(/a\/data.json: data at a conflicts/);
  });
});

describe('collecting sources', () => {
  it('reads rego and data files under folders, skipping tests unless asked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-src-'));
    mkdirSync(join(root, 'lib', 'nested'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'main.rego'), 'package main\n');
    writeFileSync(join(root, 'main_test.rego'), 'package main\n');
    writeFileSync(join(root, 'lib', 'nested', 'data.yaml'), 'k: v\n');
    writeFileSync(join(root, 'lib', 'data.json'), '{"n": 1}');
    writeFileSync(join(root, '.git', 'x.rego'), 'package hidden\n');
    writeFileSync(join(root, 'notes.json'), '{"ignored": true}');

    const plain = await collectSources([root]);
    expect(plain.modules.map((m) => m.file.slice(root.length))).toEqual(['/main.rego']);
    expect(plain.data).toEqual({ lib: { n: 1, nested: { k: 'v' } } });

    const withTests = await collectSources([root], { includeTests: true });
    expect(withTests.modules).toHaveLength(2);
    await expect(collectSources([join(root, 'absent')])).rejects.toThrow(
      /absent: no such file or directory/,
    );
  });
});
