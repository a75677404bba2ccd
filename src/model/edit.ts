// Removes whole documents from a YAML file without re-serialising it: the bytes of every
// document that stays (comments, quoting, blank lines, order) are the bytes that were there.
// The result is parsed again and compared with what should remain, so an edit that would
// change anything else is refused rather than written.
import { isDeepStrictEqual } from 'node:util';
import { composeYaml } from './compose.js';

/** The file could not be edited safely; nothing was changed. */
export class DocumentEditError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DocumentEditError';
  }
}

/** A document's bytes: from its `---` (or the end of the one before) up to the next `---`. */
interface Region {
  start: number;
  end: number;
  /** Holds a document: content, or an explicit `---` that opens an empty one. */
  document: boolean;
}

const DOCUMENT_START = /^---(?:[ \t]|\r?$)/;
const DOCUMENT_END = /^\.\.\.(?:[ \t]|\r?$)/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?\r?$/;
const DIRECTIVE = /^%/;

/**
 * The file's text without the documents at `indices` (0-based, as the model numbers them),
 * or null when no document would remain (the file should be deleted). Throws a
 * DocumentEditError when the file does not parse cleanly or its documents cannot be told apart.
 */
export function removeDocuments(
  file: string,
  text: string,
  indices: ReadonlySet<number>,
): string | null {
  const before = composeYaml(file, text);
  const broken = before.findings.find((f) => f.severity === 'error');
  if (broken !== undefined)
    throw new DocumentEditError(
      file,
      `not edited, because it does not parse (${broken.line}:${broken.column}: ${broken.message})`,
    );
  const regions = splitRegions(text);
  if (regions === null)
    throw new DocumentEditError(
      file,
      'not edited: it uses YAML directives (%YAML, %TAG); remove the documents by hand',
    );
  const documents = regions.filter((r) => r.document);
  const parsedCount = Math.max(-1, ...before.documents.map((d) => d.index)) + 1;
  if (documents.length < parsedCount)
    throw new DocumentEditError(
      file,
      `not edited: found ${documents.length} document(s) by their --- lines but the parser read ${parsedCount}`,
    );
  for (const index of indices)
    if (index < 0 || index >= documents.length)
      throw new DocumentEditError(file, `has no document number ${index + 1}`);

  const kept = documents.filter((_, i) => !indices.has(i));
  if (kept.length === 0) return null;
  const removed = new Set(documents.filter((_, i) => indices.has(i)));
  let result = '';
  for (const region of regions)
    if (!removed.has(region)) result += text.slice(region.start, region.end);
    // the comments above the file's first key belong to the file (a schema modeline, what the
    // file is for), not to the document that happens to come first
    else if (region.start === 0) result += text.slice(0, headerEnd(text));

  const expected = before.documents.filter((d) => !indices.has(d.index)).map((d) => d.value);
  const after = composeYaml(file, result);
  const actual = after.documents.map((d) => d.value);
  if (after.findings.some((f) => f.severity === 'error') || !isDeepStrictEqual(actual, expected))
    throw new DocumentEditError(
      file,
      'not edited: removing the documents would change the ones that stay; remove them by hand',
    );
  return result;
}

/** Where the file's leading comment and blank lines end: at its first `---` or content line. */
function headerEnd(text: string): number {
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, newline === -1 ? text.length : newline);
    if (DOCUMENT_START.test(line) || !BLANK_OR_COMMENT.test(line)) return offset;
    offset = end;
  }
  return offset;
}

/**
 * Cuts the text at document boundaries. A `---` line opens a new region unless the current
 * one has seen only comments and blank lines (a header above the first `---` belongs to the
 * document that follows it); a `...` line closes the current region. Returns null for
 * files with directives, whose boundaries this does not model.
 */
function splitRegions(text: string): Region[] | null {
  const regions: Region[] = [];
  let start = 0;
  let content = false;
  let explicit = false;
  let offset = 0;
  const close = (end: number) => {
    if (end > start) regions.push({ start, end, document: content || explicit });
    start = end;
    content = false;
    explicit = false;
  };
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, newline === -1 ? text.length : newline);
    if (DIRECTIVE.test(line) && !content) return null;
    if (DOCUMENT_START.test(line)) {
      if (content || explicit) close(offset);
      explicit = true;
      // content may follow the marker on the same line: `--- !tag` or `--- {a: 1}`
      if (!BLANK_OR_COMMENT.test(line.slice(3))) content = true;
    } else if (DOCUMENT_END.test(line)) {
      close(end);
    } else if (!content && !BLANK_OR_COMMENT.test(line)) {
      content = true;
    }
    offset = end;
  }
  close(text.length);
  return regions;
}
