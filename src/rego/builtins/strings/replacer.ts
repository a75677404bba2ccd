// Go's strings.Replacer, which OPA's `strings.replace_n` (and `replace`) use: at each
// position the first pair (in argument order) whose old string matches wins; an empty
// old string matches everywhere, once per position (between characters and at both ends),
// so `{"": "X"}` on "ab" is "XaXbX". Go steps bytes after an empty match; this steps code
// points, so a multi-byte character is never split into invalid UTF-8.

export function goReplace(text: string, pairs: readonly (readonly [string, string])[]): string {
  const out: string[] = [];
  let last = 0;
  let afterEmptyMatch = false;
  let i = 0;
  while (i <= text.length) {
    // Right after an empty match Go looks only for non-empty ones, so it moves on.
    const hit = pairs.find(([old]) => !(old === '' && afterEmptyMatch) && text.startsWith(old, i));
    afterEmptyMatch = hit !== undefined && hit[0] === '';
    if (hit) {
      out.push(text.slice(last, i), hit[1]);
      i += hit[0].length;
      last = i;
      continue;
    }
    const code = text.codePointAt(i);
    i += code !== undefined && code > 0xffff ? 2 : 1;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Go's string order: by UTF-8 bytes (UTF-16 code units differ past U+FFFF). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
