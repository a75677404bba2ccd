// How many arguments a callee takes: a user function by its rules, a builtin by its
// declaration. Calls with one argument more than the arity bind their result to it.
import { lookupBuiltin } from '../builtins/index.js';
import type { CompileState } from './state.js';
import { pathKey } from './index-rules.js';

export type ArityOf = (name: string) => number | undefined;

export function arities(state: CompileState): ArityOf {
  const funcs = new Map<string, number>();
  for (const { rule, path } of state.rules) {
    if (rule.head.args) funcs.set(pathKey(path), rule.head.args.length);
  }
  return (name) => {
    const spec = lookupBuiltin(name);
    return funcs.get(name) ?? (spec ? (spec.decl.args?.length ?? 0) : undefined);
  };
}

/** Builtins that enumerate their result (`walk`): the planner scans it like a ref. */
export const relations = new Set(['walk']);
