// OPA's total order over values, for the places where the planner visits keys in order
// (set elements, object keys, rule-trie children): null < booleans < numbers < strings <
// vars < refs < arrays < objects < sets.
import type { Term } from '../syntax/ast.js';

const rank: Record<Term['type'], number> = {
  null: 0,
  boolean: 1,
  number: 2,
  string: 3,
  var: 4,
  ref: 5,
  array: 6,
  object: 7,
  set: 8,
  arraycomprehension: 9,
  objectcomprehension: 10,
  setcomprehension: 11,
  call: 12,
};

export function compareTerms(a: Term, b: Term): number {
  if (a.type !== b.type) return rank[a.type] - rank[b.type];
  switch (a.type) {
    case 'boolean':
      return Number(a.value) - Number((b as typeof a).value);
    case 'number': {
      const x = Number(a.value);
      const y = Number((b as typeof a).value);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'string':
      return compareStrings(a.value, (b as typeof a).value);
    case 'var':
      return compareStrings(a.name, (b as typeof a).name);
    case 'ref':
      return compareLists(a.terms, (b as typeof a).terms);
    case 'array':
    case 'set':
      return compareLists(a.items, (b as typeof a).items);
    case 'object':
      return compareLists(a.items.flat(), (b as typeof a).items.flat());
    default:
      return 0;
  }
}

function compareLists(a: Term[], b: Term[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareTerms(a[i] as Term, b[i] as Term);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Byte order of the UTF-8 encodings, as Go compares strings. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** A key that identifies a term's value, ignoring where it was written. */
export function termKey(t: Term): string {
  return JSON.stringify(t, (k, v: unknown) => (k === 'loc' ? undefined : v));
}
