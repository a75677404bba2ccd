import { describe, expect, it } from 'vitest';

import { buildAccessModel } from '../../src/model/index.js';

function findings(text: string) {
  return buildAccessModel([
    {
      path: 'access/grants/q.yaml',
      relativePath: 'grants/q.yaml',
      size: text.length,
      read: () => text,
    },
  ]).findings;
}

describe('a quote that is never closed', () => {
  it.each([
    ['double', 'kind: Grant\nid: "alice-x\nsubject: user:alice\n', '"', 2, 5],
    ['single', "kind: Grant\nid: alice-x\nreason: 'on call\nrole: push\n", "'", 3, 9],
  ])('%s: says so, at the opening quote', (_kind, text, mark, line, column) => {
    const [first] = findings(text);
    expect(first).toMatchObject({ rule: 'yaml-syntax', line, column });
    expect(first?.message).toMatch(/quoted value that starts here is never closed/);
    expect(first?.message).toContain(`add the closing ${mark}`);
    expect(first?.message).not.toMatch(/^invalid YAML: deficient indentation/);
  });

  it('leaves other syntax errors as they were', () => {
    const [first] = findings('kind: Grant\nid: "a"\n  bad: [\n');
    expect(first?.rule).toBe('yaml-syntax');
    expect(first?.message).not.toMatch(/never closed/);
  });
});
