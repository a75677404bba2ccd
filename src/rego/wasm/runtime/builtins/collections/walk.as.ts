// walk: every [path, value] pair under a document, root first, depth first, in the
// document's own order. It runs here rather than on the host because the host sees
// values as JSON, where a set arrives as an array and its members would be walked by
// index instead of by member.

import { T_ARRAY, T_OBJECT, T_SET, typeOf, len, arrayNew, arrayAppend, arrayGet, iterKey, iterValue } from "../../value.as";

function pathWith(path: usize, key: usize): usize {
  const n = len(path);
  const out = arrayNew(n + 1);
  for (let i: u32 = 0; i < n; i++) arrayAppend(out, arrayGet(path, i));
  arrayAppend(out, key);
  return out;
}

function visit(out: usize, value: usize, path: usize): void {
  const pair = arrayNew(2);
  arrayAppend(pair, path);
  arrayAppend(pair, value);
  arrayAppend(out, pair);
  const t = typeOf(value);
  if (t != T_ARRAY && t != T_OBJECT && t != T_SET) return;
  const n = len(value);
  for (let i: u32 = 0; i < n; i++) {
    visit(out, iterValue(value, i), pathWith(path, iterKey(value, i)));
  }
}

/** The collection the plan scans for `walk(x, [path, value])`. */
export function b_walk(root: usize): usize {
  const out = arrayNew(8);
  visit(out, root, arrayNew(0));
  return out;
}
