// OPA's Wasm ABI (openpolicyagent.org/docs/wasm): the exports the SDK calls, and the
// `rt_*` entry points the emitted policy code calls. The emitter removes the `rt_*`
// exports once it has wired the calls, so a policy module exports only the ABI.

import { alloc, heapPtrGet, heapPtrSet, abortAt, abortWith, setLocation, getLocation, setStrictErrors } from "./heap.as";
import {
  T_OBJECT, T_ARRAY, T_STRING, NULL_VALUE, TRUE_VALUE, FALSE_VALUE,
  typeOf, len, get, compare, length, iterKey, iterValue, iterCount,
  arrayNew, arrayAppend, arrayGet, objectNew, objectInsert, objectGet, objectShallowCopy, merge,
  objectKey, objectVal, objectAssign, scanKeys, scanValues,
  setNew, setAdd, stringNew, stringCopy,
} from "./value.as";
import { numberInt, numberParse } from "./number.as";
import { jsonParse, dump } from "./json.as";
import { hostArgs, hostCall0, hostCall1, hostCall2, hostCall3, hostCall4 } from "./host-call.as";

// Builtins implemented in the module, for the calls policies make per grant in hot loops,
// one file per family as in src/rego/builtins/. The emitter finds them by export name:
// `b_<rego name with dots as _>`, or `bh_...` for one that hands some operands to the host
// builtin whose id it takes last. On operands of the wrong type a builtin returns
// mismatch's result, and on a real error builtinError's: an abort with OPA's message
// (`eval_type_error` / `eval_builtin_error`) when errors are strict, undefined (0)
// otherwise, as OPA has it by default.
export * from "./builtins/values/operators.as";
export * from "./builtins/values/types.as";
export * from "./builtins/values/conversions.as";
export * from "./builtins/numbers/numbers.as";
export * from "./builtins/collections/aggregates.as";
export * from "./builtins/collections/sets.as";
export * from "./builtins/collections/objects.as";
export * from "./builtins/collections/arrays.as";
export * from "./builtins/collections/walk.as";
export * from "./builtins/strings/strings.as";
export * from "./builtins/strings/sprintf.as";
export * from "./builtins/strings/template-string.as";
export * from "./builtins/strings/replace-n.as";
export * from "./builtins/glob/glob.as";
export * from "./builtins/time/time.as";
export * from "./builtins/net/cidr.as";

export const opa_wasm_abi_version: i32 = 1;
export const opa_wasm_abi_minor_version: i32 = 3;

// ---- functions the emitter supplies

@external("policy", "eval")
declare function policy_eval(ctx: usize): void;

@external("policy", "builtins")
declare function policy_builtins(): usize;

@external("policy", "entrypoints")
declare function policy_entrypoints(): usize;

// ---- host builtins

@external("env", "opa_println")
declare function opa_println(msg: usize): void;

export function rt_builtin0(id: i32): usize { return hostCall0(id); }
export function rt_builtin1(id: i32, a: usize): usize { return hostCall1(id, a); }
export function rt_builtin2(id: i32, a: usize, b: usize): usize { return hostCall2(id, a, b); }
export function rt_builtin3(id: i32, a: usize, b: usize, c: usize): usize { return hostCall3(id, a, b, c); }
export function rt_builtin4(id: i32, a: usize, b: usize, c: usize, d: usize): usize { return hostCall4(id, a, b, c, d); }
export function rt_println(msg: usize): void { opa_println(msg); }

// ---- the ABI

export function opa_malloc(size: usize): usize { return alloc(size); }
export function opa_free(_ptr: usize): void {}
export function opa_heap_ptr_get(): usize { return heapPtrGet(); }
export function opa_heap_ptr_set(ptr: usize): void { heapPtrSet(ptr); }
export function opa_json_parse(p: usize, n: usize): usize { return jsonParse(p, n); }
// Rego values that JSON cannot spell (sets) never arrive from a host, so the value
// syntax is read as JSON.
export function opa_value_parse(p: usize, n: usize): usize { return jsonParse(p, n); }
export function opa_json_dump(v: usize): usize { return dump(v, false); }
export function opa_value_dump(v: usize): usize { return dump(v, true); }
export function opa_value_type(v: usize): u32 { return typeOf(v); }

/**
 * Not part of OPA's ABI: whether the module's own builtins stop the evaluation on an
 * error (1) or make the call undefined (0, the default, as OPA has it). The host's
 * builtins follow the host's own setting; accessctl's runtime sets both alike.
 */
export function accessctl_strict_builtin_errors(on: i32): void { setStrictErrors(on != 0); }
/**
 * The location record [file C string, row, col] of the builtin call being evaluated (0
 * before any), so the host can say where a host builtin's error happened.
 */
export function accessctl_builtin_location(): usize { return getLocation(); }
/**
 * The host builtin call under way, [id, operand count, operand values...] (i32 each), so
 * the host can dump an operand again and read its integers exactly.
 */
export function accessctl_host_args(): usize { return hostArgs(); }

export function builtins(): usize { return policy_builtins(); }
export function entrypoints(): usize { return policy_entrypoints(); }

// An evaluation context: [input @0, data @4, result @8, entrypoint @12].
export function opa_eval_ctx_new(): usize {
  const ctx = alloc(16);
  store<usize>(ctx, 0);
  store<usize>(ctx, 0, 4);
  store<usize>(ctx, 0, 8);
  store<i32>(ctx, 0, 12);
  return ctx;
}
export function opa_eval_ctx_set_input(ctx: usize, v: usize): void { store<usize>(ctx, v); }
export function opa_eval_ctx_set_data(ctx: usize, v: usize): void { store<usize>(ctx, v, 4); }
export function opa_eval_ctx_set_entrypoint(ctx: usize, e: i32): void { store<i32>(ctx, e, 12); }
export function opa_eval_ctx_get_result(ctx: usize): usize { return load<usize>(ctx, 8); }

export function eval(ctx: usize): i32 {
  policy_eval(ctx);
  return 0;
}

/** ABI 1.2's one-call evaluation: input as JSON text, result set as JSON text. */
export function opa_eval(
  _reserved: usize, entrypoint: i32, data: usize, input: usize, inputLen: usize, heap: usize, format: i32,
): usize {
  heapPtrSet(heap);
  let inputValue: usize = 0;
  if (inputLen > 0) {
    inputValue = jsonParse(input, inputLen);
    if (inputValue == 0) abortWith(0, "opa_eval: the input is not valid JSON");
  }
  const ctx = opa_eval_ctx_new();
  opa_eval_ctx_set_input(ctx, inputValue);
  opa_eval_ctx_set_data(ctx, data);
  opa_eval_ctx_set_entrypoint(ctx, entrypoint);
  policy_eval(ctx);
  return dump(opa_eval_ctx_get_result(ctx), format == 1);
}

/** Sets `value` at `path` (an array of strings) in the object `base`; 0 on success. */
export function opa_value_add_path(base: usize, path: usize, value: usize): i32 {
  if (base == 0 || typeOf(base) != T_OBJECT || path == 0 || typeOf(path) != T_ARRAY) return 3;
  const n = len(path);
  if (n == 0) return 3;
  let node = base;
  for (let i: u32 = 0; i + 1 < n; i++) {
    const k = arrayGet(path, i);
    let next = objectGet(node, k);
    if (next == 0 || typeOf(next) != T_OBJECT) {
      next = objectNew();
      objectInsert(node, k, next);
    }
    node = next;
  }
  objectInsert(node, arrayGet(path, n - 1), value);
  return 0;
}

/** Removes the value at `path` in `base`; 0 on success. */
export function opa_value_remove_path(base: usize, path: usize): i32 {
  if (base == 0 || typeOf(base) != T_OBJECT || path == 0 || typeOf(path) != T_ARRAY) return 3;
  const n = len(path);
  if (n == 0) return 3;
  let node = base;
  for (let i: u32 = 0; i + 1 < n; i++) {
    node = objectGet(node, arrayGet(path, i));
    if (node == 0 || typeOf(node) != T_OBJECT) return 0;
  }
  const k = arrayGet(path, n - 1);
  const copy = objectNew();
  const m = len(node);
  for (let i: u32 = 0; i < m; i++) {
    const key = objectKey(node, i);
    if (compare(key, k) != 0) objectInsert(copy, key, objectVal(node, i));
  }
  objectAssign(node, copy);
  return 0;
}

// ---- memoisation of rule functions: one frame per `with` scope

let memo: usize = 0;
let memoSize: u32 = 0;

function memoFrame(prev: usize): usize {
  const f = alloc(4 + (<usize>memoSize << 2));
  store<usize>(f, prev);
  memory.fill(f + 4, 0, <usize>memoSize << 2);
  return f;
}

export function rt_memo_init(n: u32): void {
  memoSize = n;
  memo = memoFrame(0);
}
export function rt_memo_push(): void { memo = memoFrame(memo); }
export function rt_memo_pop(): void { memo = load<usize>(memo); }
export function rt_memo_get(i: u32): usize { return load<usize>(memo + 4 + (<usize>i << 2)); }
export function rt_memo_insert(i: u32, v: usize): void { store<usize>(memo + 4 + (<usize>i << 2), v); }

// ---- what the statements need

export function rt_null(): usize { return NULL_VALUE; }
export function rt_true(): usize { return TRUE_VALUE; }
export function rt_false(): usize { return FALSE_VALUE; }
export function rt_number_int(x: i64): usize { return numberInt(x); }
/** A number from the NUL-free text at `p` (n bytes); aborts on malformed text. */
export function rt_number_ref(p: usize, n: u32): usize {
  const v = numberParse(p, n);
  if (v == 0) abortWith(0, "illegal number literal in the policy");
  return v;
}
export function rt_string(p: usize, n: u32): usize { return stringNew(p, n); }
export function rt_array(cap: u32): usize { return arrayNew(cap); }
export function rt_object(): usize { return objectNew(); }
export function rt_set(): usize { return setNew(); }
/** A host result declared as a set arrives as an array (JSON has no sets): rebuild the set. */
export function rt_as_set(v: usize): usize {
  if (v == 0 || typeOf(v) != T_ARRAY) return v;
  const out = setNew();
  const n = len(v);
  for (let i: u32 = 0; i < n; i++) setAdd(out, arrayGet(v, i));
  return out;
}
export function rt_array_append(a: usize, v: usize): void { arrayAppend(a, v); }
export function rt_object_insert(o: usize, k: usize, v: usize): void { objectInsert(o, k, v); }
export function rt_set_add(s: usize, v: usize): void { setAdd(s, v); }
export function rt_get(v: usize, k: usize): usize { return get(v, k); }
export function rt_compare(a: usize, b: usize): i32 { return compare(a, b); }
export function rt_type(v: usize): u32 { return v == 0 ? 0 : typeOf(v); }
export function rt_len(v: usize): usize { return numberInt(<i64>length(v)); }
export function rt_iter_count(v: usize): u32 { return iterCount(v); }
export function rt_iter_key(v: usize, i: u32): usize { return iterKey(v, i); }
export function rt_iter_value(v: usize, i: u32): usize { return iterValue(v, i); }
// A scan that may see members in insertion order (the emitter decides) reads the member
// lists as they are now; 0 for arrays and scalars, which it then reads by position.
export function rt_scan_keys(v: usize): usize { return scanKeys(v); }
export function rt_scan_values(v: usize): usize { return scanValues(v); }
export function rt_shallow_copy(v: usize): usize { return objectShallowCopy(v); }
export function rt_merge(a: usize, b: usize): usize { return merge(a, b); }
export function rt_set_location(loc: usize): void { setLocation(loc); }
export function rt_runtime_error(file: usize, row: i32, col: i32, msg: usize): void {
  abortAt(file, row, col, msg, "");
}
export function rt_abort(msg: usize): void { abortWith(msg, ""); }

/** Builds the `builtins`/`entrypoints` objects: names (C strings) to ids. */
export function rt_name_map_insert(obj: usize, name: usize, id: i32): void {
  let n: u32 = 0;
  while (load<u8>(name + n) != 0) n++;
  objectInsert(obj, stringCopy(name, n), numberInt(<i64>id));
}


// `with` on a path: copy each object on the way down, so the replaced document is
// visible only inside the statement's block.
export function rt_with_root(v: usize): usize {
  return v != 0 && typeOf(v) == T_OBJECT ? objectShallowCopy(v) : objectNew();
}
export function rt_with_step(node: usize, key: usize): usize {
  let next = objectGet(node, key);
  next = next != 0 && typeOf(next) == T_OBJECT ? objectShallowCopy(next) : objectNew();
  objectInsert(node, key, next);
  return next;
}
