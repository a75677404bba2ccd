// `opa test` without opa: every rule named `test_*` in the given modules is compiled as
// an entrypoint of one module, then evaluated on its own. A test passes when it is
// defined and true; undefined or false fails it; an evaluation error is reported apart.
import { randomUUID } from 'node:crypto';

import { planSources } from './bundle/index.js';
import type { Sources } from './bundle/index.js';
import { coverageReport, isTestFile, ruleLines, type CoverageReport } from './coverage.js';
import { instrumentCoverage, readProbe } from './plan/coverage.js';
import type { Location, Module, Rule } from './syntax/ast.js';
import { parseModule } from './syntax/parser.js';
import { RegoCompileError, type EvalErrorCode } from './errors.js';
import { RegoEvalError, loadWasm } from './runtime/index.js';

export type TestOutcome = 'pass' | 'fail' | 'error';

export interface TestResult {
  /** The rule's full path, as `opa test` prints it: `data.access.expiry_test.test_x`. */
  name: string;
  loc: Location;
  outcome: TestOutcome;
  /** Why an errored test errored. */
  message?: string;
  /** The evaluation error of an errored test, as OPA reports one. */
  error?: { code: EvalErrorCode; message: string; location?: Location };
  durationMs: number;
}

export interface TestOptions {
  /** Only tests whose full name matches. */
  filter?: RegExp;
  /** The instant `time.now_ns` returns. */
  now?: Date;
  /** Where `print` and `trace` of the policies write; standard error by default. */
  print?: (line: string) => void;
}

interface TestCase {
  name: string;
  entrypoint: string;
  loc: Location;
}

/** Runs the tests of `sources`. Compile errors are thrown as one RegoCompileError. */
export async function runRegoTests(
  sources: Sources,
  options: TestOptions = {},
): Promise<TestResult[]> {
  return (await runTests(sources, options, false)).results;
}

/** Runs the tests and reports which lines of the non-test rules they ran. */
export async function runRegoTestsWithCoverage(
  sources: Sources,
  options: TestOptions = {},
): Promise<{ results: TestResult[]; coverage: CoverageReport }> {
  const { results, coverage } = await runTests(sources, options, true);
  return { results, coverage: coverage as CoverageReport };
}

async function runTests(
  sources: Sources,
  options: TestOptions,
  covered: boolean,
): Promise<{ results: TestResult[]; coverage?: CoverageReport }> {
  const { cases, modules } = findTests(sources);
  const selected = cases.filter((t) => options.filter?.test(t.name) ?? true);
  const coverable = covered ? ruleLines(modules) : undefined;
  const hits = new Map<string, Set<number>>();
  if (selected.length === 0)
    return { results: [], coverage: coverable && coverageReport(coverable, hits) };
  const entrypoints = [...new Set(selected.map((t) => t.entrypoint))];
  const { emitWasm } = await import('./wasm/emit.js');
  let plan = planSources(sources, entrypoints);
  const print = options.print ?? ((line: string) => process.stderr.write(`${line}\n`));
  let hostPrint = print;
  if (coverable !== undefined) {
    const probe = instrumentCoverage(plan, (file) => !isTestFile(file), randomUUID());
    plan = probe.policy;
    for (const [file, rows] of probe.planned)
      for (const row of rows) coverable.set(file, (coverable.get(file) ?? new Set()).add(row));
    hostPrint = (line) => {
      const hit = readProbe(line, probe.prefix);
      if (hit === undefined) print(line);
      else hits.set(hit.file, (hits.get(hit.file) ?? new Set()).add(hit.row));
    };
  }
  const policy = await loadWasm(emitWasm(plan), { now: options.now, print: hostPrint });
  policy.setData(sources.data);
  const results = selected.map((test) => {
    const started = performance.now();
    const outcome = evaluateTest(() => policy.evaluate({}, test.entrypoint));
    return { name: test.name, loc: test.loc, ...outcome, durationMs: performance.now() - started };
  });
  return { results, coverage: coverable && coverageReport(coverable, hits) };
}

function evaluateTest(
  evaluate: () => { result: unknown }[],
): Pick<TestResult, 'outcome' | 'message' | 'error'> {
  try {
    const results = evaluate();
    return { outcome: results.some((r) => r.result === true) ? 'pass' : 'fail' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof RegoEvalError)) return { outcome: 'error', message };
    const { code, detail, location } = error;
    return {
      outcome: 'error',
      message,
      error: { code, message: detail, ...(location === undefined ? {} : { location }) },
    };
  }
}

/** The `test_*` rules of every module, in file order; one entry per rule name. */
function findTests(sources: Sources): { cases: TestCase[]; modules: Module[] } {
  const cases: TestCase[] = [];
  const modules: Module[] = [];
  const seen = new Set<string>();
  for (const { file, source } of sources.modules) {
    const { module, errors } = parseModule(file, source);
    if (module === undefined) throw new RegoCompileError(errors);
    modules.push(module);
    const pkg = packagePath(module);
    for (const rule of module.rules) {
      const name = testName(rule);
      if (name === undefined) continue;
      const full = ['data', ...pkg, name].join('.');
      if (seen.has(full)) continue;
      seen.add(full);
      cases.push({ name: full, entrypoint: [...pkg, name].join('/'), loc: rule.loc });
    }
  }
  return { cases, modules };
}

function packagePath(module: Module): string[] {
  // The package ref is `data.a.b`: a var head, then string keys.
  return module.package.path.terms.slice(1).map((t) => (t.type === 'string' ? t.value : ''));
}

function testName(rule: Rule): string | undefined {
  const terms = rule.head.ref.terms;
  const head = terms[0];
  if (terms.length !== 1 || head?.type !== 'var' || rule.head.args !== undefined) return undefined;
  return head.name.startsWith('test_') ? head.name : undefined;
}
