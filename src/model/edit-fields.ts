// Changes fields of YAML documents in place, without re-serialising the file: a scalar set,
// added or deleted, a login added to or taken out of a list, a document appended. Every
// byte the change does not concern (comments, quoting, order, blank lines) stays. Like
// removeDocuments, the result is parsed again and compared with what the change should
// give, and a file whose layout this does not handle is refused, never guessed at.
// Hand-written because the YAML libraries that keep comments (yaml's Document API) are not
// among this package's dependencies, and the edits needed here are few and line-shaped.
import { composeYaml, type ComposedDocument } from './compose.js';
import { DocumentEditError } from './edit.js';

export type FieldEdit =
  | { document: number; op: 'set'; key: string; value: string }
  | { document: number; op: 'delete'; key: string }
  | { document: number; op: 'add-item'; key: string; value: string; items?: string[] }
  | { document: number; op: 'remove-item'; key: string; value: string; items?: string[] };

/** `edits` applied to the file's documents, then `append` (each a document's YAML) added. */
export function editFields(
  file: string,
  text: string,
  edits: readonly FieldEdit[],
  append: readonly string[] = [],
): string {
  const before = composeYaml(file, text);
  const broken = before.findings.find((f) => f.severity === 'error');
  if (broken !== undefined)
    throw new DocumentEditError(
      file,
      `not edited, because it does not parse (${broken.line}:${broken.column}: ${broken.message})`,
    );
  const expected = before.documents.map((d) => JSON.parse(JSON.stringify(d.value)) as unknown);
  let lines = text.split('\n');
  // the list edits of one key become one edit to the list they leave behind
  const lists = new Map<string, string[]>();
  const merged: FieldEdit[] = [];
  for (const edit of edits) {
    if (edit.op !== 'add-item' && edit.op !== 'remove-item') {
      merged.push(edit);
      continue;
    }
    const id = `${edit.document}\u0000${edit.key}`;
    const doc = before.documents[edit.document]?.value;
    const written =
      isMapping(doc) && Array.isArray(doc[edit.key]) ? (doc[edit.key] as string[]) : [];
    let items = lists.get(id);
    if (items === undefined) {
      items = [...written];
      lists.set(id, items);
      merged.push({ ...edit, items });
    }
    if (edit.op === 'add-item' && !items.includes(edit.value)) items.push(edit.value);
    if (edit.op === 'remove-item')
      items.splice(0, items.length, ...items.filter((i) => i !== edit.value));
  }
  // edits go bottom-up, so the line numbers of the ones still to do stay true
  const ordered = [...merged].sort(
    (a, b) => lineOf(lines, before.documents, b) - lineOf(lines, before.documents, a),
  );
  for (const edit of ordered) {
    const doc = before.documents[edit.document];
    const value = expected[edit.document];
    if (doc === undefined || !isMapping(value) || !isMapping(doc.value))
      throw new DocumentEditError(file, `has no mapping document number ${edit.document + 1}`);
    lines = applyEdit(file, lines, doc, edit);
    applyToValue(value, edit);
  }
  let result = lines.join('\n');
  for (const document of append) {
    if (!result.endsWith('\n') && result.length > 0) result += '\n';
    result += `---\n${document}`;
    expected.push(
      ...composeYaml(file, document).documents.map(
        (d) => JSON.parse(JSON.stringify(d.value)) as unknown,
      ),
    );
  }
  const after = composeYaml(file, result);
  const actual = after.documents.map((d) => JSON.stringify(d.value));
  if (
    after.findings.some((f) => f.severity === 'error') ||
    JSON.stringify(actual) !== JSON.stringify(expected.map((v) => JSON.stringify(v)))
  )
    throw new DocumentEditError(
      file,
      'not edited: the change would touch more than the fields it is about; make it by hand',
    );
  return result;
}

/** A string as a YAML scalar that reads back as that same string. */
export function yamlScalar(value: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9 ._@'()/+-]*$/.test(value) && !/[ ]$/.test(value);
  const reserved = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(value);
  if ((plain && !reserved) || /^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(value))
    return value;
  return JSON.stringify(value);
}

/** The line an edit happens at, so edits can go bottom-up: a new key goes after the document. */
function lineOf(lines: string[], documents: ComposedDocument[], edit: FieldEdit): number {
  const doc = documents[edit.document];
  if (doc === undefined) return 0;
  return isMapping(doc.value) && Object.hasOwn(doc.value, edit.key)
    ? doc.source.locateKey(`/${edit.key}`).line
    : lastContentLine(lines, doc) + 1.5;
}

function applyEdit(
  file: string,
  lines: string[],
  doc: ComposedDocument,
  edit: FieldEdit,
): string[] {
  const value = doc.value as Record<string, unknown>;
  const pointer = `/${edit.key}`;
  const present = Object.hasOwn(value, edit.key);
  const refuse = (why: string) =>
    new DocumentEditError(
      file,
      `not edited: ${edit.key} of document ${edit.document + 1} ${why}; change it by hand`,
    );
  const out = [...lines];
  if (!present) {
    if (edit.op === 'delete' || edit.op === 'remove-item') return out;
    const at = lastContentLine(lines, doc);
    const written =
      edit.op === 'set'
        ? yamlScalar(edit.value)
        : `[${(edit.items ?? [edit.value]).map(yamlScalar).join(', ')}]`;
    out.splice(at + 1, 0, `${edit.key}: ${written}`);
    return out;
  }
  const key = doc.source.locateKey(pointer);
  const at = doc.source.locate(pointer);
  if (key.column !== 1) throw refuse('is not a top-level key at the start of its line');
  const current = value[edit.key];
  if (edit.op === 'set' || edit.op === 'delete') {
    if (typeof current === 'object' && current !== null) throw refuse('is not a single value');
    if (at.line !== key.line) throw refuse('is not on the line of its key');
    const line = out[at.line - 1] as string;
    if (edit.op === 'delete') {
      out.splice(at.line - 1, 1);
      return out;
    }
    const end = scalarEnd(line, at.column - 1);
    if (end === undefined) throw refuse('is written in a way this cannot edit');
    out[at.line - 1] = line.slice(0, at.column - 1) + yamlScalar(edit.value) + line.slice(end);
    return out;
  }
  if (!Array.isArray(current)) throw refuse('is not a list');
  // every list edit of this key at once: edits of one list share its lines
  const next = edit.items ?? current;
  const line = out[at.line - 1] as string;
  if (line[at.column - 1] === '[') {
    const close = line.indexOf(']', at.column - 1);
    if (close < 0 || at.line !== key.line) throw refuse('is a list spread over several lines');
    out[at.line - 1] =
      `${line.slice(0, at.column - 1)}[${next.map(yamlScalar).join(', ')}]${line.slice(close + 1)}`;
    return out;
  }
  // a block list: one "- item" line each
  const itemLines = current.map((_, i) => doc.source.locate(`${pointer}/${i}`).line);
  const kept = current.filter((item) => next.includes(item as string));
  if (kept.length === 0) throw refuse('would lose every item it has; edit it by hand');
  const lastKept = itemLines[current.lastIndexOf(kept[kept.length - 1])] as number;
  const indent = /^(\s*-\s+)/.exec(out[lastKept - 1] ?? '')?.[1];
  if (indent === undefined) throw refuse('has an item this cannot follow');
  const removed = [...current.entries()].filter(([, item]) => !next.includes(item as string));
  for (const [i] of removed.reverse()) {
    const itemLine = itemLines[i] as number;
    if (!/^\s*-\s+\S+\s*(?:#.*)?$/.test(out[itemLine - 1] ?? ''))
      throw refuse('has an item this cannot remove');
    out.splice(itemLine - 1, 1);
  }
  // the last kept item moved up by one line for each item removed above it
  const above = removed.filter(([i]) => (itemLines[i] as number) < lastKept).length;
  const added = next.filter((item) => !current.includes(item));
  out.splice(lastKept - above, 0, ...added.map((item) => `${indent}${yamlScalar(item)}`));
  return out;
}

/** Where a scalar that starts at `start` ends: before a trailing comment or the line's end. */
function scalarEnd(line: string, start: number): number | undefined {
  const first = line[start];
  if (first === '"') {
    for (let i = start + 1; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '"') return i + 1;
    }
    return undefined;
  }
  if (first === "'") {
    for (let i = start + 1; i < line.length; i++) {
      if (line[i] === "'" && line[i + 1] === "'") i++;
      else if (line[i] === "'") return i + 1;
    }
    return undefined;
  }
  if (first === '|' || first === '>' || first === '&' || first === '*' || first === '!')
    return undefined;
  const comment = line.slice(start).search(/\s#/);
  const end = comment < 0 ? line.length : start + comment;
  return line.slice(0, end).trimEnd().length;
}

/** The 0-based index of the document's last line that holds content. */
function lastContentLine(lines: string[], doc: ComposedDocument): number {
  let at = doc.source.locate('').line - 1;
  let last = at;
  for (; at < lines.length; at++) {
    const line = lines[at] as string;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) break;
    if (!/^\s*(?:#.*)?\r?$/.test(line)) last = at;
  }
  return last;
}

function applyToValue(value: Record<string, unknown>, edit: FieldEdit): void {
  if (edit.op === 'set') value[edit.key] = edit.value;
  else if (edit.op === 'delete') delete value[edit.key];
  else if (edit.items !== undefined && (Object.hasOwn(value, edit.key) || edit.op === 'add-item'))
    value[edit.key] = [...edit.items];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
