// The one state every compile stage reads and writes, as in OPA's compiler: the modules
// (rewritten in place), the rules indexed by their full path, and the errors found so far.
import type { RegoError, RegoErrorCode } from '../errors.js';
import type { Location, Module, Rule, Term } from '../syntax/ast.js';

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
  /** Every var name the modules were written with: generated names must avoid them. */
  userNames: Set<string>;
  /** Names `newLocal` handed out, so a user var spelt `__local3__` is never taken for one. */
  generatedNames: Set<string>;
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
    userNames: namesInUse(modules),
    generatedNames: new Set(),
    generatedCalls: new WeakSet(),
  };
}

export function addError(
  state: CompileState,
  code: RegoErrorCode,
  message: string,
  loc: Location,
): void {
  state.errors.push({ code, message, file: loc.file, row: loc.row, col: loc.col });
}

/**
 * A fresh variable name (`__local7__`), as OPA names its own. Authors may write such
 * names too, so the counter skips every name the modules already use, as OPA's
 * generator does.
 */
export function newLocal(state: CompileState): string {
  for (;;) {
    const name = `__local${state.nextLocal++}__`;
    if (state.userNames.has(name)) continue;
    state.generatedNames.add(name);
    return name;
  }
}

// The AST is plain data, so a structural walk finds every var without knowing each node
// kind; a new node kind cannot slip past it.
function namesInUse(modules: Module[]): Set<string> {
  const names = new Set<string>();
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.type === 'var' && typeof record.name === 'string') names.add(record.name);
    for (const value of Object.values(record)) visit(value);
  };
  visit(modules);
  return names;
}

/** The author's name of a var, undoing the local renaming for messages. */
export function originalName(state: CompileState, name: string): string {
  return state.rewritten.get(name) ?? name;
}

/** Whether an (already un-renamed) var name is one the compiler made up, not the author's. */
export const isGenerated = (state: CompileState, name: string): boolean =>
  name.startsWith('$') || state.generatedNames.has(name);
