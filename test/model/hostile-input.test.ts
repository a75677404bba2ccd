import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAccessModel, composeYaml, loadAccessRepository } from '../../src/model/index.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

afterAll(removeTempDirs);

/** The classic "billion laughs": nine levels of ten aliases each, 10^9 strings once expanded. */
function billionLaughs(): string {
  const lines = ['kind: Grant', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level++) {
    const refs = Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ');
    lines.push(`a${level}: &a${level} [${refs}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('hostile input', () => {
  it('reports a billion-laughs file as alias-limit instead of expanding it', async () => {
    const dir = accessDir({ 'grants/bomb.yaml': billionLaughs() });
    const model = await loadAccessRepository(dir);
    const finding = model.findings.find((f) => f.rule === 'alias-limit');
    expect(finding).toMatchObject({
      file: join(dir, 'grants/bomb.yaml'),
      line: 6,
      severity: 'error',
    });
    expect(finding?.message).toMatch(/aliases expand this document beyond 100000 nodes/);
    expect(model.documents.filter((d) => d.file.endsWith('bomb.yaml'))).toEqual([]);
  });

  it('caps the number of aliases in one document, as js-yaml maxAliases does', () => {
    const text = `a: &x 1\nb: [${Array.from({ length: 5 }, () => '*x').join(', ')}]\n`;
    const { findings } = composeYaml('f.yaml', text, {
      maxDepth: 64,
      maxAliases: 3,
      maxNodes: 1e6,
    });
    expect(findings).toEqual([
      {
        rule: 'alias-limit',
        severity: 'error',
        message: 'more than 3 aliases in one document; write the values out instead of using *x',
        file: 'f.yaml',
        line: 2,
        column: 17,
      },
    ]);
  });

  it('keeps ordinary aliases working', () => {
    const { documents, findings } = composeYaml('f.yaml', 'a: &o [team:x]\nb: *o\n');
    expect(findings).toEqual([]);
    expect(documents[0]?.value).toEqual({ a: ['team:x'], b: ['team:x'] });
  });

  it('reports nesting deeper than maxDepth', async () => {
    const deep = `kind: Grant\nid: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    const model = await loadAccessRepository(accessDir({ 'grants/deep.yaml': deep }));
    expect(model.findings.find((f) => f.rule === 'depth-limit')?.message).toBe(
      'YAML nests deeper than 64 levels; flatten the structure (access documents need only a few levels)',
    );
  });

  it('measures a 20 MB file and reports it without reading it', async () => {
    const dir = accessDir();
    const path = join(dir, 'grants/huge.yaml');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024);
    closeSync(fd);
    const model = await loadAccessRepository(dir);
    expect(model.findings).toEqual([
      {
        rule: 'file-too-large',
        severity: 'error',
        message:
          'file is 20.0 MiB, over the 1.0 MiB limit; split it into smaller files (or raise --max-file-size)',
        file: path,
        line: 1,
        column: 1,
      },
    ]);
  });

  it('never calls read() on a file over the limit', () => {
    const model = buildAccessModel(
      [
        {
          path: 'access/grants/huge.yaml',
          relativePath: 'grants/huge.yaml',
          size: 20 * 1024 * 1024,
          read: () => {
            throw new Error('an oversized file must not be read');
          },
        },
      ],
      { maxFileSize: 1024 },
    );
    expect(model.findings.map((f) => f.rule)).toEqual(['file-too-large']);
  });

  it('honours a configured size limit', async () => {
    const model = await loadAccessRepository(accessDir(), { maxFileSize: 100 });
    expect(model.findings.filter((f) => f.rule === 'file-too-large').length).toBeGreaterThan(0);
  });

  it('keeps __proto__, constructor and prototype keys away from every prototype', async () => {
    const dir = accessDir({
      'grants/pollute.yaml': [
        'kind: Grant',
        '__proto__: { polluted: yes }',
        'constructor: { prototype: { polluted: yes } }',
        'nested:',
        '  __proto__: { polluted: yes }',
        '  list: [{ __proto__: { polluted: yes } }]',
        '"__proto__": { polluted: quoted }',
        '',
      ].join('\n'),
    });
    const model = await loadAccessRepository(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(model.findings.filter((f) => f.rule === 'forbidden-key')).toHaveLength(5);
    const value = model.documents.find((d) => d.file.endsWith('pollute.yaml'))?.value as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['kind', 'nested']);
  });

  it('turns a syntax error in one file into one finding and still reads the others', async () => {
    const model = await loadAccessRepository(accessDir({ 'grants/bad.yaml': 'a: "open\n' }));
    expect(model.findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(model.grants.map((g) => g.id)).toEqual(['alice-payments-oncall']);
  });
});

describe('anchors and aliases', () => {
  it('resolve by name, per document', () => {
    const { documents, findings } = composeYaml(
      'f.yaml',
      'a: &one [x]\nb: &two [y]\nc: *two\nd: *one\n---\ne: *one\n',
    );
    expect(documents[0]?.value).toEqual({ a: ['x'], b: ['y'], c: ['y'], d: ['x'] });
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['yaml-syntax', 6, 4]]);
  });
});

describe('scalars and tags', () => {
  it('resolves plain scalars with the YAML 1.2 core schema and keeps dates as text', () => {
    const { documents } = composeYaml(
      'f.yaml',
      'a: 12\nb: true\nc: ~\nd: 2027-03-31\ne: "12"\nf: !!str 13\ng: 1.5\nh: no\n',
    );
    expect(documents[0]?.value).toEqual({
      a: 12,
      b: true,
      c: null,
      d: '2027-03-31',
      e: '12',
      f: '13',
      g: 1.5,
      h: 'no',
    });
  });

  it('reports a tag that does not fit its value, or is unknown', () => {
    const { findings } = composeYaml('f.yaml', 'a: !!int twelve\nb: !vault secret/x\n');
    expect(findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      [
        'unsupported-tag',
        1,
        10,
        'tag !!int cannot be applied to "twelve"; remove the tag (plain values need none)',
      ],
      [
        'unsupported-tag',
        2,
        11,
        'tag !vault cannot be applied to "secret/x"; remove the tag (plain values need none)',
      ],
    ]);
  });

  it('reports a complex mapping key', () => {
    const { findings, documents } = composeYaml('f.yaml', '? [a, b]\n: 1\nc: 2\n');
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['invalid-key', 1, 3]]);
    expect(documents[0]?.value).toEqual({ c: 2 });
  });
});

describe('a syntax error in a multi-document file', () => {
  it('skips only the broken document and keeps exact positions for the others', () => {
    const text = 'kind: User\nid: a\n---\nkind: User\nid: [broken\n---\nkind: User\nid: c\n';
    const { documents, findings } = composeYaml('f.yaml', text);
    expect(documents.map((d) => (d.value as { id: string }).id)).toEqual(['a', 'c']);
    expect(documents[1]?.source.locate('/id')).toMatchObject({ line: 8, column: 5 });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', line: 5 });
    expect(findings[0]?.message).toMatch(/\(this document was skipped\)$/);
  });
});

describe('a syntax error among thousands of tiny documents', () => {
  it('is reported for the whole file instead of salvaging at quadratic cost', () => {
    const text = `${'a: 1\n---\n'.repeat(5000)}b: [\n`;
    const { documents, findings } = composeYaml('f.yaml', text);
    expect(documents).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(findings[0]?.message).toMatch(/\(the rest of the file was not read\)$/);
  });
});
