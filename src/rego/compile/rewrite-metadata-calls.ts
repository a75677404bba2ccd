// `rego.metadata.rule()` and `rego.metadata.chain()` become constants, as OPA's compiler
// makes them: the `# METADATA` annotations of the rule the call is in (rule scope), and
// the chain from that rule up through its document, package and ancestor packages
// (`subpackages` scope), each entry `{"path": [...], "annotations": {...}}`.
import type { Annotations, Location, Term } from '../syntax/ast.js';
import { forEachExpr } from './check-undefined-functions.js';
import { addError, type CompileState, type RuleInfo, type Stage } from './state.js';
import { refName, walkExpr } from './terms.js';

const NAMES = new Set(['rego.metadata.rule', 'rego.metadata.chain']);

export const rewriteMetadataCalls: Stage = {
  name: 'rewrite-metadata-calls',
  run(state) {
    for (const info of state.rules) {
      const one = { ...state, rules: [info] };
      forEachExpr(one, (e) =>
        walkExpr(e, (t) => {
          if (t.type !== 'call' || !NAMES.has(refName(t.fn))) return;
          const name = refName(t.fn);
          if (t.args.length > 0) {
            addError(
              state,
              'rego_type_error',
              `${name}: arity mismatch: takes no arguments`,
              t.loc,
            );
            return;
          }
          const value = name === 'rego.metadata.rule' ? ruleValue(info) : chain(info, state);
          const constant = termOf(value, t.loc);
          for (const key of Object.keys(t)) delete (t as unknown as Record<string, unknown>)[key];
          Object.assign(t, constant);
        }),
      );
    }
  },
};

function annotationValue(a: Annotations): unknown {
  return { ...a.raw, scope: a.scope };
}

function ruleValue(info: RuleInfo): unknown {
  const a = info.rule.annotations;
  return a !== undefined && a.scope === 'rule' ? annotationValue(a) : {};
}

/** The leading string keys of a path (`data.a.b.p` of `data.a.b.p[x]`). */
function names(path: Term[]): string[] {
  const out: string[] = [];
  for (const t of path) {
    if (t.type === 'var' && out.length === 0) out.push(t.name);
    else if (t.type === 'string') out.push(t.value);
    else break;
  }
  return out;
}

function chain(info: RuleInfo, state: CompileState): unknown[] {
  const rulePath = names(info.path);
  const entries: { path: string[]; annotations?: unknown }[] = [];
  const own = info.rule.annotations;
  entries.push(
    own !== undefined && own.scope === 'rule'
      ? { path: rulePath, annotations: annotationValue(own) }
      : { path: rulePath },
  );
  // Document scope: on any rule of the same path.
  const key = rulePath.join('.');
  const document = state.rules.find(
    (r) => r.rule.annotations?.scope === 'document' && names(r.path).join('.') === key,
  )?.rule.annotations;
  if (document !== undefined)
    entries.push({ path: rulePath, annotations: annotationValue(document) });
  // The package, then each ancestor package's subpackages annotations, nearest first.
  const pkg = names(info.module.package.path.terms);
  for (let n = pkg.length; n >= 1; n--) {
    const prefix = pkg.slice(0, n);
    for (const module of state.modules) {
      const path = names(module.package.path.terms);
      if (path.join('.') !== prefix.join('.')) continue;
      for (const a of module.annotations) {
        const fits =
          n === pkg.length
            ? a.scope === 'package' || a.scope === 'subpackages'
            : a.scope === 'subpackages';
        if (fits) entries.push({ path: prefix, annotations: annotationValue(a) });
      }
    }
  }
  return entries;
}

function termOf(value: unknown, loc: Location): Term {
  if (value === null || value === undefined) return { type: 'null', loc };
  if (typeof value === 'boolean') return { type: 'boolean', value, loc };
  if (typeof value === 'number') return { type: 'number', value: String(value), loc };
  if (typeof value === 'string') return { type: 'string', value, loc };
  if (value instanceof Date) return { type: 'string', value: value.toISOString(), loc };
  if (Array.isArray(value)) return { type: 'array', items: value.map((v) => termOf(v, loc)), loc };
  return {
    type: 'object',
    items: Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      { type: 'string', value: k, loc },
      termOf(v, loc),
    ]),
    loc,
  };
}
