// Comparing results as OPA's case runners do: the want list and the result set are sets
// of binding objects; values compare by OPA's equality (numbers by value, objects
// unordered); with `sort_bindings` every array bound is sorted first.
import { compareValues, toSet } from '../builtins/shared/order.js';
import type { Json } from '../builtins/shared/spec.js';

type Bindings = Record<string, unknown>;

function normalise(bindings: Bindings[], sortBindings: boolean): Json[] {
  const rows = bindings.map((row) => {
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(row)) {
      const v = value as Json;
      out[key] = sortBindings && Array.isArray(v) ? [...v].sort(compareValues) : v;
    }
    return out as Json;
  });
  return toSet(rows);
}

export function sameResults(want: Bindings[], got: Bindings[], sortBindings: boolean): boolean {
  const a = normalise(want, sortBindings);
  const b = normalise(got, sortBindings);
  return a.length === b.length && a.every((v, i) => compareValues(v, b[i] as Json) === 0);
}
