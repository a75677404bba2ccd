// PEM blocks in a text, found as Go's pem.Decode finds them: a `-----BEGIN TYPE-----` line
// closes at the first `-----END ` after it, and a block whose END names another type, or
// whose body holds another BEGIN, is skipped. One pass, in time linear in the text: a regular expression that pairs each
// BEGIN with its own END rescans the rest of the text for every BEGIN, and an input of
// many lone BEGIN lines (a policy's input is anyone's) would take minutes.

export interface PemBlock {
  /** The label, e.g. `CERTIFICATE` or `RSA PRIVATE KEY`. */
  type: string;
  /** The block's whole text, BEGIN and END lines included, as Node's parsers take it. */
  text: string;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';

export function pemBlocks(source: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let at = 0;
  // The first END at or after `at`, kept while `at` has not passed it.
  let nextEnd = -1;
  for (;;) {
    const begin = source.indexOf(BEGIN, at);
    if (begin < 0) break;
    const typeEnd = source.indexOf(DASHES, begin + BEGIN.length);
    if (typeEnd < 0) break;
    const type = source.slice(begin + BEGIN.length, typeEnd);
    const body = typeEnd + DASHES.length;
    if (nextEnd < body) nextEnd = source.indexOf(END, body);
    if (nextEnd < 0) break;
    // A BEGIN before the END means this block's body is not base64: it is skipped.
    const inner = source.indexOf(BEGIN, body);
    if (inner >= 0 && inner < nextEnd) {
      at = inner;
      continue;
    }
    const closing = `${END}${type}${DASHES}`;
    if (/^[A-Z0-9 ]+$/.test(type) && source.startsWith(closing, nextEnd)) {
      blocks.push({ type, text: source.slice(begin, nextEnd + closing.length) });
      at = nextEnd + closing.length;
    } else {
      at = begin + BEGIN.length;
    }
  }
  return blocks;
}
