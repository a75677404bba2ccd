import { relative, resolve } from 'node:path';

import { collectSources, SourceError } from '../rego/bundle/index.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import { runRegoTests, type TestResult } from '../rego/tester.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseNow } from './options.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'Run the test_* rules of Rego policies, as opa test does',
  usage: 'accessctl test [PATH...] [--run REGEX] [--now ISO8601] [--format text|json] [--verbose]',
  options: {
    run: { type: 'string', short: 'r' },
    now: { type: 'string' },
    format: { type: 'string', default: 'text' },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
  allowPositionals: true,
  async run(values, positionals, io) {
    const format = String(values.format);
    if (format !== 'text' && format !== 'json') {
      throw new UsageError(`--format must be text or json, not "${format}"`);
    }
    const filter = values.run === undefined ? undefined : regex(String(values.run));
    const now = values.now === undefined ? undefined : parseNow(values.now);
    const paths = (positionals.length > 0 ? positionals : ['policies']).map((p) =>
      resolve(io.cwd, p),
    );

    let results: TestResult[];
    try {
      const sources = await collectSources(paths, { includeTests: true });
      results = await runRegoTests(sources, { filter, now });
    } catch (error) {
      if (error instanceof SourceError) throw new UsageError(error.message);
      if (error instanceof RegoCompileError) {
        for (const e of error.errors)
          io.err(`${formatRegoError({ ...e, file: relative(io.cwd, e.file) || e.file })}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }

    if (format === 'json')
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

function regex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new UsageError(`--run "${source}" is not a regular expression`);
  }
}
