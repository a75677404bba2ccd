/** A place in a file: 1-based line and column (column counts UTF-16 code units). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Turns character offsets of one file into lines and columns. */
export class LineIndex {
  /** Offset where each line starts. A plain array: smaller than a typed array for short files. */
  private starts: number[] = [0];
  /** Kept starts as JSON, read when first needed: most files restored are never pointed into. */
  private packed: string | undefined;

  constructor(
    readonly file: string,
    text: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** The index of a file from its `pack()`, without the file's text. */
  static unpack(file: string, packed: string): LineIndex {
    const index = new LineIndex(file, '');
    index.packed = packed;
    return index;
  }

  /** The line starts as one string, to keep beside a parsed file. */
  pack(): string {
    return this.packed ?? JSON.stringify(this.starts);
  }

  locate(offset: number): SourceLocation {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { file: this.file, line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }

  private lineStarts(): number[] {
    if (this.packed !== undefined) {
      this.starts = JSON.parse(this.packed) as number[];
      this.packed = undefined;
    }
    return this.starts;
  }
}

/** Pointers of top-level fields repeat in every document; one shared string each. */
const topLevelPointers = new Map<string, string>();

/**
 * Where each field of one document sits, by JSON pointer ('' is the document, '/role',
 * '/roles/admin/maxDays', '/owners/0'). Offsets are kept, not locations, and in one flat
 * array rather than maps, so a repository of 100,000 documents stays small; lines and
 * columns are computed when asked. Documents are small, so a linear lookup is cheap.
 */
export class DocumentSource {
  /** Triples: pointer, offset of the value, offset of its key (-1 when it has none). */
  private entries: (string | number)[] = [];
  /** Kept entries as JSON, read when first needed (see `LineIndex`). */
  private packed: string | undefined;

  constructor(
    private readonly index: LineIndex,
    /** Offset where the document's content starts. */
    readonly start: number,
  ) {}

  get file(): string {
    return this.index.file;
  }

  /** The lines of the file the document is in. */
  get lineIndex(): LineIndex {
    return this.index;
  }

  /** The document's own location (its first line of content). */
  get location(): SourceLocation {
    return this.index.locate(this.start);
  }

  /** Records serialise (for policy input, reports) as the document's location, not its maps. */
  toJSON(): SourceLocation {
    return this.location;
  }

  /** A document's places from its `pack()`, in the index of the file it is now read from. */
  static unpack(index: LineIndex, start: number, packed: string): DocumentSource {
    const source = new DocumentSource(index, start);
    source.packed = packed;
    return source;
  }

  /** The places as one string, to keep beside a parsed file. */
  pack(): string {
    return this.packed ?? JSON.stringify(this.entries);
  }

  /** Records where the value at `pointer` (and the key that introduces it, if any) starts. */
  add(pointer: string, valueOffset: number, keyOffset = -1): void {
    this.places().push(pointer, valueOffset, keyOffset);
  }

  has(pointer: string): boolean {
    return pointer === '' || this.find(pointer) !== -1;
  }

  /** The value at `pointer`, or the nearest enclosing one that exists. */
  locate(pointer: string): SourceLocation {
    for (let p = pointer; p !== ''; p = parentPointer(p)) {
      const at = this.find(p);
      if (at !== -1) return this.index.locate(this.places()[at + 1] as number);
    }
    return this.index.locate(this.start);
  }

  /** The key of the field at `pointer`, falling back to its value. */
  locateKey(pointer: string): SourceLocation {
    const at = this.find(pointer);
    const key = at === -1 ? -1 : (this.places()[at + 2] as number);
    return key === -1 ? this.locate(pointer) : this.index.locate(key);
  }

  /** Every pointer that has a location, in document order ('' first). */
  pointers(): string[] {
    const list = [''];
    const entries = this.places();
    for (let i = 0; i < entries.length; i += 3) list.push(entries[i] as string);
    return list;
  }

  private find(pointer: string): number {
    const entries = this.places();
    for (let i = 0; i < entries.length; i += 3) if (entries[i] === pointer) return i;
    return -1;
  }

  private places(): (string | number)[] {
    if (this.packed !== undefined) {
      this.entries = JSON.parse(this.packed) as (string | number)[];
      this.packed = undefined;
    }
    return this.entries;
  }
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

const NEEDS_ESCAPE = /[~/]/;

export function childPointer(pointer: string, key: string | number): string {
  if (typeof key === 'number') return `${pointer}/${key}`;
  if (pointer === '') {
    let shared = topLevelPointers.get(key);
    if (shared === undefined) {
      shared = `/${escapeSegment(key)}`;
      if (topLevelPointers.size < 1000) topLevelPointers.set(key, shared);
    }
    return shared;
  }
  return `${pointer}/${escapeSegment(key)}`;
}

function escapeSegment(key: string): string {
  return NEEDS_ESCAPE.test(key) ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key;
}

/** The last segment of a pointer, unescaped. */
export function pointerLeaf(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replaceAll('~1', '/')
    .replaceAll('~0', '~');
}
