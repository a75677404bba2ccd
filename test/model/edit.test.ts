import { describe, expect, it } from 'vitest';
import { DocumentEditError, removeDocuments } from '../../src/model/edit.js';

/** Removing documents keeps every other byte of the file as it was. */

const THREE = [
  '# Payments on-call grants. Keep sorted by id.\n',
  'kind: Grant\n',
  'id: alice-oncall   # primary\n',
  "reason: 'Primary on-call, Q1'\n",
  '---\n',
  '# bob covers nights\n',
  'kind: Grant\n',
  'id: bob-oncall\n',
  'reason: >\n',
  '  Night shift,\n',
  '  EMEA\n',
  '\n',
  '---   # carol\n',
  'kind: Grant\n',
  'id: carol-oncall\n',
].join('');

describe('removeDocuments', () => {
  it.each([
    {
      name: 'the middle document, with its comments',
      remove: [1],
      expected:
        "# Payments on-call grants. Keep sorted by id.\nkind: Grant\nid: alice-oncall   # primary\nreason: 'Primary on-call, Q1'\n---   # carol\nkind: Grant\nid: carol-oncall\n",
    },
    {
      name: "the first document, keeping the file's header above it",
      remove: [0],
      expected:
        '# Payments on-call grants. Keep sorted by id.\n---\n# bob covers nights\nkind: Grant\nid: bob-oncall\nreason: >\n  Night shift,\n  EMEA\n\n---   # carol\nkind: Grant\nid: carol-oncall\n',
    },
    {
      name: 'the last document',
      remove: [2],
      expected: THREE.slice(0, THREE.indexOf('---   # carol')),
    },
    {
      name: 'two documents at once',
      remove: [0, 2],
      expected:
        '# Payments on-call grants. Keep sorted by id.\n---\n# bob covers nights\nkind: Grant\nid: bob-oncall\nreason: >\n  Night shift,\n  EMEA\n\n',
    },
  ])('removes $name and keeps the rest byte for byte', ({ remove, expected }) => {
    expect(removeDocuments('g.yaml', THREE, new Set(remove))).toBe(expected);
  });

  it('keeps a modeline and description above a leading --- when the first document goes', () => {
    const text =
      '# yaml-language-server: $schema=../../schema/accessctl-v1.schema.json\n# On-call.\n\n---\nkind: Grant\nid: a\n---\nkind: Grant\nid: b\n';
    expect(removeDocuments('g.yaml', text, new Set([0]))).toBe(
      '# yaml-language-server: $schema=../../schema/accessctl-v1.schema.json\n# On-call.\n\n---\nkind: Grant\nid: b\n',
    );
    // the only document goes: the file goes, header and all
    expect(removeDocuments('g.yaml', '# header\nkind: Grant\nid: a\n', new Set([0]))).toBeNull();
  });

  it('returns null (delete the file) when no document remains', () => {
    expect(removeDocuments('g.yaml', THREE, new Set([0, 1, 2]))).toBeNull();
    expect(removeDocuments('g.yaml', 'kind: Grant\nid: a\n', new Set([0]))).toBeNull();
  });

  it('keeps CRLF line endings and a file without a final newline', () => {
    const text = 'kind: Grant\r\nid: a\r\n---\r\nkind: Grant\r\nid: b';
    expect(removeDocuments('g.yaml', text, new Set([1]))).toBe('kind: Grant\r\nid: a\r\n');
    expect(removeDocuments('g.yaml', text, new Set([0]))).toBe('---\r\nkind: Grant\r\nid: b');
  });

  it('treats a --- inside a block scalar as text only when indented', () => {
    const text =
      'kind: Grant\nreason: |\n  line\n  --- not a marker\nid: a\n---\nkind: Grant\nid: b\n';
    expect(removeDocuments('g.yaml', text, new Set([1]))).toBe(
      'kind: Grant\nreason: |\n  line\n  --- not a marker\nid: a\n',
    );
  });

  it('closes a document at ... and keeps a file that starts with ---', () => {
    const text = '---\nkind: Grant\nid: a\n...\n---\nkind: Grant\nid: b\n';
    expect(removeDocuments('g.yaml', text, new Set([0]))).toBe('---\nkind: Grant\nid: b\n');
    expect(removeDocuments('g.yaml', text, new Set([1]))).toBe('---\nkind: Grant\nid: a\n...\n');
  });

  it('refuses a file that does not parse, naming where', () => {
    const text = 'kind: Grant\nid: a\n---\nkind: [Grant\n';
    expect(() => removeDocuments('g.yaml', text, new Set([0]))).toThrow(DocumentEditError);
    expect(() => removeDocuments('g.yaml', text, new Set([0]))).toThrow(
      /g\.yaml: not edited, because it does not parse \(\d+:\d+/,
    );
  });

  it('refuses directives and document numbers that do not exist', () => {
    expect(() => removeDocuments('g.yaml', '%YAML 1.2\n---\nkind: Grant\n', new Set([0]))).toThrow(
      /directives/,
    );
    expect(() => removeDocuments('g.yaml', 'kind: Grant\n', new Set([3]))).toThrow(
      /no document number 4/,
    );
  });
});
