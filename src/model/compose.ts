import {
  CORE_SCHEMA,
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  getScalarValue,
  parseEvents,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition,
} from 'js-yaml';
import { appendAll, type Finding, type RuleId } from './finding.js';
import { composePlainFile } from './compose-plain.js';
import { resolveImplicit } from './scalars.js';
import { DocumentSource, LineIndex, childPointer } from './source.js';

/** Limits that keep hostile YAML cheap. */
export interface ComposeLimits {
  /** Deepest nesting of collections, handed to the js-yaml parser. */
  maxDepth: number;
  /** Most alias nodes (`*ref`) in one document, as js-yaml's own `maxAliases`. */
  maxAliases: number;
  /** Most nodes in one document once aliases are expanded: stops a billion laughs. */
  maxNodes: number;
}

export const DEFAULT_COMPOSE_LIMITS: ComposeLimits = {
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 100_000,
};

/** One YAML document: its plain value and where each of its fields came from. */
export interface ComposedDocument {
  /** 0-based position of the document in its file. */
  index: number;
  /** Mappings are null-prototype objects, so no key can reach Object.prototype. */
  value: unknown;
  source: DocumentSource;
}

export interface ComposedFile {
  documents: ComposedDocument[];
  findings: Finding[];
}

/** Keys that would reach an object's prototype chain if a careless consumer copied them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const STR_TAG = 'tag:yaml.org,2002:str';
const SEQ_TAG = 'tag:yaml.org,2002:seq';
const MAP_TAG = 'tag:yaml.org,2002:map';

/**
 * Parses one file into documents: values and source positions. Every problem is a
 * finding; nothing throws. A file of the common plain shape is read directly (see
 * compose-plain.ts), to the same result; any other goes to js-yaml.
 */
export function composeYaml(
  file: string,
  text: string,
  limits: ComposeLimits = DEFAULT_COMPOSE_LIMITS,
): ComposedFile {
  return composePlainFile(file, text, limits) ?? composeWithJsYaml(file, text, limits);
}

/** Parses one file with js-yaml's event API, building values and source positions in one pass. */
export function composeWithJsYaml(
  file: string,
  text: string,
  limits: ComposeLimits = DEFAULT_COMPOSE_LIMITS,
): ComposedFile {
  const index = new LineIndex(file, text);
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: limits.maxDepth });
  } catch (error) {
    const chunks = splitDocuments(text);
    if (chunks.length < 2)
      return {
        documents: [],
        findings: [syntaxFinding(file, index, error, limits, undefined, text)],
      };
    return composeChunks(file, chunks, limits);
  }
  return new Composer(file, text, index, limits).run(events);
}

/** A document's text, preceded by as many line breaks as lines came before it. */
interface Chunk {
  padded: string;
}

const DOCUMENT_START = /^---(?:[ \t]|$)/;

/**
 * Splits a multi-document file at its `---` lines, so that one broken document does not
 * hide the others. YAML forbids `---` at the start of a line inside any scalar, so the
 * split matches the parser's own boundaries. Padding keeps lines and columns exact.
 */
function splitDocuments(text: string): Chunk[] {
  const lines = text.split('\n');
  const starts = [0];
  lines.forEach((line, i) => {
    if (i > 0 && DOCUMENT_START.test(line)) starts.push(i);
  });
  // Padding grows with documents × lines; a file of thousands of tiny documents is
  // reported as a whole rather than paying quadratic work to salvage it.
  const padding = starts.reduce((sum, first) => sum + first, 0);
  if (padding > 4 * text.length + 65_536) return [];
  return starts.map((first, i) => ({
    padded: '\n'.repeat(first) + lines.slice(first, starts[i + 1] ?? lines.length).join('\n'),
  }));
}

function composeChunks(file: string, chunks: Chunk[], limits: ComposeLimits): ComposedFile {
  const documents: ComposedDocument[] = [];
  const findings: Finding[] = [];
  for (const chunk of chunks) {
    const index = new LineIndex(file, chunk.padded);
    let events: Event[];
    try {
      events = parseEvents(chunk.padded, { filename: file, maxDepth: limits.maxDepth });
    } catch (error) {
      findings.push(
        syntaxFinding(file, index, error, limits, 'this document was skipped', chunk.padded),
      );
      continue;
    }
    const composed = new Composer(file, chunk.padded, index, limits).run(events);
    for (const doc of composed.documents) documents.push({ ...doc, index: documents.length });
    appendAll(findings, composed.findings);
  }
  return { documents, findings };
}

/**
 * The last value before `errorLine` that opens a quote and does not close it on its line:
 * js-yaml reads such a value on into the next lines and reports what it trips over there
 * ("deficient indentation"), far from the real mistake.
 */
function unclosedQuote(
  text: string,
  errorLine: number,
): { mark: string; line: number; column: number } | undefined {
  const lines = text.split('\n').slice(0, errorLine);
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = /^(\s*(?:-\s+)?(?:[^\s#"'][^#"']*?:\s+)?)(["'])(.*)$/.exec(lines[i] ?? '');
    if (found === null) continue;
    const [, before = '', mark = '', rest = ''] = found;
    const closed =
      mark === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replaceAll("''", '').includes("'");
    if (!closed) return { mark, line: i + 1, column: before.length + 1 };
    if (i < errorLine - 1) return undefined;
  }
  return undefined;
}

function syntaxFinding(
  file: string,
  index: LineIndex,
  error: unknown,
  limits: ComposeLimits,
  skipped = 'the rest of the file was not read',
  text = '',
): Finding {
  if (error instanceof YAMLException) {
    const line = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    const quote = unclosedQuote(text, line);
    if (quote !== undefined)
      return {
        rule: 'yaml-syntax',
        severity: 'error',
        message: `invalid YAML: the ${quote.mark === '"' ? 'double' : 'single'}-quoted value that starts here is never closed (the parser read on to line ${line} looking for its end, then said "${error.reason}"); add the closing ${quote.mark} (${skipped})`,
        file,
        line: quote.line,
        column: quote.column,
      };
    if (error.reason.includes('maxDepth')) {
      return {
        rule: 'depth-limit',
        severity: 'error',
        message: `YAML nests deeper than ${limits.maxDepth} levels; flatten the structure (access documents need only a few levels)`,
        file,
        line,
        column,
      };
    }
    return {
      rule: 'yaml-syntax',
      severity: 'error',
      message: `invalid YAML: ${error.reason}; fix the syntax at this position (${skipped})`,
      file,
      line,
      column,
    };
  }
  const start = index.locate(0);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: `invalid YAML: ${reason}; fix the file so that it parses`,
    file,
    line: start.line,
    column: start.column,
  };
}

type Frame = MapFrame | SeqFrame | SkipFrame;

interface MapFrame {
  kind: 'map';
  value: Record<string, unknown>;
  pointer: string;
  anchor: string | null;
  nodes: number;
  /** The key waiting for its value; null when the next event is a key. */
  key: string | null;
  keyOffset: number;
  /** The next value belongs to a rejected key (duplicate, forbidden, not a scalar). */
  discard: boolean;
  awaitingValue: boolean;
  seen: Map<string, number>;
}

interface SeqFrame {
  kind: 'seq';
  value: unknown[];
  pointer: string;
  anchor: string | null;
  nodes: number;
}

/** Swallows a rejected subtree up to its closing event. */
interface SkipFrame {
  kind: 'skip';
}

interface Anchor {
  value: unknown;
  nodes: number;
}

class Composer {
  private readonly findings: Finding[] = [];
  private readonly documents: ComposedDocument[] = [];
  private stack: Frame[] = [];
  private anchors = new Map<string, Anchor>();
  private source: DocumentSource | null = null;
  private root: unknown = null;
  private rootSet = false;
  private aliases = 0;
  private nodes = 0;
  /** The current document broke a limit; the rest of it is ignored. */
  private abandoned = false;
  private documentIndex = -1;
  /** Where `assign` stores the next value: a collection, or null for the document root. */
  private target: MapFrame | SeqFrame | null = null;
  private targetKey = '';
  private targetIndex = 0;
  /** Offset of the key that introduced the value being placed, or -1. */
  private targetKeyOffset = -1;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly limits: ComposeLimits,
  ) {}

  run(events: Event[]): ComposedFile {
    for (const event of events) this.step(event);
    return { documents: this.documents, findings: this.findings };
  }

  private step(event: Event): void {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        this.startDocument();
        return;
      case EVENT_ID.POP:
        this.pop();
        return;
      default:
        if (this.abandoned) {
          if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
            this.stack.push({ kind: 'skip' });
          return;
        }
        if (event.type === EVENT_ID.SCALAR) this.scalar(event);
        else if (event.type === EVENT_ID.ALIAS) this.alias(event.anchorStart, event.anchorEnd);
        else this.collection(event.type === EVENT_ID.MAPPING ? 'map' : 'seq', event);
    }
  }

  private startDocument(): void {
    this.documentIndex++;
    this.stack = [];
    this.anchors = new Map();
    this.source = null;
    this.root = null;
    this.rootSet = false;
    this.aliases = 0;
    this.nodes = 0;
    this.abandoned = false;
  }

  private pop(): void {
    const frame = this.stack.pop();
    if (frame === undefined) {
      this.endDocument();
      return;
    }
    if (frame.kind === 'skip') return;
    if (frame.anchor !== null)
      this.anchors.set(frame.anchor, { value: frame.value, nodes: frame.nodes });
    this.addNodes(frame.nodes);
  }

  private endDocument(): void {
    if (!this.rootSet || this.source === null || this.abandoned) return;
    this.documents.push({ index: this.documentIndex, value: this.root, source: this.source });
  }

  /** Counts nodes into the enclosing collection and the document, and enforces the cap. */
  private addNodes(count: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined && top.kind !== 'skip') top.nodes += count;
    else this.nodes += count;
  }

  private documentSource(offset: number): DocumentSource {
    this.source ??= new DocumentSource(this.index, offset);
    return this.source;
  }

  /**
   * Decides where the next node goes and returns its pointer; `assign` then stores the
   * value there. Returns null when the node must be dropped: a key (handled here), or
   * the value of a rejected key. Kept allocation-free: it runs once per YAML node.
   */
  private place(offset: number, keyEvent: ScalarEvent | null): string | null {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.documentSource(offset);
      this.target = null;
      this.targetKeyOffset = -1;
      return '';
    }
    if (top.kind === 'skip') return null;
    if (top.kind === 'seq') {
      this.target = top;
      this.targetKeyOffset = -1;
      this.targetIndex = top.value.length;
      top.value.push(null);
      return childPointer(top.pointer, this.targetIndex);
    }
    if (!top.awaitingValue) {
      this.acceptKey(top, offset, keyEvent);
      return null;
    }
    top.awaitingValue = false;
    if (top.discard || top.key === null) return null;
    this.target = top;
    this.targetKey = top.key;
    top.key = null;
    const pointer = childPointer(top.pointer, this.targetKey);
    this.targetKeyOffset = top.keyOffset;
    return pointer;
  }

  /** Stores a value where the last `place` pointed. */
  private assign(value: unknown): void {
    const target = this.target;
    if (target === null) {
      this.root = value;
      this.rootSet = true;
    } else if (target.kind === 'seq') target.value[this.targetIndex] = value;
    else target.value[this.targetKey] = value;
  }

  private acceptKey(frame: MapFrame, offset: number, keyEvent: ScalarEvent | null): void {
    frame.awaitingValue = true;
    frame.discard = true;
    frame.key = null;
    if (keyEvent === null) {
      this.report(
        'invalid-key',
        offset,
        'mapping keys must be plain strings; replace this complex key with a name',
      );
      return;
    }
    const key = getScalarValue(this.text, keyEvent);
    if (FORBIDDEN_KEYS.has(key)) {
      this.report(
        'forbidden-key',
        offset,
        `key "${key}" is not allowed (it could tamper with object prototypes); remove it`,
      );
      return;
    }
    const first = frame.seen.get(key);
    if (first !== undefined) {
      const at = this.index.locate(first);
      this.report(
        'duplicate-key',
        offset,
        `key "${key}" appears twice in this mapping (first at line ${at.line}); keep one (the first one is used)`,
      );
      return;
    }
    frame.seen.set(key, offset);
    frame.discard = false;
    frame.key = key;
    frame.keyOffset = offset;
  }

  private scalar(event: ScalarEvent): void {
    const offset = this.scalarOffset(event);
    const pointer = this.place(offset, event);
    if (pointer === null) return;
    const value = this.resolveScalar(event, offset);
    if (pointer !== '') this.source?.add(pointer, offset, this.targetKeyOffset);
    this.assign(value);
    if (event.anchorStart >= 0)
      this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), {
        value,
        nodes: 1,
      });
    this.addNodes(1);
  }

  /** Points at the token as written: the opening quote of a quoted scalar, the key of an empty value. */
  private scalarOffset(event: ScalarEvent): number {
    if (event.valueStart < 0) {
      const top = this.stack[this.stack.length - 1];
      if (top?.kind === 'map' && top.awaitingValue) return top.keyOffset;
      if (top !== undefined && top.kind !== 'skip') return this.source?.start ?? 0;
      return 0;
    }
    const quoted =
      event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    return quoted ? event.valueStart - 1 : event.valueStart;
  }

  private resolveScalar(event: ScalarEvent, offset: number): unknown {
    const text = event.valueStart < 0 ? '' : getScalarValue(this.text, event);
    const tag = this.tagName(event.tagStart, event.tagEnd);
    if (tag === null) {
      if (event.style !== SCALAR_STYLE.PLAIN) return text;
      return resolveImplicit(text);
    }
    if (tag === STR_TAG) return text;
    const definition = CORE_SCHEMA.tags.find(
      (t): t is ScalarTagDefinition => t.nodeKind === 'scalar' && t.tagName === tag,
    );
    const value = definition?.resolve(text, true, tag) ?? NOT_RESOLVED;
    if (value === NOT_RESOLVED) {
      this.report(
        'unsupported-tag',
        offset,
        `tag ${this.text.slice(event.tagStart, event.tagEnd)} cannot be applied to "${text}"; remove the tag (plain values need none)`,
      );
      return text;
    }
    return value;
  }

  /** The full tag name of a node, or null when it carries none (or the non-specific `!`). */
  private tagName(start: number, end: number): string | null {
    if (start < 0) return null;
    const written = this.text.slice(start, end);
    if (written === '!') return STR_TAG;
    if (written.startsWith('!!')) return `tag:yaml.org,2002:${written.slice(2)}`;
    if (written.startsWith('!<') && written.endsWith('>')) return written.slice(2, -1);
    return written;
  }

  /** `anchorStart` is the name's first character; the token (`*name`) starts one before it. */
  private alias(anchorStart: number, anchorEnd: number): void {
    const name = this.text.slice(anchorStart, anchorEnd);
    const offset = anchorStart - 1;
    const pointer = this.place(offset, null);
    if (pointer === null) return;
    this.aliases++;
    if (this.limits.maxAliases >= 0 && this.aliases > this.limits.maxAliases) {
      this.abandon(
        offset,
        `more than ${this.limits.maxAliases} aliases in one document; write the values out instead of using *${name}`,
      );
      return;
    }
    const anchor = this.anchors.get(name);
    if (anchor === undefined) {
      this.report(
        'yaml-syntax',
        offset,
        `alias *${name} refers to no anchor defined before it; define &${name} first or write the value out`,
      );
      this.assign(null);
      return;
    }
    if (this.totalNodes() + anchor.nodes > this.limits.maxNodes) {
      this.abandon(
        offset,
        `aliases expand this document beyond ${this.limits.maxNodes} nodes (an alias bomb?); write the values out instead of using *${name}`,
      );
      return;
    }
    if (pointer !== '') this.source?.add(pointer, offset, this.targetKeyOffset);
    this.assign(anchor.value);
    this.addNodes(anchor.nodes);
  }

  private totalNodes(): number {
    let total = this.nodes;
    for (const frame of this.stack) if (frame.kind !== 'skip') total += frame.nodes;
    return total;
  }

  private abandon(offset: number, message: string): void {
    this.report('alias-limit', offset, message);
    this.abandoned = true;
  }

  private collection(
    kind: 'map' | 'seq',
    event: {
      start: number;
      anchorStart: number;
      anchorEnd: number;
      tagStart: number;
      tagEnd: number;
    },
  ): void {
    const pointer = this.place(event.start, null);
    if (pointer === null) {
      this.stack.push({ kind: 'skip' });
      return;
    }
    const tag = this.tagName(event.tagStart, event.tagEnd);
    if (tag !== null && tag !== (kind === 'map' ? MAP_TAG : SEQ_TAG)) {
      this.report(
        'unsupported-tag',
        event.tagStart,
        `tag ${this.text.slice(event.tagStart, event.tagEnd)} is not supported here; remove it`,
      );
    }
    const anchor =
      event.anchorStart >= 0 ? this.text.slice(event.anchorStart, event.anchorEnd) : null;
    if (pointer !== '') this.source?.add(pointer, event.start, this.targetKeyOffset);
    if (kind === 'map') {
      const value: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      this.assign(value);
      this.stack.push({
        kind: 'map',
        value,
        pointer,
        anchor,
        nodes: 1,
        key: null,
        keyOffset: event.start,
        discard: false,
        awaitingValue: false,
        seen: new Map(),
      });
    } else {
      const value: unknown[] = [];
      this.assign(value);
      this.stack.push({ kind: 'seq', value, pointer, anchor, nodes: 1 });
    }
  }

  private report(rule: RuleId, offset: number, message: string): void {
    const at = this.index.locate(Math.max(0, offset));
    this.findings.push({
      rule,
      severity: 'error',
      message,
      file: this.file,
      line: at.line,
      column: at.column,
    });
  }
}
