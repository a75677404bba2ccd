/** A place in a file: 1-based line and column (column counts UTF-16 code units). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Turns character offsets of one file into lines and columns. */
export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(
    readonly file: string,
    text: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Uint32Array.from(starts);
  }

  locate(offset: number): SourceLocation {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { file: this.file, line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/**
 * Where each field of one document sits, by JSON pointer ('' is the document, '/role',
 * '/roles/admin/maxDays', '/owners/0'). Offsets are kept, not locations, so a repository
 * of 100,000 documents stays small; lines and columns are computed when asked.
 */
export class DocumentSource {
  /** Offset of each value, by pointer. */
  private readonly values = new Map<string, number>();
  /** Offset of the key that introduces each mapping value, by pointer. */
  private readonly keys = new Map<string, number>();

  constructor(
    private readonly index: LineIndex,
    /** Offset where the document's content starts. */
    readonly start: number,
  ) {
    this.values.set('', start);
  }

  get file(): string {
    return this.index.file;
  }

  /** The document's own location (its first line of content). */
  get location(): SourceLocation {
    return this.index.locate(this.start);
  }

  /** Records serialise (for policy input, reports) as the document's location, not its maps. */
  toJSON(): SourceLocation {
    return this.location;
  }

  setValue(pointer: string, offset: number): void {
    this.values.set(pointer, offset);
  }

  setKey(pointer: string, offset: number): void {
    this.keys.set(pointer, offset);
  }

  has(pointer: string): boolean {
    return this.values.has(pointer);
  }

  /** The value at `pointer`, or the nearest enclosing one that exists. */
  locate(pointer: string): SourceLocation {
    for (let p = pointer; ; p = parentPointer(p)) {
      const offset = this.values.get(p);
      if (offset !== undefined) return this.index.locate(offset);
      if (p === '') return this.index.locate(this.start);
    }
  }

  /** The key of the field at `pointer`, falling back to its value. */
  locateKey(pointer: string): SourceLocation {
    const offset = this.keys.get(pointer);
    return offset === undefined ? this.locate(pointer) : this.index.locate(offset);
  }

  /** Every pointer that has a location, in document order. */
  pointers(): string[] {
    return [...this.values.keys()];
  }
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

const NEEDS_ESCAPE = /[~/]/;

export function childPointer(pointer: string, key: string | number): string {
  if (typeof key === 'number' || !NEEDS_ESCAPE.test(key)) return `${pointer}/${key}`;
  return `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** The last segment of a pointer, unescaped. */
export function pointerLeaf(pointer: string): string {
  return pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replaceAll('~1', '/')
    .replaceAll('~0', '~');
}
