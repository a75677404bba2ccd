// Reading text the module's parsers share (RFC 3339 times, CIDR prefixes).

/** The `n` decimal digits at `p + at` as a number, or -1 if any byte is not a digit. */
export function digits(p: usize, at: u32, n: u32): i64 {
  let r: i64 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + at + i);
    if (c < 48 || c > 57) return -1;
    r = r * 10 + <i64>(c - 48);
  }
  return r;
}
