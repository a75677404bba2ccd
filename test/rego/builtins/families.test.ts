// The builtins' layout: each family is a folder under src/rego/builtins/, and a builtin the
// Wasm module implements natively has its code in the folder of the same family under
// src/rego/wasm/runtime/builtins/. A builtin declared in one family and implemented in
// another, or a native export that no declared builtin names, fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allBuiltins, type BuiltinSpec } from '../../../src/rego/builtins/index.js';

const root = join(import.meta.dirname, '..', '..', '..', 'src', 'rego');
const hostRoot = join(root, 'builtins');
const nativeRoot = join(root, 'wasm', 'runtime', 'builtins');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));
}

const familyOf = (root: string, file: string): string => relative(root, file).split(sep)[0] ?? '';

const isSpecList = (value: unknown): value is BuiltinSpec[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((v) => typeof v === 'object' && v !== null && 'name' in v && 'decl' in v);

/** Builtin name → the folder of the host file whose exported table declares it. */
async function hostFamilies(): Promise<Map<string, string>> {
  const families = new Map<string, string>();
  const files = filesUnder(hostRoot, '.ts').filter((f) => relative(hostRoot, f).includes(sep));
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!isSpecList(value)) continue;
      for (const spec of value) families.set(spec.name, familyOf(hostRoot, file));
    }
  }
  return families;
}

/** Native export name (`b_...`, `bh_...`) → the folder of the file that exports it. */
function nativeFamilies(): Map<string, string> {
  const families = new Map<string, string>();
  for (const file of filesUnder(nativeRoot, '.as.ts')) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/^export function (bh?_\w+)\(/gm)) {
      families.set(name as string, familyOf(nativeRoot, file));
    }
  }
  return families;
}

describe('builtin families', () => {
  it('declare every builtin of the table in a family folder', async () => {
    const host = await hostFamilies();
    expect(
      allBuiltins()
        .filter((b) => !host.has(b.name))
        .map((b) => b.name),
    ).toEqual([]);
  });

  it('put each native builtin in the folder of the family that declares it', async () => {
    const host = await hostFamilies();
    const byExport = new Map<string, string>();
    for (const { name } of allBuiltins()) {
      const base = name.replace(/\./g, '_');
      byExport.set(`b_${base}`, name).set(`bh_${base}`, name);
    }
    const native = nativeFamilies();
    expect(native.size).toBeGreaterThan(50);
    const misplaced: string[] = [];
    for (const [exported, family] of native) {
      const name = byExport.get(exported);
      if (name === undefined) misplaced.push(`${exported}: no declared builtin has this name`);
      else if (host.get(name) !== family)
        misplaced.push(`${exported}: native in ${family}/, declared in ${host.get(name)}/`);
    }
    expect(misplaced).toEqual([]);
  });
});
