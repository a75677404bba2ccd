// Golden plans: each policy under golden/ is planned and printed as `opa build -t plan`
// prints it; the printed plan, laid out one statement per line, must match the stored
// file. Set UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the
// diff.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { formatRegoError } from '../../../src/rego/errors.js';
import { printPlan } from '../../../src/rego/plan/print.js';

const dir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** The printed JSON, one statement per line, nested blocks indented: short diffs. */
export function layout(printed: string): string {
  const lines: string[] = [];
  const walk = (v: unknown, indent: string, key: string): void => {
    const prefix = `${indent}${key ? `${JSON.stringify(key)}: ` : ''}`;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const nested = ['block', 'blocks'].some((k) => k in ((o.stmt as object | undefined) ?? {}));
      if ('stmt' in o && !nested) {
        lines.push(`${prefix}${JSON.stringify(v)},`);
        return;
      }
      if ('value' in o && Object.keys(o).length <= 2 && !('stmt' in o)) {
        lines.push(`${prefix}${JSON.stringify(v)},`);
        return;
      }
      lines.push(`${prefix}{`);
      for (const [k, x] of Object.entries(o)) walk(x, `${indent}  `, k);
      lines.push(`${indent}},`);
      return;
    }
    if (Array.isArray(v) && v.some((x) => x && typeof x === 'object')) {
      lines.push(`${prefix}[`);
      for (const x of v) walk(x, `${indent}  `, '');
      lines.push(`${indent}],`);
      return;
    }
    lines.push(`${prefix}${JSON.stringify(v)},`);
  };
  walk(JSON.parse(printed), '', '');
  return `${lines.join('\n')}\n`;
}

const policies = readdirSync(dir)
  .filter((f) => f.endsWith('.rego'))
  .sort();

describe('golden plans', () => {
  it('has a dozen policies', () => {
    expect(policies.length).toBeGreaterThanOrEqual(12);
  });

  it.each(policies)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const entrypoints = /^# entrypoints: (.+)$/m.exec(source)?.[1]?.split(/,\s*/) ?? [];
    expect(entrypoints.length).toBeGreaterThan(0);
    const result = compileToPlan([{ file, source }], { entrypoints });
    if (!result.ok) throw new Error(result.errors.map(formatRegoError).join('\n'));
    const actual = layout(printPlan(result.policy));
    const goldenFile = join(dir, file.replace(/\.rego$/, '.plan.txt'));
    if (update || !existsSync(goldenFile)) writeFileSync(goldenFile, actual);
    expect(actual).toBe(readFileSync(goldenFile, 'utf8'));
  });
});
