import { describe, expect, it } from 'vitest';

import { buildAccessModel } from '../../src/model/index.js';
import { summarize } from '../../src/report/findings/summary.js';

// One file can hold a finding per line; neither the count nor the output may get out of hand.
function model(text: string) {
  return buildAccessModel([
    {
      path: 'access/grants/many.yaml',
      relativePath: 'grants/many.yaml',
      size: text.length,
      read: () => text,
    },
  ]);
}

describe('a file with very many findings', () => {
  it('150,000 findings end in a report, not a stack overflow', () => {
    const { findings, documents } = model('--- \n'.repeat(150_000));
    expect(documents).toHaveLength(150_000);
    expect(findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('shows 20 of a repeated finding, then how many more', () => {
    const { findings } = model('--- \n'.repeat(10_000));
    expect(findings).toHaveLength(21);
    expect(findings[20]?.message).toMatch(/ \.\.\. and 9980 more like this in this file$/);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['invalid-document']));
    // the summary counts what the lines stand for, not the lines
    const counted = summarize(findings, 1, 10_000);
    expect(counted.errors + counted.warnings).toBe(10_000);
  });

  it('keeps findings that differ', () => {
    const text = Array.from({ length: 30 }, (_, i) => `kind: Grant\nid: g${i}\n`).join('---\n');
    const { findings } = model(text);
    const missing = findings.filter((f) => f.rule === 'missing-field');
    // each names its own missing fields at its own line: none is a repeat of another
    expect(missing.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.message.includes('more like this'))).toBe(false);
  });
});
