// The heap: one bump allocator over the imported memory. The SDK saves and restores
// the heap pointer around evaluations (opa_heap_ptr_get/set), which frees everything
// an evaluation allocated, so nothing here is ever freed one by one.

@external("env", "opa_abort")
declare function opa_abort(msg: usize): void;

// Replaced by the emitter with a function returning the first free address after the
// policy's static data.
@external("policy", "heap_base")
declare function policy_heap_base(): usize;

let heapPtr: usize = 0;

// Aborting must not allocate: out-of-memory is one of the reasons to abort.
const SCRATCH_SIZE: usize = 2048;
const scratch: usize = memory.data(2048);

export function heapPtrGet(): usize {
  if (heapPtr == 0) heapPtr = policy_heap_base();
  return heapPtr;
}

export function heapPtrSet(ptr: usize): void {
  heapPtr = ptr;
}

export function alloc(size: usize): usize {
  if (heapPtr == 0) heapPtr = policy_heap_base();
  const p = (heapPtr + 7) & ~(<usize>7);
  const end = p + size;
  if (end < p) outOfMemory();
  reach(end);
  heapPtr = end;
  return p;
}

/**
 * Makes the memory reach `end`. Each grow costs the engine a remap and can make the host
 * collect garbage (the JavaScript heap of a large repository is big), so the memory at
 * least doubles: a few grows per evaluation instead of one per 64 KiB page.
 */
function reach(end: usize): void {
  const pages = memory.size();
  const have = (<usize>pages) << 16;
  if (end <= have) return;
  const need = <i32>((end - have + 0xffff) >> 16);
  if (need < pages && memory.grow(pages) >= 0) return;
  if (memory.grow(need) < 0) outOfMemory();
}

export function allocZeroed(size: usize): usize {
  const p = alloc(size);
  memory.fill(p, 0, size);
  return p;
}

/** Grows a buffer to `newSize`, in place when it is the last allocation. */
export function realloc(ptr: usize, oldSize: usize, newSize: usize): usize {
  if (ptr != 0 && ptr + oldSize == heapPtr) {
    const end = ptr + newSize;
    reach(end);
    heapPtr = end;
    return ptr;
  }
  const p = alloc(newSize);
  if (ptr != 0) memory.copy(p, ptr, oldSize);
  return p;
}

function outOfMemory(): void {
  abortWith(
    0,
    "out of memory: the policy needs more memory than the WebAssembly.Memory allows (raise its maximum, or reduce the data the policy builds)",
  );
}

/** Writes an ASCII string literal at `dst`; returns the address after it. */
function putLiteral(dst: usize, end: usize, s: string): usize {
  for (let i = 0; i < s.length && dst < end; i++) {
    store<u8>(dst++, <u8>s.charCodeAt(i));
  }
  return dst;
}

function putCString(dst: usize, end: usize, src: usize): usize {
  if (src == 0) return dst;
  while (dst < end) {
    const c = load<u8>(src++);
    if (c == 0) break;
    store<u8>(dst++, c);
  }
  return dst;
}

function putInt(dst: usize, end: usize, v: i32): usize {
  if (v < 0) {
    if (dst < end) store<u8>(dst++, 45);
    v = -v;
  }
  let digits: i32 = 1;
  for (let t = v; t >= 10; t /= 10) digits++;
  if (dst + <usize>digits > end) return dst;
  for (let i = digits - 1; i >= 0; i--) {
    store<u8>(dst + <usize>i, <u8>(48 + (v % 10)));
    v /= 10;
  }
  return dst + <usize>digits;
}

/** Aborts with `prefix` (a C string, or 0) followed by `msg`. */
export function abortWith(prefix: usize, msg: string): void {
  const end = scratch + SCRATCH_SIZE - 1;
  let p = putCString(scratch, end, prefix);
  p = putLiteral(p, end, msg);
  store<u8>(p, 0);
  opa_abort(scratch);
  unreachable();
}

/** Aborts with `file:row:col: msg`, the form OPA's runtime errors take. */
export function abortAt(file: usize, row: i32, col: i32, msg: usize, extra: string): void {
  const end = scratch + SCRATCH_SIZE - 1;
  let p = putCString(scratch, end, file);
  p = putLiteral(p, end, ":");
  p = putInt(p, end, row);
  p = putLiteral(p, end, ":");
  p = putInt(p, end, col);
  p = putLiteral(p, end, ": ");
  p = putCString(p, end, msg);
  p = putLiteral(p, end, extra);
  store<u8>(p, 0);
  opa_abort(scratch);
  unreachable();
}

// The location of the builtin call being evaluated: a record [file C string, row, col]
// written by the emitted code before each native builtin call, so builtin errors can
// say where they happened.
let currentLocation: usize = 0;

export function setLocation(loc: usize): void {
  currentLocation = loc;
}

export function getLocation(): usize {
  return currentLocation;
}

// Whether a builtin's error stops the evaluation (strict) or makes the call undefined,
// as OPA does by default. The host sets it after loading (accessctl_strict_builtin_errors).
let strictErrors = false;

export function setStrictErrors(on: bool): void {
  strictErrors = on;
}

/**
 * A builtin's real error (not a wrong operand type): aborts with OPA's message when errors
 * are strict; otherwise returns 0, which the builtin returns as its undefined result.
 */
export function builtinError(msg: string, tail: string = ""): usize {
  if (strictErrors) builtinAbort(msg, tail);
  return 0;
}

/** builtinError with OPA's message ending in the UTF-8 text of a string value (`n` bytes at `text`). */
export function builtinErrorQuoting(msg: string, text: usize, n: u32): usize {
  if (strictErrors) abortQuoting(msg, "", text, n);
  return 0;
}

/** Aborts at the builtin call being evaluated, strict or not: for what the module cannot do. */
export function builtinAbort(msg: string, tail: string = ""): void {
  abortQuoting(msg, tail, 0, 0);
}

function abortQuoting(msg: string, tail: string, text: usize, n: u32): void {
  const end = scratch + SCRATCH_SIZE - 1;
  // The message goes after the location, so it is staged past the scratch text.
  const staged = scratch + SCRATCH_SIZE / 2;
  let p = putLiteral(staged, end, msg);
  p = putLiteral(p, end, tail);
  for (let i: u32 = 0; i < n && p < end; i++) store<u8>(p++, load<u8>(text + i));
  store<u8>(p, 0);
  if (currentLocation == 0) abortWith(staged, "");
  abortAt(
    load<usize>(currentLocation),
    load<i32>(currentLocation, 4),
    load<i32>(currentLocation, 8),
    staged,
    "",
  );
}
