// Calls of host builtins, each recording its operands first. The SDK hands a host builtin
// its operands parsed by JSON.parse, which rounds integers past 2^53; the host reads the
// record (accessctl_host_args) to dump an operand again and read it exactly.

@external("env", "opa_builtin0")
declare function opa_builtin0(id: i32, ctx: usize): usize;
@external("env", "opa_builtin1")
declare function opa_builtin1(id: i32, ctx: usize, a: usize): usize;
@external("env", "opa_builtin2")
declare function opa_builtin2(id: i32, ctx: usize, a: usize, b: usize): usize;
@external("env", "opa_builtin3")
declare function opa_builtin3(id: i32, ctx: usize, a: usize, b: usize, c: usize): usize;
@external("env", "opa_builtin4")
declare function opa_builtin4(id: i32, ctx: usize, a: usize, b: usize, c: usize, d: usize): usize;

// [builtin id, operand count, operand 1..4], rewritten by every call.
const record = memory.data(24);

function note(id: i32, n: i32, a: usize, b: usize, c: usize, d: usize): void {
  store<i32>(record, id);
  store<i32>(record, n, 4);
  store<usize>(record, a, 8);
  store<usize>(record, b, 12);
  store<usize>(record, c, 16);
  store<usize>(record, d, 20);
}

/** The record of the host call under way: [id, count, operands...]. */
export function hostArgs(): usize { return record; }

export function hostCall0(id: i32): usize {
  note(id, 0, 0, 0, 0, 0);
  return opa_builtin0(id, 0);
}
export function hostCall1(id: i32, a: usize): usize {
  note(id, 1, a, 0, 0, 0);
  return opa_builtin1(id, 0, a);
}
export function hostCall2(id: i32, a: usize, b: usize): usize {
  note(id, 2, a, b, 0, 0);
  return opa_builtin2(id, 0, a, b);
}
export function hostCall3(id: i32, a: usize, b: usize, c: usize): usize {
  note(id, 3, a, b, c, 0);
  return opa_builtin3(id, 0, a, b, c);
}
export function hostCall4(id: i32, a: usize, b: usize, c: usize, d: usize): usize {
  note(id, 4, a, b, c, d);
  return opa_builtin4(id, 0, a, b, c, d);
}
