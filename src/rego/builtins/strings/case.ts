// `lower` and `upper` as Go's strings.ToLower/ToUpper: every code point through
// unicode.ToLower/ToUpper, Unicode's simple (one to one) case mapping. JavaScript's
// toLowerCase/toUpperCase apply the full mapping, which differs where one character maps
// to several ("ß" to "SS") and where context matters (a final "Σ"): mapping one code
// point at a time removes the context, and the expansions fall back to the simple
// mapping below.

// Simple uppercase of the characters whose full uppercase is several characters; those
// not listed have no simple uppercase and stay as they are (ß, ŉ, ǰ, ΐ, ΰ, և, ẖ-ẚ, ﬀ-ﬆ...).
const simpleUpper = new Map<number, number>();
for (let c = 0x1f80; c <= 0x1faf; c++)
  simpleUpper.set(
    c,
    c < 0x1f88 || (c >= 0x1f90 && c < 0x1f98) || (c >= 0x1fa0 && c < 0x1fa8) ? c + 8 : c,
  );
simpleUpper.set(0x1fb3, 0x1fbc).set(0x1fbc, 0x1fbc).set(0x1fc3, 0x1fcc).set(0x1fcc, 0x1fcc);
simpleUpper.set(0x1ff3, 0x1ffc).set(0x1ffc, 0x1ffc);

// Simple lowercase where the full one expands: only İ (U+0130), whose simple lowercase is i.
const simpleLower = new Map<number, number>([[0x130, 0x69]]);

function mapCodePoints(text: string, upper: boolean): string {
  const out: string[] = [];
  for (const ch of text) {
    const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
    if (mapped.length === ch.length || [...mapped].length === 1) {
      out.push(mapped);
    } else {
      const cp = ch.codePointAt(0) as number;
      const simple = (upper ? simpleUpper : simpleLower).get(cp);
      out.push(simple === undefined ? ch : String.fromCodePoint(simple));
    }
  }
  return out.join('');
}

export function goToLower(text: string): string {
  return mapCodePoints(text, false);
}

export function goToUpper(text: string): string {
  return mapCodePoints(text, true);
}
