// OPA's total order over values (null < booleans < numbers < strings < arrays < objects),
// used where a host builtin must return a set sorted as OPA prints it.
import type { Json } from './spec.js';

const rank = (v: Json): number => {
  if (v === null) return 0;
  if (typeof v === 'boolean') return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 4;
  return 5;
};

export function compareValues(a: Json, b: Json): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'boolean' || typeof a === 'number') {
    return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
  }
  if (typeof a === 'string') {
    const sb = b as string;
    return a === sb ? 0 : a < sb ? -1 : 1;
  }
  if (Array.isArray(a)) {
    const bb = b as Json[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compareValues(a[i] as Json, bb[i] as Json);
      if (c !== 0) return c;
    }
    return a.length - bb.length;
  }
  if (a === null) return 0;
  const ob = b as { [k: string]: Json };
  const ka = Object.keys(a).sort();
  const kb = Object.keys(ob).sort();
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const kc = compareValues(ka[i] as string, kb[i] as string);
    if (kc !== 0) return kc;
    const vc = compareValues(a[ka[i] as string] as Json, ob[kb[i] as string] as Json);
    if (vc !== 0) return vc;
  }
  return ka.length - kb.length;
}

export function equalValues(a: Json, b: Json): boolean {
  return compareValues(a, b) === 0;
}

/** A set's elements in OPA's order, duplicates removed. */
export function toSet(values: Json[]): Json[] {
  const sorted = [...values].sort(compareValues);
  return sorted.filter((v, i) => i === 0 || compareValues(sorted[i - 1] as Json, v) !== 0);
}
