// sprintf, called per grant for deny messages. The verbs policies use for that (%s on
// strings and big integers, %q on printable ASCII strings, %v and %d on strings,
// booleans and integers, %%) are formatted here, with
// integers exact at any size; any other verb, flag or operand goes to the host's
// sprintf, whose id the emitter passes as the last argument.

import { hostCall2 } from "../../host-call.as";
import { alloc } from "../../heap.as";
import { T_ARRAY, T_BOOLEAN, T_NUMBER, T_OBJECT, T_SET, T_STRING, typeOf, len, strPtr, arrayGet, stringNew, boolValue } from "../../value.as";
import { isInt, isInteger, numberFormat, numberFormatCap } from "../../number.as";
import { regoText } from "../../json.as";


/** Bytes `v` formats to under `verb`, written at `dst` when non-zero; -1 if not handled here. */
function formatArg(verb: u8, v: usize, dst: usize): i32 {
  const t = typeOf(v);
  if (t == T_STRING && (verb == 115 || verb == 118)) {
    if (dst != 0) memory.copy(dst, strPtr(v), len(v));
    return <i32>len(v);
  }
  if (t == T_STRING && verb == 113) return quoted(v, dst);
  // Go formats a big.Int under %s as under %d; an int64-sized integer is a Go int,
  // whose %s is an error text the host writes.
  if (t == T_NUMBER && isInteger(v) && (verb == 100 || verb == 118 || (verb == 115 && !isInt(v)))) {
    const tmp = alloc(<usize>numberFormatCap(v));
    const n = numberFormat(v, tmp);
    if (dst != 0) memory.copy(dst, tmp, n);
    return <i32>n;
  }
  if (t == T_BOOLEAN && verb == 118) {
    const b = boolValue(v);
    if (dst != 0) {
      const s = b ? "true" : "false";
      for (let i = 0; i < s.length; i++) store<u8>(dst + i, <u8>s.charCodeAt(i));
    }
    return b ? 4 : 5;
  }
  // Composites are formatted here because the host would see a set as an array.
  if ((t == T_ARRAY || t == T_OBJECT || t == T_SET) && verb == 118) {
    const text = regoText(v);
    if (dst != 0) memory.copy(dst, strPtr(text), len(text));
    return <i32>len(text);
  }
  return -1;
}

/**
 * Go's %q of a string of printable ASCII: quoted, with `"` and `\` escaped. Anything
 * else (control bytes, non-ASCII) has more escape rules and goes to the host: -1.
 */
function quoted(v: usize, dst: usize): i32 {
  const p = strPtr(v);
  const n = len(v);
  let out: i32 = 2;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c < 0x20 || c > 0x7e) return -1;
    out += c == 34 || c == 92 ? 2 : 1;
  }
  if (dst == 0) return out;
  let d = dst;
  store<u8>(d++, 34);
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 34 || c == 92) store<u8>(d++, 92);
    store<u8>(d++, c);
  }
  store<u8>(d, 34);
  return out;
}

/** Total output length, or -1 when the host must format this call. */
function render(f: usize, fn: u32, args: usize, dst: usize): i32 {
  let out: i32 = 0;
  let next: u32 = 0;
  const argc = len(args);
  for (let i: u32 = 0; i < fn; i++) {
    const c = load<u8>(f + i);
    if (c != 37) {
      if (dst != 0) store<u8>(dst + out, c);
      out++;
      continue;
    }
    if (i + 1 >= fn) return -1;
    const verb = load<u8>(f + ++i);
    if (verb == 37) {
      if (dst != 0) store<u8>(dst + out, 37);
      out++;
      continue;
    }
    if (next >= argc) return -1;
    const n = formatArg(verb, arrayGet(args, next++), dst != 0 ? dst + out : 0);
    if (n < 0) return -1;
    out += n;
  }
  // Go reports unused operands in the output: the host knows how.
  return next == argc ? out : -1;
}

export function bh_sprintf(format: usize, args: usize, hostId: i32): usize {
  if (typeOf(format) == T_STRING && typeOf(args) == T_ARRAY) {
    const n = render(strPtr(format), len(format), args, 0);
    if (n >= 0) {
      const buf = alloc(<usize>n);
      render(strPtr(format), len(format), args, buf);
      return stringNew(buf, <u32>n);
    }
  }
  return hostCall2(hostId, format, args);
}
