// The compile stages, in the order they run. Each reads and rewrites the shared state and
// appends located errors; compilation stops after the first stage that reports any, as
// OPA's compiler does, so later stages only ever see well-formed input.
import { checkRecursion } from './check-recursion.js';
import { checkRuleConflicts } from './check-rule-conflicts.js';
import { checkSafety } from './check-safety.js';
import { checkTypes } from './check-types.js';
import { checkUndefinedFunctions } from './check-undefined-functions.js';
import { checkWithTargets } from './check-with-targets.js';
import { erasePrintCalls } from './erase-print-calls.js';
import { indexRules, reindexPaths } from './index-rules.js';
import { resolveRefs } from './resolve-refs.js';
import { rewriteDynamics } from './rewrite-dynamics.js';
import { rewriteLocals } from './rewrite-locals.js';
import { rewriteMetadataCalls } from './rewrite-metadata-calls.js';
import { rewriteTerms } from './rewrite-terms.js';
import { newState, type CompileState, type Stage } from './state.js';
import type { Module } from '../syntax/ast.js';

export const stages: Stage[] = [
  indexRules, // one head shape; each rule's full path
  resolveRefs, // `p` → `data.pkg.p`, imports, function names
  checkRuleConflicts, // function vs value, complete vs partial, defaults
  rewriteLocals, // `some`/`:=`/args → unique names; `:=` → `=`
  erasePrintCalls, // `print(...)` dropped, as `opa build` does by default
  rewriteMetadataCalls, // `rego.metadata.rule()` / `chain()` → the annotations as constants
  rewriteTerms, // nested calls, dynamic ref heads, head calls → flat expressions
  checkUndefinedFunctions, // calls to names that are neither rules nor builtins; arity
  checkWithTargets, // `with` replaces input, data or a function, nothing else
  checkSafety, // every var bound before use; bodies reordered so it is
  rewriteDynamics, // refs in call args → their own expressions, so iteration binds first
  checkRecursion, // rules that depend on themselves
  checkTypes, // arity and statically known argument types of builtin calls
];

/** Run every stage over `modules` (rewritten in place). */
export function compileModules(modules: Module[]): CompileState {
  const state = newState(modules);
  for (const stage of stages) {
    stage.run(state);
    reindexPaths(state);
    if (state.errors.length > 0) break;
  }
  return state;
}
