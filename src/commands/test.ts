import { relative, resolve } from 'node:path';

import { collectSources, SourceError } from '../rego/bundle/index.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import type { CoverageReport } from '../rego/coverage.js';
import { runRegoTests, runRegoTestsWithCoverage, type TestResult } from '../rego/tester.js';
import { formatTestsOpaJson, formatTestsTap } from '../report/policy-tests/results.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseFormat, parseNow } from '../options/index.js';
import { NOW_OPTION, flagValue } from './options.js';

const FORMATS = ['text', 'json', 'tap'] as const;

export const testCommand: Command = {
  name: 'test',
  summary: 'Run the test_* rules of Rego policies, as opa test does',
  positionals: {
    name: '[PATH...]',
    description:
      'The .rego files or folders holding the policies and their *_test.rego tests (default: policies).',
  },
  options: {
    run: {
      type: 'string',
      short: 'r',
      value: 'REGEX',
      defaultText: 'every test',
      description: 'Run only the tests whose package path and name match.',
      example: 'test_max_duration',
    },
    now: { ...NOW_OPTION, description: 'What time.now_ns() gives the tests.' },
    format: {
      type: 'string',
      default: 'text',
      value: 'FORMAT',
      choices: FORMATS,
      description:
        'text for people; json as opa test --format json writes it; tap for TAP consumers.',
    },
    verbose: {
      type: 'boolean',
      short: 'v',
      default: false,
      description: 'List passing tests too, not only failures.',
    },
    coverage: {
      type: 'boolean',
      default: false,
      description:
        'Report which lines of the rules the tests ran (with --format json, as opa test --coverage).',
    },
  },
  examples: [
    { does: "run your policies' tests", line: 'accessctl test policies/' },
    {
      does: 'one test, with its timing, as JSON',
      line: 'accessctl test policies/ -r test_expired -v --format json',
    },
  ],
  async run(values, positionals, io) {
    const format = flagValue('--format', () => parseFormat(values.format, FORMATS));
    const filter = values.run === undefined ? undefined : regex(String(values.run));
    const now =
      values.now === undefined ? undefined : flagValue('--now', () => parseNow(values.now));
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
    } else if (format === 'json') io.out(formatTestsOpaJson(results, io.cwd));
    else if (format === 'tap') io.out(formatTestsTap(results, io.cwd));
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
