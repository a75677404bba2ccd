// Functions that fold a collection into one value, and sort.

import { mismatch, memberMismatch, isNum, isSet, isColl } from "../shared/operands.as";
import { alloc } from "../../heap.as";
import { numberInt, numPlus, numMul } from "../../number.as";
import { T_STRING, T_ARRAY, T_OBJECT, T_SET, typeOf, len, compare, strPtr, arrayNew, arrayAppend, elemsPtr, utf8Count } from "../../value.as";

export function b_count(v: usize): usize {
  const t = typeOf(v);
  if (t == T_STRING) return numberInt(<i64>utf8Count(strPtr(v), len(v)));
  if (t == T_ARRAY || t == T_SET || t == T_OBJECT) return numberInt(<i64>len(v));
  return mismatch("count: operand 1 must be one of {array, object, set, string} but got ", v);
}

function fold(v: usize, product: bool): usize {
  if (!isColl(v)) {
    return mismatch(product ? "product: operand 1 must be one of {set, array} but got " : "sum: operand 1 must be one of {set, array} but got ", v);
  }
  let acc = numberInt(product ? 1 : 0);
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) {
    const x = load<usize>(elemsPtr(v) + (<usize>i << 2));
    if (!isNum(x)) {
      return product
        ? memberMismatch("product: operand 1 must be array of numbers but got array containing ", "product: operand 1 must be set of numbers but got set containing ", v, x)
        : memberMismatch("sum: operand 1 must be array of numbers but got array containing ", "sum: operand 1 must be set of numbers but got set containing ", v, x);
    }
    acc = product ? numMul(acc, x) : numPlus(acc, x);
  }
  return acc;
}

export function b_sum(v: usize): usize { return fold(v, false); }
export function b_product(v: usize): usize { return fold(v, true); }

function extreme(v: usize, wantMax: bool): usize {
  if (!isColl(v)) {
    return mismatch(wantMax ? "max: operand 1 must be one of {set, array} but got " : "min: operand 1 must be one of {set, array} but got ", v);
  }
  const n = len(v);
  if (n == 0) return 0;
  let best = load<usize>(elemsPtr(v));
  for (let i: u32 = 1; i < n; i++) {
    const x = load<usize>(elemsPtr(v) + (<usize>i << 2));
    const c = compare(x, best);
    if (wantMax ? c > 0 : c < 0) best = x;
  }
  return best;
}

export function b_max(v: usize): usize { return extreme(v, true); }
export function b_min(v: usize): usize { return extreme(v, false); }

export function b_sort(v: usize): usize {
  if (!isColl(v)) return mismatch("sort: operand 1 must be one of {set, array} but got ", v);
  const n = len(v);
  const r = arrayNew(n);
  for (let i: u32 = 0; i < n; i++) arrayAppend(r, load<usize>(elemsPtr(v) + (<usize>i << 2)));
  if (isSet(v)) return r; // a set is already in order
  mergeSort(elemsPtr(r), n, alloc(<usize>n << 2));
  return r;
}

function mergeSort(a: usize, n: u32, tmp: usize): void {
  if (n < 2) return;
  const h = n >> 1;
  mergeSort(a, h, tmp);
  mergeSort(a + (<usize>h << 2), n - h, tmp);
  let i: u32 = 0;
  let j: u32 = h;
  let k: u32 = 0;
  while (i < h && j < n) {
    const x = load<usize>(a + (<usize>i << 2));
    const y = load<usize>(a + (<usize>j << 2));
    if (compare(y, x) < 0) {
      store<usize>(tmp + (<usize>(k++) << 2), y);
      j++;
    } else {
      store<usize>(tmp + (<usize>(k++) << 2), x);
      i++;
    }
  }
  while (i < h) store<usize>(tmp + (<usize>(k++) << 2), load<usize>(a + (<usize>(i++) << 2)));
  while (j < n) store<usize>(tmp + (<usize>(k++) << 2), load<usize>(a + (<usize>(j++) << 2)));
  memory.copy(a, tmp, <usize>n << 2);
}
