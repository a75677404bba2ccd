// The one state every compile stage reads and writes, as in OPA's compiler: the modules
// (rewritten in place), the rules indexed by their full path, and the errors found so far.
import type { RegoError } from '../errors.js';
import type { Loc, Module, Rule, Term } from '../syntax/ast.js';

/** A rule with the module it came from and its full path (`data.pkg.p`, `data.pkg.a[x]`). */
export interface RuleInfo {
  rule: Rule;
  module: Module;
  /** `data`, then the package path, then the head's ref; keys may be vars. */
  path: Term[];
}

export interface CompileState {
  modules: Module[];
  rules: RuleInfo[];
  errors: RegoError[];
  /** Generated local name (`__local3__`) to the name the author wrote, for messages. */
  rewritten: Map<string, string>;
  nextLocal: number;
  /** Calls whose last argument a stage added to receive the result (`count(x, __local0__)`). */
  generatedCalls: WeakSet<object>;
}

export interface Stage {
  name: string;
  run(state: CompileState): void;
}

export function newState(modules: Module[]): CompileState {
  return {
    modules,
    rules: [],
    errors: [],
    rewritten: new Map(),
    nextLocal: 0,
    generatedCalls: new WeakSet(),
  };
}

export function addError(state: CompileState, code: string, message: string, loc: Loc): void {
  state.errors.push({ code, message, file: loc.file, row: loc.row, col: loc.col });
}

/** A fresh variable name no author can write (`__local7__`), as OPA names its own. */
export function newLocal(state: CompileState): string {
  return `__local${state.nextLocal++}__`;
}

/** The author's name of a var, undoing the local renaming for messages. */
export function originalName(state: CompileState, name: string): string {
  return state.rewritten.get(name) ?? name;
}

export const isGenerated = (name: string): boolean =>
  name.startsWith('__local') || name.startsWith('$');
