import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { MODEL_EQUIVALENT } from '../src/workflows/check/repository.js';

// The README's table of rule ids is what users grep their output for: it must name the ids
// accessctl prints, and every rule of the built-in library must be in it.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first column of the table after "Each finding has a stable rule id". */
function readmeRuleIds(): string[] {
  const after = readme.slice(readme.indexOf('Each finding has a stable rule id'));
  const table = after.slice(after.indexOf('\n|')).split('\n\n')[0] ?? '';
  return table
    .split('\n')
    .map((line) => /^\| `([a-z-]+)`/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
}

/** Ids the model's checks report: the RuleId union of src/model/finding.ts. */
function modelRuleIds(): Set<string> {
  const source = readFileSync(join(ROOT, 'src/model/finding.ts'), 'utf8');
  const union = source.slice(source.indexOf('export type RuleId'));
  return new Set(
    [...union.slice(0, union.indexOf(';')).matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as string),
  );
}

/** Ids the built-in policies give: `lib.finding("id", ...)` and `"rule": "id"`. */
function policyRuleIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'policies'))) {
    if (!file.endsWith('.rego') || file.endsWith('_test.rego')) continue;
    const text = readFileSync(join(ROOT, 'policies', file), 'utf8');
    for (const m of text.matchAll(/(?:finding\(|"rule": )"([a-z-]+)"/g)) ids.add(m[1] as string);
  }
  return ids;
}

// A policy finding the model restates at the same line is shown as the model's (check.ts),
// and `subject: user:*` never reaches the policies: the schema refuses it (invalid-field).
const NEVER_SHOWN = new Set([...Object.keys(MODEL_EQUIVALENT), 'no-wildcard']);
NEVER_SHOWN.delete('leaver-has-grant'); // the same id on both sides

describe("the README's rule table", () => {
  const listed = readmeRuleIds();

  it('names only ids accessctl prints', () => {
    expect(listed.length).toBeGreaterThan(20);
    const emitted = new Set([...modelRuleIds(), ...policyRuleIds()]);
    for (const hidden of NEVER_SHOWN) emitted.delete(hidden);
    expect(listed.filter((id) => !emitted.has(id))).toEqual([]);
  });

  it('lists every rule of the built-in library', () => {
    const missing = [...policyRuleIds()].filter(
      (id) => !NEVER_SHOWN.has(id) && !listed.includes(id),
    );
    expect(missing).toEqual([]);
  });

  it('catches the ids it used to show', () => {
    for (const stale of ['role-exists', 'role-requires', 'no-wildcard'])
      expect(listed).not.toContain(stale);
  });
});
