// The pipeline entry: parse each module, run the compile stages, plan the entrypoints
// into OPA's IR. Errors of every kind come back as located `RegoError`s, never thrown.
import { compileModules } from './compile/index.js';
import { compileOnDeepStack, isStackOverflow, NestedTooDeep } from './deep-stack.js';
import type { RegoError } from './errors.js';
import type { Policy } from './ir/ir.js';
import { PlanError, Planner } from './plan/planner.js';
import { stringTerm, varTerm } from './compile/terms.js';
import type { Module, Term } from './syntax/ast.js';
import { parseModule } from './syntax/parser.js';

export type CompileResult = { ok: true; policy: Policy } | { ok: false; errors: RegoError[] };

export interface CompileOptions {
  /** Slash paths as `opa build -e` takes them: `test/p` plans `data.test.p`. */
  entrypoints: string[];
}

export type RegoSource = { file: string; source: string };

/**
 * Compiles on this thread, and again on a thread with a deeper stack when a policy nests
 * past this one's (see deep-stack.ts).
 */
export function compileToPlan(sources: RegoSource[], options: CompileOptions): CompileResult {
  try {
    return compileOnThisStack(sources, options);
  } catch (error) {
    if (!(error instanceof NestedTooDeep) && !isStackOverflow(error)) throw error;
  }
  return compileOnDeepStack(sources, options);
}

/** The whole pipeline on the calling thread; a policy nested past its stack is thrown. */
export function compileOnThisStack(sources: RegoSource[], options: CompileOptions): CompileResult {
  const modules: Module[] = [];
  const errors: RegoError[] = [];
  for (const { file, source } of sources) {
    const parsed = parseModule(file, source);
    errors.push(...parsed.errors);
    if (parsed.module) modules.push(parsed.module);
  }
  if (errors.length > 0) return { ok: false, errors };
  return planModules(modules, options);
}

/** Compile and plan modules that are already parsed (rewritten in place). */
export function planModules(modules: Module[], options: CompileOptions): CompileResult {
  const entrypoints: { name: string; ref: Term[] }[] = [];
  const errors: RegoError[] = [];
  for (const name of options.entrypoints) {
    const parts = name.split('/').filter((p) => p !== '');
    if (parts.length === 0) {
      errors.push(entrypointError(name, 'an entrypoint names a package or rule, like test/allow'));
      continue;
    }
    const loc = { file: '', row: 0, col: 0 };
    entrypoints.push({
      name: parts.join('/'),
      ref: [varTerm('data', loc), ...parts.map((p) => stringTerm(p, loc))],
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const state = compileModules(modules);
  if (state.errors.length > 0) return { ok: false, errors: state.errors };

  const emptyPackages = modules
    .filter((m) => m.rules.length === 0)
    .map((m) => m.package.path.terms);
  const planner = new Planner(state.rules, emptyPackages);
  try {
    return { ok: true, policy: planner.plan(entrypoints) };
  } catch (e) {
    // where planning was when the stack ran out: the rule the error names
    if (isStackOverflow(e)) throw new NestedTooDeep(planner.location);
    if (!(e instanceof PlanError)) throw e;
    const location = e.location ?? { file: '', row: 0, col: 0 };
    return { ok: false, errors: [{ code: 'rego_compile_error', message: e.message, ...location }] };
  }
}

function entrypointError(name: string, hint: string): RegoError {
  return {
    code: 'rego_compile_error',
    message: `invalid entrypoint ${JSON.stringify(name)}: ${hint}`,
    file: '',
    row: 0,
    col: 0,
  };
}
