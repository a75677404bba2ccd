// Object functions.

import { mismatch, isObj, isArr } from "../shared/operands.as";
import { T_ARRAY, T_OBJECT, T_SET, typeOf, len, arrayGet, elemsPtr, setNew, setAdd, setContains, objectNew, objectInsert, objectGet, objectKey, objectVal, get } from "../../value.as";

export function b_object_get(o: usize, key: usize, dflt: usize): usize {
  if (!isObj(o)) return mismatch("object.get: operand 1 must be object but got ", o);
  if (isArr(key)) {
    let node = o;
    const n = len(key);
    for (let i: u32 = 0; i < n; i++) {
      const t = typeOf(node);
      if (t != T_OBJECT && t != T_ARRAY && t != T_SET) return dflt;
      node = get(node, arrayGet(key, i));
      if (node == 0) return dflt;
    }
    return node;
  }
  const r = objectGet(o, key);
  return r != 0 ? r : dflt;
}

export function b_object_keys(o: usize): usize {
  if (!isObj(o)) return mismatch("object.keys: operand 1 must be object but got ", o);
  const r = setNew();
  const n = len(o);
  // Keys are already in order: appending keeps the set sorted.
  for (let i: u32 = 0; i < n; i++) setAdd(r, objectKey(o, i));
  return r;
}

function unionObjects(a: usize, b: usize): usize {
  const r = objectNew();
  const an = len(a);
  for (let i: u32 = 0; i < an; i++) objectInsert(r, objectKey(a, i), objectVal(a, i));
  const bn = len(b);
  for (let i: u32 = 0; i < bn; i++) {
    const k = objectKey(b, i);
    const bv = objectVal(b, i);
    const av = objectGet(r, k);
    if (av != 0 && isObj(av) && isObj(bv)) objectInsert(r, k, unionObjects(av, bv));
    else objectInsert(r, k, bv);
  }
  return r;
}

export function b_object_union(a: usize, b: usize): usize {
  if (!isObj(a)) return mismatch("object.union: operand 1 must be object but got ", a);
  if (!isObj(b)) return mismatch("object.union: operand 2 must be object but got ", b);
  return unionObjects(a, b);
}

export function b_object_remove(o: usize, keys: usize): usize {
  if (!isObj(o)) return mismatch("object.remove: operand 1 must be object but got ", o);
  const t = typeOf(keys);
  if (t != T_ARRAY && t != T_SET && t != T_OBJECT) {
    return mismatch("object.remove: operand 2 must be one of {object, set, array} but got ", keys);
  }
  const drop = setNew();
  const n = len(keys);
  for (let i: u32 = 0; i < n; i++) {
    setAdd(drop, t == T_OBJECT ? objectKey(keys, i) : load<usize>(elemsPtr(keys) + (<usize>i << 2)));
  }
  const r = objectNew();
  const m = len(o);
  for (let i: u32 = 0; i < m; i++) {
    const k = objectKey(o, i);
    if (!setContains(drop, k)) objectInsert(r, k, objectVal(o, i));
  }
  return r;
}
