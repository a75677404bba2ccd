// File names are bytes to git and to the file system; accessctl reads them as UTF-8 text. Bytes
// that are not UTF-8 would read as U+FFFD, which is another name, and can be the name of
// another file (one really called "\uFFFD.yaml"): a grant would be judged, or missed, under a
// name that reads someone else's file. So a name that is not UTF-8 is never guessed at: the run
// stops, naming it with its bytes shown, and says how to rename it.
import { readdirSync, type Dirent } from 'node:fs';

/** A path git or the file system names with bytes that are not UTF-8. */
export class PathEncodingError extends Error {
  constructor(
    /** Where the name was read (a commit's tree, a folder). */
    readonly where: string,
    /** The name's bytes, as git or the file system gave them. */
    readonly bytes: Buffer,
  ) {
    super(
      `${where} names a file whose name is not UTF-8: "${escapedPath(bytes)}". accessctl reads ` +
        'file names as UTF-8, and these bytes would read as another name (perhaps another ' +
        "file's), so nothing was judged: rename it to a UTF-8 name (git mv) and commit",
    );
  }
}

/** The text of `bytes` (from `start` to `end`) when they are UTF-8; undefined when they are not. */
export function strictUtf8(bytes: Buffer, start = 0, end = bytes.length): string | undefined {
  const text = bytes.toString('utf8', start, end);
  // bytes that are not UTF-8 read as U+FFFD; a name may also hold U+FFFD itself, encoded
  if (!text.includes('\uFFFD')) return text;
  return Buffer.from(text, 'utf8').equals(bytes.subarray(start, end)) ? text : undefined;
}

/**
 * A name's bytes as text that shows each of them: UTF-8 characters as they are, any other byte,
 * control character, backslash or quote as an escape (`\xFE`), and the `[` of a `##[` too, so the
 * name starts no workflow command in a CI log.
 */
export function escapedPath(bytes: Buffer): string {
  let out = '';
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) {
      out += hex(bytes[at] as number);
      at += 1;
      continue;
    }
    const char = bytes.toString('utf8', at, at + length);
    const code = char.codePointAt(0) as number;
    if (code < 0x20 || code === 0x7f || code === 0x5c || code === 0x22) out += hex(code);
    else if (code >= 0x80 && code < 0xa0) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code === 0x5b && out.endsWith('##')) out += hex(code);
    else out += char;
    at += length;
  }
  return out;
}

function hex(byte: number): string {
  return `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** The length of the UTF-8 sequence at `at` (1 to 4), or 0 when the bytes there are not one. */
function sequenceLength(bytes: Buffer, at: number): number {
  const first = bytes[at] as number;
  if (first < 0x80) return 1;
  const length =
    first >= 0xc2 && first <= 0xdf
      ? 2
      : first >= 0xe0 && first <= 0xef
        ? 3
        : first >= 0xf0 && first <= 0xf4
          ? 4
          : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  return strictUtf8(bytes, at, at + length) === undefined ? 0 : length;
}

/**
 * The entries of the folder `dir`, as readdirSync gives them with their types, when every name
 * is UTF-8; a PathEncodingError naming the first that is not. The names are read as bytes
 * again only when one reads as holding U+FFFD, so a folder of 100,000 files is listed once.
 */
export function readFolder(dir: string, shownAs: string = dir): Dirent[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.name.includes('\uFFFD')))
    for (const name of readdirSync(dir, { encoding: 'buffer' }))
      if (strictUtf8(name) === undefined)
        throw new PathEncodingError(
          `the folder ${shownAs}`,
          Buffer.concat([Buffer.from(`${shownAs.replace(/\/$/, '')}/`), name]),
        );
  return entries;
}
