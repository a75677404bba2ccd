import { compileModules } from '../../../src/rego/compile/index.js';
import type { CompileState } from '../../../src/rego/compile/state.js';
import { formatRegoError } from '../../../src/rego/errors.js';
import { parseModule } from '../../../src/rego/syntax/parser.js';
import type { Module } from '../../../src/rego/syntax/ast.js';

/** Parse each source (files `a.rego`, `b.rego`, ...) and run every compile stage. */
export function compile(...sources: string[]): CompileState {
  const modules: Module[] = sources.map((source, i) => {
    const file = `${String.fromCharCode(97 + i)}.rego`;
    const parsed = parseModule(file, source);
    if (!parsed.module || parsed.errors.length > 0) {
      throw new Error(
        `test source does not parse: ${parsed.errors.map(formatRegoError).join('; ')}`,
      );
    }
    return parsed.module;
  });
  return compileModules(modules);
}

/** The errors as `file:row:col: code: message` lines. */
export function errorsOf(...sources: string[]): string[] {
  return compile(...sources).errors.map(formatRegoError);
}
