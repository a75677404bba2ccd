import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseModule, parseQuery } from '../../../src/rego/syntax/parser.js';
import { show } from './helpers.js';

const ROOT = '/work/shared/opa-conformance';

interface Case {
  note: string;
  query?: string;
  modules?: string[];
  want_error_code?: string;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(ROOT, dir.name))) {
      if (!f.endsWith('.yaml')) continue;
      const doc = load(readFileSync(join(ROOT, dir.name, f), 'utf8')) as { cases?: Case[] };
      cases.push(...(doc.cases ?? []));
    }
  }
  return cases;
}

describe('conformance modules', () => {
  it('parses every module of every case that does not expect a parse error', () => {
    const failures: string[] = [];
    let parsed = 0;
    for (const c of loadCases()) {
      if (c.want_error_code === 'rego_parse_error') continue;
      (c.modules ?? []).forEach((source, i) => {
        const { errors } = parseModule(`${c.note}#${i}`, source);
        if (errors.length === 0) parsed++;
        else failures.push(`${c.note}#${i}: ${errors.map(show).join('; ')}`);
      });
    }
    console.log(`conformance: ${parsed} modules parsed, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(parsed).toBeGreaterThan(400);
  });

  it('parses every query', () => {
    const failures: string[] = [];
    let parsed = 0;
    for (const c of loadCases()) {
      if (c.query === undefined) continue;
      const { errors } = parseQuery(`${c.note} (query)`, c.query);
      if (errors.length === 0) parsed++;
      else failures.push(`${c.note}: ${errors.map(show).join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(parsed).toBeGreaterThan(400);
  });
});
