// A direct reader for the shape nearly every grant file has: documents that are flat
// mappings of plain one-line scalars, maybe with a list of plain scalars under a key.
// It yields exactly what the js-yaml event path of compose.ts yields for such a file
// (values, source places, document starts) and declines everything else, which then
// goes to js-yaml. Declining is always safe; reading a file differently from js-yaml
// would let a grant mean one thing to a reviewer's tools and another to accessctl, so
// the accepted shape is narrow on purpose, and test/model/compose-plain.test.ts holds
// it equal to js-yaml on every file of the example, the fixtures and a corpus of near
// misses. Written by hand because no YAML library reads only a subset: js-yaml's full
// grammar is what costs (measured: about 5 s for 100,000 grant files, most of a cold
// `check`).
import type { ComposeLimits, ComposedDocument, ComposedFile } from './compose.js';
import { resolveImplicit } from './scalars.js';
import { DocumentSource, LineIndex, childPointer } from './source.js';

const HASH = 0x23;
const SPACE = 0x20;
const COLON = 0x3a;
const DASH = 0x2d;
const NEWLINE = 0x0a;

/** Characters allowed in a key: ASCII letters, digits, '_' and '-' (a letter first). */
const KEY = new Uint8Array(128);
/**
 * Characters allowed in a value after its first (which must be a letter or digit): none
 * that starts a comment, a quote, an anchor, a tag, a flow collection or a block scalar
 * anywhere, and no tab, carriage return or control character. ':' only when a non-space
 * character follows it (": " would open a mapping), ' ' only inside the value.
 */
const VALUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (alnum || c === 0x5f || c === DASH) KEY[c] = 1;
  if (alnum || " _.,;:/@+='()-".includes(String.fromCharCode(c))) VALUE[c] = 1;
}

/** Keys compose.ts refuses with a finding: such a file is left to it. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Below this depth limit files go to js-yaml, which counts its own levels (measured: it
 * reports a list under a mapping as too deep up to maxDepth 3); the default is 64.
 */
const SAFE_MAX_DEPTH = 8;

interface OpenDocument {
  value: Record<string, unknown>;
  source: DocumentSource;
  /** The key just read with nothing after its colon: a list must follow. */
  listKey: string | null;
  listKeyOffset: number;
  list: unknown[] | null;
  listPointer: string;
  listIndent: number;
}

/** The file's documents when it has the plain shape, else undefined (parse it with js-yaml). */
export function composePlainFile(
  file: string,
  text: string,
  limits: ComposeLimits,
): ComposedFile | undefined {
  if (limits.maxDepth < SAFE_MAX_DEPTH) return undefined;
  const index = new LineIndex(file, text);
  const documents: ComposedDocument[] = [];
  let doc: OpenDocument | null = null;
  /** A `---` was read and no content after it yet. */
  let marker = false;
  const close = (): boolean => {
    if (doc === null) return !marker;
    if (doc.listKey !== null && doc.list === null) return false;
    documents.push({ index: documents.length, value: doc.value, source: doc.source });
    doc = null;
    return true;
  };

  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const first = text.charCodeAt(start);
    if (end === start) {
      // a blank line
    } else if (first === HASH) {
      if (!isCommentText(text, start + 1, end)) return undefined;
    } else if (end - start === 3 && text.startsWith('---', start)) {
      if (!close()) return undefined;
      marker = true;
    } else if (first < 128 && KEY[first] === 1 && first !== DASH && first !== 0x5f) {
      doc ??= {
        value: Object.create(null) as Record<string, unknown>,
        source: new DocumentSource(index, start),
        listKey: null,
        listKeyOffset: -1,
        list: null,
        listPointer: '',
        listIndent: 0,
      };
      marker = false;
      if (!readEntry(doc, text, start, end)) return undefined;
    } else if (first === DASH || first === SPACE) {
      if (doc === null || !readItem(doc, text, start, end)) return undefined;
    } else return undefined;
    start = end + 1;
  }
  if (!close() || marker || documents.length === 0) return undefined;
  return { documents, findings: [] };
}

/** `key: value` or `key:` (a list follows), at the start of a line. */
function readEntry(doc: OpenDocument, text: string, start: number, end: number): boolean {
  if (doc.listKey !== null && doc.list === null) return false;
  doc.listKey = null;
  doc.list = null;
  let at = start + 1;
  while (at < end && isKey(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== COLON) return false;
  const key = text.slice(start, at);
  if (FORBIDDEN_KEYS.has(key) || Object.hasOwn(doc.value, key)) return false;
  at++;
  if (at === end) {
    doc.listKey = key;
    doc.listKeyOffset = start;
    // Claims the key now, so a repeat of it is declined like any duplicate.
    doc.value[key] = null;
    return true;
  }
  if (text.charCodeAt(at) !== SPACE) return false;
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  const scalar = plainScalar(text, at, end);
  if (scalar === undefined) return false;
  doc.value[key] = resolveImplicit(scalar);
  doc.source.add(childPointer('', key), at, start);
  return true;
}

/** `- value` at the start of a line or indented by two, under a `key:` line. */
function readItem(doc: OpenDocument, text: string, start: number, end: number): boolean {
  if (doc.listKey === null) return false;
  const indent = text.charCodeAt(start) === SPACE ? 2 : 0;
  if (indent === 2 && !text.startsWith('  ', start)) return false;
  const dash = start + indent;
  if (text.charCodeAt(dash) !== DASH || text.charCodeAt(dash + 1) !== SPACE) return false;
  const scalar = plainScalar(text, dash + 2, end);
  if (scalar === undefined) return false;
  if (doc.list === null) {
    doc.list = [];
    doc.listIndent = indent;
    doc.listPointer = childPointer('', doc.listKey);
    doc.value[doc.listKey] = doc.list;
    doc.source.add(doc.listPointer, dash, doc.listKeyOffset);
  } else if (indent !== doc.listIndent) return false;
  doc.source.add(childPointer(doc.listPointer, doc.list.length), dash + 2, -1);
  doc.list.push(resolveImplicit(scalar));
  return true;
}

/** The plain scalar filling text[start, end), or undefined when it is not one this reader takes. */
function plainScalar(text: string, start: number, end: number): string | undefined {
  if (start >= end) return undefined;
  const first = text.charCodeAt(start);
  if (first >= 128 || KEY[first] !== 1 || first === DASH || first === 0x5f) return undefined;
  for (let at = start + 1; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c >= 128 || VALUE[c] !== 1) return undefined;
    if (c === COLON) {
      const next = at + 1 < end ? text.charCodeAt(at + 1) : NEWLINE;
      if (next === SPACE || next === NEWLINE) return undefined;
    }
  }
  if (text.charCodeAt(end - 1) === SPACE) return undefined;
  return text.slice(start, end);
}

function isKey(c: number): boolean {
  return c < 128 && KEY[c] === 1;
}

/**
 * A comment's text: printable, no carriage return or tab (js-yaml rejects a file with
 * a control character anywhere, and reads '\r' as a line break), no byte order mark, no
 * lone surrogate. Letters beyond ASCII are common in comments and taken.
 */
function isCommentText(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c >= SPACE && c < 0x7f) continue;
    if (c < 0xa0 || c === 0xfeff || c >= 0xfffe) return false;
    if (c >= 0xd800 && c <= 0xdfff) return false;
  }
  return true;
}
