// Runs one case the way a bundle user would: compile its modules to a plan, emit Wasm,
// write a bundle in memory, load it through the opa-wasm SDK and evaluate the entrypoint.
import { writeBundle } from '../bundle/index.js';
import { compileToPlan } from '../compiler.js';
import { formatRegoError } from '../errors.js';
import { RegoEvalError, loadBundle } from '../runtime/index.js';
import { emitWasm } from '../wasm/emit.js';
import type { LoadedCase, TestCase } from './cases.js';
import { sameResults } from './compare.js';
import { parseQuery } from './query.js';

export type Status = 'passed' | 'failed' | 'skipped';

export interface Outcome {
  status: Status;
  category: string;
  file: string;
  note: string;
  /** Why it failed or was skipped. */
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

/** 64 MiB per case: enough for every case, small enough that a runaway stops quickly. */
const CASE_MEMORY_PAGES = 1024;

export async function runCase(loaded: LoadedCase): Promise<Outcome> {
  const tc = loaded.case;
  const base = { category: loaded.category, file: loaded.file, note: tc.note };
  const outcome = (status: Status, extra: Partial<Outcome> = {}): Outcome => ({
    status,
    ...base,
    ...extra,
  });

  const query = parseQuery(tc.query);
  if (!query.ok) return outcome('skipped', { reason: `query form: ${query.form}` });
  let input: unknown;
  if (tc.input_term !== undefined) {
    try {
      input = JSON.parse(tc.input_term);
    } catch {
      return outcome('skipped', { reason: 'input_term is not JSON' });
    }
  } else {
    input = tc.input;
  }
  const wantsError = tc.want_error !== undefined || tc.want_error_code !== undefined;
  const entrypoints = query.bindings.map((b) => b.entrypoint);

  const modules = (tc.modules ?? []).map((source, i) => ({ file: `test-${i}.rego`, source }));
  if (query.wrapper) modules.push(query.wrapper);
  let compiled;
  try {
    compiled = compileToPlan(modules, { entrypoints: [...new Set(entrypoints)] });
  } catch (error) {
    return outcome('failed', { reason: `compiler threw: ${message(error)}` });
  }
  if (!compiled.ok) {
    const errors = compiled.errors.map(formatRegoError);
    if (wantsError && errorMatches(tc, compiled.errors[0]?.code ?? '', errors.join('\n'))) {
      return outcome('passed');
    }
    return outcome('failed', { reason: 'compile error', expected: expectedOf(tc), actual: errors });
  }

  let bindings: Record<string, unknown>[];
  try {
    const wasm = emitWasm(compiled.policy);
    const bundle = await writeBundle({
      wasm,
      entrypoints: [...new Set(entrypoints)],
      data: tc.data ?? {},
    });
    const policy = await loadBundle(bundle, {
      memoryPages: CASE_MEMORY_PAGES,
      strictBuiltinErrors: tc.strict_error ?? false,
      now: undefined,
      print: () => undefined,
    });
    // A conjunction binds every variable: each solution of one expression with each of the rest.
    bindings = [{}];
    for (const { entrypoint, variable } of query.bindings) {
      const results = policy.evaluate(input, entrypoint);
      bindings = bindings.flatMap((row) =>
        results.map((r) => (variable ? { ...row, [variable]: r.result } : row)),
      );
    }
  } catch (error) {
    if (error instanceof RegoEvalError) {
      if (wantsError && errorMatches(tc, error.code, opaErrorText(error))) {
        return outcome('passed');
      }
      return outcome('failed', {
        reason: 'evaluation error',
        expected: expectedOf(tc),
        actual: error.message,
      });
    }
    return outcome('failed', { reason: `emit or load failed: ${message(error)}` });
  }

  if (wantsError) {
    return outcome('failed', {
      reason: 'expected an error',
      expected: expectedOf(tc),
      actual: bindings,
    });
  }
  if (tc.want_defined !== undefined) {
    return bindings.length > 0 === tc.want_defined
      ? outcome('passed')
      : outcome('failed', { reason: 'definedness', expected: tc.want_defined, actual: bindings });
  }
  if (tc.want_result === undefined)
    return outcome('skipped', { reason: 'case states no expectation' });
  return sameResults(tc.want_result, bindings, tc.sort_bindings ?? false)
    ? outcome('passed')
    : outcome('failed', { reason: 'different result', expected: tc.want_result, actual: bindings });
}

/**
 * As OPA's case runner compares: the code equal to `want_error_code` and the text holding
 * `want_error`, each when the case names it.
 */
function errorMatches(tc: TestCase, code: string, text: string): boolean {
  if (tc.want_error_code !== undefined && code !== tc.want_error_code) return false;
  return tc.want_error === undefined || text.includes(tc.want_error);
}

/** The error as OPA's topdown.Error prints it: `file:row: code: message` (no column). */
function opaErrorText(error: RegoEvalError): string {
  const where = error.location ? `${error.location.file}:${error.location.row}: ` : '';
  return `${where}${error.code}: ${error.detail}`;
}

function expectedOf(tc: TestCase): unknown {
  if (tc.want_error_code !== undefined || tc.want_error !== undefined) {
    return { error_code: tc.want_error_code, error: tc.want_error };
  }
  return tc.want_result;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
