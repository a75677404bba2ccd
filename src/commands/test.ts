import { relative, resolve } from 'node:path';

import { collectSources, SourceError } from '../rego/bundle/index.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import type { CoverageReport } from '../rego/coverage.js';
import { runRegoTests, runRegoTestsWithCoverage, type TestResult } from '../rego/tester.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseFormat, parseNow } from './options.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'Run the test_* rules of Rego policies, as opa test does',
  usage:
    'accessctl test [PATH...] [--run REGEX] [--now ISO8601] [--format text|json] [--verbose] [--coverage]',
  options: {
    coverage: { type: 'boolean', default: false },
    run: { type: 'string', short: 'r' },
    now: { type: 'string' },
    format: { type: 'string', default: 'text' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
  allowPositionals: true,
  async run(values, positionals, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    const filter = values.run === undefined ? undefined : regex(String(values.run));
    const now = values.now === undefined ? undefined : parseNow(values.now);
    const print = (line: string) => io.err(`${line}\n`);
    const paths = (positionals.length > 0 ? positionals : ['policies']).map((p) =>
      resolve(io.cwd, p),
    );

    let results: TestResult[];
    let coverage: CoverageReport | undefined;
    try {
      const sources = await collectSources(paths, { includeTests: true });
      if (values.coverage === true)
        ({ results, coverage } = await runRegoTestsWithCoverage(sources, { filter, now, print }));
      else results = await runRegoTests(sources, { filter, now, print });
    } catch (error) {
      if (error instanceof SourceError) throw new UsageError(error.message);
      if (error instanceof RegoCompileError) {
        for (const e of error.errors)
          io.err(`${formatRegoError({ ...e, file: relative(io.cwd, e.file) || e.file })}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }

    if (coverage !== undefined) {
      const report = relativeFiles(coverage, io.cwd);
      // As `opa test --coverage --format json`: the coverage report is the output.
      if (format === 'json') io.out(`${JSON.stringify(report, null, 2)}\n`);
      else io.out(textReport(results, Boolean(values.verbose), io.cwd) + coverageText(report));
    } else if (format === 'json')
      io.out(
        `${JSON.stringify(
          results.map((r) => ({ ...r, loc: { ...r.loc, file: relative(io.cwd, r.loc.file) } })),
          null,
          2,
        )}\n`,
      );
    else io.out(textReport(results, Boolean(values.verbose), io.cwd));
    return results.every((r) => r.outcome === 'pass') ? EXIT_OK : EXIT_FINDINGS;
  },
};

function textReport(results: TestResult[], verbose: boolean, cwd: string): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.outcome === 'pass' && !verbose) continue;
    const where = `${relative(cwd, r.loc.file)}:${r.loc.row}:${r.loc.col}`;
    const label = r.outcome.toUpperCase();
    lines.push(
      `${where} ${r.name}: ${label} (${r.durationMs.toFixed(1)}ms)${r.message ? `\n  ${r.message}` : ''}`,
    );
  }
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  if (lines.length > 0) lines.push('-'.repeat(80));
  if (results.length === 0)
    lines.push('no tests found: name test rules test_* in *_test.rego files');
  else {
    lines.push(`PASS: ${count('pass')}/${results.length}`);
    if (count('fail') > 0) lines.push(`FAIL: ${count('fail')}/${results.length}`);
    if (count('error') > 0) lines.push(`ERROR: ${count('error')}/${results.length}`);
  }
  return `${lines.join('\n')}\n`;
}

function relativeFiles(report: CoverageReport, cwd: string): CoverageReport {
  const files = Object.entries(report.files).map(
    ([file, c]) => [relative(cwd, file) || file, c] as const,
  );
  return { ...report, files: Object.fromEntries(files) };
}

/** Per file its percentage and the lines no test ran, then the total. */
function coverageText(report: CoverageReport): string {
  const rows = (ranges: CoverageReport['files'][string]['covered']) =>
    ranges.map((r) =>
      r.start.row === r.end.row ? `${r.start.row}` : `${r.start.row}-${r.end.row}`,
    );
  const lines = ['coverage of non-test rules (lines run / lines of rules):'];
  const width = Math.max(0, ...Object.keys(report.files).map((f) => f.length));
  for (const [file, c] of Object.entries(report.files)) {
    const missed =
      c.not_covered.length === 0 ? '' : `  not covered: ${rows(c.not_covered).join(', ')}`;
    lines.push(
      `  ${file.padEnd(width)}  ${c.coverage.toFixed(2).padStart(6)}%  ${c.covered_lines}/${c.covered_lines + c.not_covered_lines}${missed}`,
    );
  }
  lines.push(
    `COVERAGE: ${report.coverage.toFixed(2)}% (${report.covered_lines}/${report.covered_lines + report.not_covered_lines} lines)`,
  );
  return `${lines.join('\n')}\n`;
}

function regex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new UsageError(`--run "${source}" is not a regular expression`);
  }
}
