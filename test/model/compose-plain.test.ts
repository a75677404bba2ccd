import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

import { generateAccess } from '../../bench/generate-access.js';
import { composePlainFile } from '../../src/model/compose-plain.js';
import {
  DEFAULT_COMPOSE_LIMITS,
  composeWithJsYaml,
  composeYaml,
  type ComposeLimits,
  type ComposedFile,
} from '../../src/model/compose.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Everything a parse yields that the model reads: values, places, line starts, findings. */
function observable(composed: ComposedFile): unknown {
  return {
    documents: composed.documents.map((doc) => ({
      index: doc.index,
      value: doc.value,
      file: doc.source.file,
      start: doc.source.start,
      location: doc.source.location,
      places: doc.source.pack(),
      lines: doc.source.lineIndex.pack(),
    })),
    findings: composed.findings,
  };
}

/**
 * The plain reader either declines or yields exactly what js-yaml yields. Returns whether
 * it took the file, so a test can also hold that the fast path is really used.
 */
function expectSameAsJsYaml(
  text: string,
  file = 'f.yaml',
  limits: ComposeLimits = DEFAULT_COMPOSE_LIMITS,
): boolean {
  const plain = composePlainFile(file, text, limits);
  const reference = observable(composeWithJsYaml(file, text, limits));
  // composeYaml is what the model calls: whichever path it takes, the result is js-yaml's.
  expect(observable(composeYaml(file, text, limits)), JSON.stringify(text)).toStrictEqual(
    reference,
  );
  if (plain === undefined) return false;
  expect(observable(plain), JSON.stringify(text)).toStrictEqual(reference);
  return true;
}

/** Values a grant author could write: YAML 1.2 core schema scalars and near misses. */
const VALUES = [
  'Grant',
  'user:alice',
  'github:repo/org/name',
  'postgres:db-1',
  'BILL-861',
  'a b  c',
  "bank's",
  'Go (Golang); fast, small',
  'a=b+c@d',
  'x -- y',
  'a - b',
  'a:b',
  'http://x.y/z',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  '',
  '0x1',
  '0x1F',
  '0xg',
  '0o17',
  '0o8',
  '0b101',
  '1e3',
  '1E3',
  '1e',
  '1.5',
  '1.',
  '.5',
  '.inf',
  '.Inf',
  '-.inf',
  '+.inf',
  '.nan',
  '.NaN',
  'nan',
  'inf',
  'Infinity',
  '+1',
  '-1',
  '012',
  '0012',
  '08',
  '09',
  '0',
  '00',
  '-0',
  '0.0',
  '1_000',
  '1,000',
  '1.0e+3',
  '1.0e-3',
  '2027-02-24',
  '2027-2-4',
  '2027-02-24T10:00:00Z',
  '2027-02-24 10:00:00',
  '12:30',
  '1:2:3',
  '190:20:30',
  '1:',
  'a:',
  'a: b',
  'a:  b',
  'a :b',
  'a #b',
  'a#b',
  '#a',
  "'q'",
  '"q"',
  "'q",
  '"q',
  'a"b',
  'a  ',
  'a ',
  ' a',
  'a\t',
  '\ta',
  'a\tb',
  'a\r',
  '@x',
  '`x',
  '%x',
  '!x',
  '!!str x',
  '!!int 1',
  '&a x',
  '*a',
  '[a]',
  '[a, b]',
  '{a: 1}',
  '{}',
  '[]',
  '|',
  '>',
  '|-\n  x',
  '? x',
  '- x',
  '-',
  '-x',
  ':x',
  ',x',
  'a,b',
  'é',
  'Zoë',
  '∞',
  '\u00a0',
  '\ufeffa',
  'a\u2028b',
  '\u0085',
  'a\u0000',
  'a\u007f',
  '😀',
  '-- ',
  '---',
  '...',
  'a\\nb',
  'a?b',
  'a!b',
  'a&b',
  'a*b',
  'a|b',
  'a>b',
  'a%b',
  'a[b]',
  'a{b}',
  'a`b',
  '=',
  '<<',
  '0.',
  '1__0',
  '0x_1',
  '+0x1',
  '-0o1',
  '1e3e3',
];

/** Keys, valid and hostile. */
const KEYS = [
  'kind',
  'Kind',
  'maxDays',
  'a-b',
  'a_b',
  '_a',
  '-a',
  '1',
  'true',
  'null',
  '~',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'a b',
  '"q"',
  "'q'",
  'kind ',
  '<<',
  '?',
  'é',
  'a:b',
  'a.b',
  'a/b',
  'a~b',
  '',
];

/** Whole files: structures near the accepted shape. */
const STRUCTURES = [
  'kind: Grant\nid: g\n',
  'kind: Grant\nid: g',
  '\nkind: Grant\n\n\nid: g\n\n',
  '# c\nkind: Grant\n',
  '#\nkind: Grant\n',
  '#c é ∞\nkind: Grant\n',
  '# c\ta\nkind: Grant\n',
  '# c\u0001\nkind: Grant\n',
  '# c \u2028 d\nkind: Grant\n',
  '# c \ud800 d\nkind: Grant\n',
  '# c \udc00\nkind: Grant\n',
  '# c 😀 \ufffe\nkind: Grant\n',
  '# c \u00a0\u0080\u009f\nkind: Grant\n',
  ' # c\nkind: Grant\n',
  'kind: Grant # c\n',
  'kind: Grant #c\n',
  'kind: Grant\n  # c\n',
  'kind: Grant\r\nid: g\r\n',
  'kind: Grant\rid: g\r',
  '\ufeffkind: Grant\n',
  'kind: Grant\u0085id: g\n',
  'kind: Grant\u2028id: g\n',
  'kind: Grant \nid: g\n',
  'kind:  Grant\n',
  'kind:\tGrant\n',
  'kind :Grant\n',
  'kind:Grant\n',
  'kind: Grant\nkind: Grant\n',
  'kind: Grant\nKind: Grant\n',
  'kind: Grant\nreason: first\n  second\n',
  'kind: Grant\nreason: first\nsecond\n',
  'kind: Grant\nreason: first\n\n  second\n',
  'kind: Grant\nreason:\n  first\n',
  'kind: Grant\nreason:\n',
  'kind: Grant\nreason:',
  'kind: Grant\nreason:\nid: g\n',
  'kind: Grant\nrequires:\n  - ticket\n  - mfa\n',
  'kind: Grant\nrequires:\n- ticket\n- mfa\nid: g\n',
  'kind: Grant\nrequires:\n    - ticket\n',
  'kind: Grant\nrequires:\n - ticket\n',
  'kind: Grant\nrequires:\n  - ticket\n- mfa\n',
  'kind: Grant\nrequires:\n- ticket\n  - mfa\n',
  'kind: Grant\nrequires:\n  - ticket\n\n  - mfa\n',
  'kind: Grant\nrequires:\n# c\n  - ticket\n',
  'kind: Grant\nrequires:\n  - ticket\n# c\n  - mfa\n',
  'kind: Grant\nrequires:\n  -  ticket\n',
  'kind: Grant\nrequires:\n  -ticket\n',
  'kind: Grant\nrequires:\n  -\n',
  'kind: Grant\nrequires:\n  - - ticket\n',
  'kind: Grant\nrequires:\n  - a: b\n',
  'kind: Grant\nrequires:\n  - ticket\n    more\n',
  'kind: Grant\nrequires:\n  - ticket\n  more\n',
  'kind: Grant\nrequires:\n  - ticket\nrequires:\n  - mfa\n',
  'kind: Grant\nrequires:\nrequires:\n  - mfa\n',
  'kind: Grant\nrequires:\n  - ticket\nid: g\n  - mfa\n',
  'kind: Grant\nid: g\n  - mfa\n',
  'kind: Grant\n- mfa\n',
  '- mfa\n',
  'kind: Grant\nroles:\n  admin: x\n',
  'kind: Grant\n---\nkind: Grant\n',
  '---\nkind: Grant\n',
  '# c\n---\nkind: Grant\n',
  '---\n---\nkind: Grant\n',
  'kind: Grant\n---\n',
  'kind: Grant\n---',
  'kind: Grant\n---\n# c\n',
  'kind: Grant\n---\n---\nkind: Grant\n',
  'kind: Grant\n--- \nkind: Grant\n',
  'kind: Grant\n--- # c\nkind: Grant\n',
  'kind: Grant\n---x\nkind: Grant\n',
  'kind: Grant\n----\nkind: Grant\n',
  'kind: Grant\n...\n',
  'kind: Grant\n...\n---\nkind: Grant\n',
  '%YAML 1.2\n---\nkind: Grant\n',
  'kind: Grant\nrequires:\n---\nkind: Grant\n',
  'kind: Grant\nrequires:\n  - a\n---\nrequires:\n  - b\n',
  '',
  '\n',
  '# only a comment\n',
  '---\n',
  'kind: &a Grant\nid: *a\n',
  'kind: !!str Grant\n',
  '? kind\n: Grant\n',
  'kind: Grant\n\tid: g\n',
  'kind: Grant\n \n',
  'a: 1\nb: 2\nc: 3\n'.repeat(2),
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('the plain-shape reader reads exactly as js-yaml', () => {
  it('on every YAML file of the repository (example, fixtures, workflow files)', () => {
    const files = execFileSync('git', ['ls-files', '-z', '*.yaml', '*.yml'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\0')
      .filter((name) => name !== '');
    expect(files.length).toBeGreaterThan(15);
    let taken = 0;
    for (const name of files)
      if (expectSameAsJsYaml(readFileSync(join(ROOT, name), 'utf8'), name)) taken++;
    // The example's grant files have the plain shape: the fast path is really used.
    expect(taken).toBeGreaterThanOrEqual(8);
  });

  it('on generated grant files, and takes every one of them', () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-plain-'));
    temps.push(root);
    const { dir } = generateAccess(root, 300);
    const grants = join(dir, 'grants', 'batch-0');
    for (const name of readdirSync(grants))
      expect(expectSameAsJsYaml(readFileSync(join(grants, name), 'utf8'), name)).toBe(true);
  });

  it.each(VALUES)('on the value %j as a field and as a list item', (value) => {
    expectSameAsJsYaml(`kind: Grant\nreason: ${value}\nid: g\n`);
    expectSameAsJsYaml(`kind: Grant\nreason:${value}\n`);
    expectSameAsJsYaml(`kind: Grant\nrequires:\n  - ${value}\n  - b\n`);
    expectSameAsJsYaml(`kind: Grant\nrequires:\n- ${value}\n`);
  });

  it.each(KEYS)('on the key %j', (key) => {
    expectSameAsJsYaml(`${key}: x\nid: g\n`);
    expectSameAsJsYaml(`id: g\n${key}:\n  - x\n`);
    expectSameAsJsYaml(`id: g\n${key}: x\n${key}: y\n`);
  });

  it.each(STRUCTURES)('on the file %j', (text) => {
    expectSameAsJsYaml(text);
  });

  it('on 3,000 files put together at random from the pieces above', () => {
    const next = random(17);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const pieces = [
      ...VALUES.map((v) => `reason: ${v}`),
      ...KEYS.map((k) => `${k}: x`),
      'kind: Grant',
      'id: g',
      'requires:',
      '  - ticket',
      '- mfa',
      '  - 0x1',
      '---',
      '# c',
      '',
      ' ',
      'roles:',
      '  admin: x',
      '  - yes',
      'expires: 2027-01-01',
      '...',
    ];
    let taken = 0;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(pieces));
      const ending = pick(['\n', '\r\n', '']);
      if (expectSameAsJsYaml(lines.join(pick(['\n', '\n', '\n', '\r\n'])) + ending)) taken++;
    }
    // Enough of them have the plain shape for the comparison to mean something.
    expect(taken).toBeGreaterThan(100);
  });

  it.each([0, 1, 2, 3, 4, 5, 8, 9, 64])('under a depth limit of %i', (maxDepth) => {
    const limits = { ...DEFAULT_COMPOSE_LIMITS, maxDepth };
    expectSameAsJsYaml('kind: Grant\nid: g\n', 'f.yaml', limits);
    expectSameAsJsYaml('kind: Grant\nrequires:\n  - ticket\n', 'f.yaml', limits);
    expectSameAsJsYaml('kind: Grant\n---\nrequires:\n- ticket\n', 'f.yaml', limits);
  });
});
