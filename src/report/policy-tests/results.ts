// `accessctl test` results for tools: JSON as `opa test --format json` writes it, and TAP.
import { relative } from 'node:path';

import type { TestResult } from '../../rego/tester.js';

/**
 * One result per test, with OPA's field names (tester.Result): `location` {file, row, col},
 * `package` ("data.x_test"), `name`, `duration` in nanoseconds, and `fail`, `error` only
 * when they apply (OPA omits them when empty).
 */
export function formatTestsOpaJson(results: readonly TestResult[], cwd: string): string {
  const shown = results.map((r) => {
    const dot = r.name.lastIndexOf('.');
    return {
      ...(r.error === undefined
        ? r.outcome === 'error'
          ? { error: { code: 'eval_internal_error', message: r.message ?? '' } }
          : {}
        : {
            error: {
              ...r.error,
              ...(r.error.location === undefined
                ? {}
                : {
                    location: { ...r.error.location, file: relative(cwd, r.error.location.file) },
                  }),
            },
          }),
      location: { file: relative(cwd, r.loc.file), row: r.loc.row, col: r.loc.col },
      package: r.name.slice(0, dot),
      name: r.name.slice(dot + 1),
      duration: Math.round(r.durationMs * 1e6),
      ...(r.outcome === 'fail' ? { fail: true } : {}),
    };
  });
  return `${JSON.stringify(shown, null, 2)}\n`;
}

/** TAP: one point per test, `ok` when it passed. */
export function formatTestsTap(results: readonly TestResult[], cwd: string): string {
  const lines = results.map((r, i) => {
    const where = `${relative(cwd, r.loc.file)}:${r.loc.row}:${r.loc.col}`;
    const status = r.outcome === 'pass' ? 'ok' : 'not ok';
    const why = r.outcome === 'error' ? ` (error: ${r.message ?? ''})` : '';
    return `${status} ${i + 1} - ${`${r.name} ${where}${why}`.replace(/[\r\n]+/g, ' ').replace(/#/g, '\\#')}`;
  });
  return `1..${results.length}\n${lines.map((l) => `${l}\n`).join('')}`;
}
