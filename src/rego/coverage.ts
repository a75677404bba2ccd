// The coverage report of `accessctl test --coverage`, shaped as `opa test --coverage`
// prints it: per file the covered and not-covered line ranges, line counts and a
// percentage, then the totals. Coverable lines are the lines of non-test rules (each
// head, and each expression's first line, of every body and `else`), plus every line a
// statement was planned from; a line is covered when evaluation reached it.
import type { Body, Module, Rule } from './syntax/ast.js';

export interface LineRange {
  start: { row: number };
  end: { row: number };
}

export interface FileCoverage {
  covered: LineRange[];
  not_covered: LineRange[];
  covered_lines: number;
  not_covered_lines: number;
  /** Percent of coverable lines covered, two decimals; 0 when nothing is coverable. */
  coverage: number;
}

export interface CoverageReport {
  files: Record<string, FileCoverage>;
  covered_lines: number;
  not_covered_lines: number;
  coverage: number;
}

/** Test files and `test_*` rules are what measures coverage, not what is measured. */
export function isTestFile(file: string): boolean {
  return file.endsWith('_test.rego');
}

/** The lines of the non-test rules of `modules`, by file. */
export function ruleLines(modules: Module[]): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  for (const module of modules) {
    const file = module.package.loc.file;
    if (isTestFile(file)) continue;
    const rows = lines.get(file) ?? new Set<number>();
    for (const rule of module.rules) if (!isTestRule(rule)) addRule(rule, rows);
    lines.set(file, rows);
  }
  return lines;
}

function isTestRule(rule: Rule): boolean {
  const head = rule.head.ref.terms[0];
  return head?.type === 'var' && head.name.startsWith('test_');
}

function addRule(rule: Rule, rows: Set<number>): void {
  rows.add(rule.head.loc.row);
  addBody(rule.body, rows);
  if (rule.else !== undefined) addRule(rule.else, rows);
}

function addBody(body: Body, rows: Set<number>): void {
  for (const expr of body) if (expr.loc.row > 0) rows.add(expr.loc.row);
}

export function coverageReport(
  coverable: Map<string, Set<number>>,
  hits: Map<string, Set<number>>,
): CoverageReport {
  const files: Record<string, FileCoverage> = {};
  let covered = 0;
  let notCovered = 0;
  for (const file of [...coverable.keys()].sort()) {
    const rows = [...(coverable.get(file) ?? [])].sort((a, b) => a - b);
    const hit = hits.get(file) ?? new Set<number>();
    const yes = rows.filter((r) => hit.has(r));
    const no = rows.filter((r) => !hit.has(r));
    files[file] = {
      covered: ranges(yes),
      not_covered: ranges(no),
      covered_lines: yes.length,
      not_covered_lines: no.length,
      coverage: percent(yes.length, rows.length),
    };
    covered += yes.length;
    notCovered += no.length;
  }
  return {
    files,
    covered_lines: covered,
    not_covered_lines: notCovered,
    coverage: percent(covered, covered + notCovered),
  };
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;
}

/** Sorted rows as runs of consecutive lines. */
function ranges(rows: number[]): LineRange[] {
  const out: LineRange[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end.row === row - 1) last.end.row = row;
    else out.push({ start: { row }, end: { row } });
  }
  return out;
}
