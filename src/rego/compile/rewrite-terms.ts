// Flattens nested terms into a sequence of simple expressions, as OPA's rewriteExprTerms,
// rewriteComprehensionTerms and rewriteDynamicTerms do: `count(x) > 1` becomes
// `count(x, __local0__); gt(__local0__, 1)`, `[1, 2][i]` becomes `__local1__ = [1, 2];
// __local1__[i]`, a call in a rule head or a comprehension head moves into its body, and the
// domain of `every` becomes a variable. Negated expressions keep their nested calls: the
// planner evaluates those inside the negation, where an undefined call must make `not` true.
import type { Body, CallTerm, Expr, Rule, Term } from '../syntax/ast.js';
import { newLocal, type CompileState, type Stage } from './state.js';
import { callExpr, varTerm } from './terms.js';

export const rewriteTerms: Stage = {
  name: 'rewrite-terms',
  run(state) {
    for (const { rule } of state.rules) {
      for (let r: Rule | undefined = rule; r; r = r.else) rewriteRule(state, r);
    }
  },
};

function rewriteRule(state: CompileState, rule: Rule): void {
  rule.body = rewriteBody(state, rule.body);
  const tail: Body = [];
  const head = rule.head;
  head.ref.terms = head.ref.terms.map((t, i) => (i === 0 ? t : extract(state, t, tail)));
  if (head.key) head.key = extract(state, head.key, tail);
  if (head.value) head.value = extract(state, head.value, tail);
  rule.body.push(...tail);
}

export function rewriteBody(state: CompileState, body: Body): Body {
  const out: Body = [];
  for (const e of body) {
    const before: Body = [];
    rewriteExpr(state, e, before);
    // A call pulled out of an expression still runs under that expression's `with`.
    if (e.with.length > 0) for (const b of before) b.with = e.with.map((w) => ({ ...w }));
    out.push(...before, e);
  }
  return out;
}

function rewriteExpr(state: CompileState, e: Expr, before: Body): void {
  const t = e.terms;
  if (t.type === 'some') return;
  if (t.type === 'every') {
    t.domain = extract(state, t.domain, before);
    if (t.domain.type !== 'var' && t.domain.type !== 'ref')
      t.domain = bindToVar(state, t.domain, before);
    t.body = rewriteBody(state, t.body);
    return;
  }
  // A `with` value stays whole: it may be evaluated inside another rule (a replaced
  // function called indirectly), where locals bound here would not exist.
  e.with.forEach((w) => closures(state, w.value));
  if (e.negated) {
    closures(state, t);
    return;
  }
  if (t.type === 'call') {
    t.args = t.args.map((a) => extract(state, a, before));
    return;
  }
  e.terms = extract(state, t, before);
}

function bindToVar(state: CompileState, t: Term, before: Body): Term {
  const v = varTerm(newLocal(state), t.loc);
  before.push(callExpr('eq', [v, t], t.loc));
  return v;
}

/** Replace nested calls and non-var ref heads in `t` by variables bound in `before`. */
function extract(state: CompileState, t: Term, before: Body): Term {
  switch (t.type) {
    case 'call': {
      const args = t.args.map((a) => extract(state, a, before));
      const v = varTerm(newLocal(state), t.loc);
      const call: CallTerm = { ...t, args: [...args, v] };
      state.generatedCalls.add(call);
      before.push({ terms: call, negated: false, with: [], loc: t.loc });
      return v;
    }
    case 'ref': {
      const [head, ...rest] = t.terms;
      if (!head) return t;
      let newHead = head;
      if (head.type === 'call') newHead = extract(state, head, before);
      else if (head.type !== 'var')
        newHead = bindToVar(state, extract(state, head, before), before);
      return { ...t, terms: [newHead, ...rest.map((k) => extract(state, k, before))] };
    }
    case 'array':
    case 'set':
      return { ...t, items: t.items.map((x) => extract(state, x, before)) };
    case 'object':
      return {
        ...t,
        items: t.items.map(
          ([k, v]) => [extract(state, k, before), extract(state, v, before)] as [Term, Term],
        ),
      };
    case 'arraycomprehension':
    case 'setcomprehension':
    case 'objectcomprehension':
      closures(state, t);
      return t;
    default:
      return t;
  }
}

/** Rewrite the bodies of comprehensions found in `t`, moving head calls into the body. */
function closures(state: CompileState, t: Term | Expr['terms']): void {
  switch (t.type) {
    case 'arraycomprehension':
    case 'setcomprehension': {
      t.body = rewriteBody(state, t.body);
      const tail: Body = [];
      t.term = extract(state, t.term, tail);
      t.body.push(...tail);
      return;
    }
    case 'objectcomprehension': {
      t.body = rewriteBody(state, t.body);
      const tail: Body = [];
      t.key = extract(state, t.key, tail);
      t.value = extract(state, t.value, tail);
      t.body.push(...tail);
      return;
    }
    case 'ref':
      t.terms.forEach((x) => closures(state, x));
      return;
    case 'array':
    case 'set':
      t.items.forEach((x) => closures(state, x));
      return;
    case 'object':
      t.items.forEach(([k, v]) => {
        closures(state, k);
        closures(state, v);
      });
      return;
    case 'call':
      t.args.forEach((x) => closures(state, x));
      return;
    default:
      return;
  }
}
