import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

import { allBuiltins, lookupBuiltin } from '../../../src/rego/builtins/index.js';

// Union members are compared as a set: OPA's older capabilities list them unsorted.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k]) => k !== 'name' && k !== 'description')
    .map(([k, v]) => {
      const c = canonical(v);
      if (k === 'of' && Array.isArray(c)) return [k, c.map((x) => JSON.stringify(x)).sort()];
      return [k, c];
    })
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return Object.fromEntries(entries);
}

interface Capability {
  name: string;
  decl: unknown;
  infix?: string;
}

const require = createRequire(import.meta.url);
const sdkDir = require.resolve('@open-policy-agent/opa-wasm').replace(/src[/\\]index\.cjs$/, '');
const capabilities = JSON.parse(readFileSync(`${sdkDir}capabilities.json`, 'utf8')) as {
  builtins: Capability[];
};

// Deprecated or changed since the SDK's capabilities were written.
const known = new Map([
  ['set_diff', 'deprecated, not declared'],
  ['glob.match', 'delimiters may be null since OPA 0.x'],
  ['type_name', 'argument is any'],
]);

describe('builtin declarations', () => {
  it.each(capabilities.builtins.filter((b) => !known.has(b.name)))(
    'declares $name as OPA does',
    (capability) => {
      const spec = lookupBuiltin(capability.name);
      expect(spec, capability.name).toBeDefined();
      expect(canonical(spec?.decl)).toEqual(canonical(capability.decl));
      if (capability.infix) expect(spec?.infix).toBe(capability.infix);
    },
  );

  it('names every builtin once and declares a function type', () => {
    const names = allBuiltins().map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of allBuiltins()) expect(spec.decl.type).toBe('function');
  });

  it('flattens nested unions as OPA prints them', () => {
    expect(lookupBuiltin('urlquery.encode_object')?.decl.args?.[0]).toEqual({
      type: 'object',
      dynamic: {
        key: { type: 'string' },
        value: {
          type: 'any',
          of: [
            { type: 'string' },
            { type: 'array', dynamic: { type: 'string' } },
            { type: 'set', of: { type: 'string' } },
          ],
        },
      },
    });
    expect(lookupBuiltin('net.cidr_merge')?.decl.args?.[0]).toEqual({
      type: 'any',
      of: [
        { type: 'array', dynamic: { type: 'any', of: [{ type: 'string' }] } },
        { type: 'set', of: { type: 'string' } },
      ],
    });
  });

  it('maps operators to their builtins', () => {
    expect(lookupBuiltin('plus')?.infix).toBe('+');
    expect(lookupBuiltin('equal')?.infix).toBe('==');
    expect(lookupBuiltin('and')?.infix).toBe('&');
    expect(lookupBuiltin('assign')?.infix).toBe(':=');
    expect(lookupBuiltin('nope')).toBeUndefined();
  });

  it('leaves the module-native builtins without host code', () => {
    for (const name of [
      'count',
      'plus',
      'concat',
      'object.get',
      'time.parse_rfc3339_ns',
      'glob.match',
    ]) {
      expect(lookupBuiltin(name)?.host, name).toBeUndefined();
      expect(lookupBuiltin(name)?.exactHost, name).toBeUndefined();
    }
    for (const name of ['regex.match', 'time.now_ns', 'units.parse', 'walk']) {
      expect(lookupBuiltin(name)?.host, name).toBeTypeOf('function');
    }
    // Host code that reads integers past 2^53 exactly.
    for (const name of ['sprintf', 'time.format', 'bits.and', 'json.marshal']) {
      expect(lookupBuiltin(name)?.exactHost, name).toBeTypeOf('function');
    }
  });
});
