// Puts every rule head in one shape and records each rule's full path. After this stage a
// head has no old-style `key` unless it is a `contains` rule, and always has a value.
import type { Head, Module, Rule, Term } from '../syntax/ast.js';
import type { CompileState, Stage } from './state.js';
import { termKey } from '../plan/order.js';
import { refTerm, stringTerm } from './terms.js';

export const indexRules: Stage = {
  name: 'index-rules',
  run(state) {
    state.rules = [];
    for (const module of state.modules) {
      for (const rule of module.rules) {
        for (let r: Rule | undefined = rule; r; r = r.else) normalizeHead(r.head, rule.head);
        const path = rulePath(module, rule.head);
        state.rules.push({ rule, module, path });
      }
    }
  },
};

/** Recompute each rule's path after a stage rewrote the terms of its head. */
export function reindexPaths(state: CompileState): void {
  for (const info of state.rules) info.path = rulePath(info.module, info.rule.head);
}

function normalizeHead(head: Head, first: Head): void {
  if (head !== first) {
    // An `else` shares its rule's ref and args; the parser may leave them out.
    if (head.ref.terms.length === 0) head.ref = first.ref;
    if (!head.args && first.args) head.args = first.args;
  }
  if (head.key && !head.contains) {
    // `p[x] := y` may arrive with `x` in the ref already, or (older form) only as the key.
    const last = head.ref.terms[head.ref.terms.length - 1];
    if (head.ref.terms.length === 1 || !last || termKey(last) !== termKey(head.key)) {
      head.ref = refTerm([...head.ref.terms, head.key], head.ref.loc);
    }
    head.key = undefined;
  }
  if (!head.contains && !head.value) head.value = { type: 'boolean', value: true, loc: head.loc };
}

/** `data` + package path + the head ref, its first var turned into a string key. */
export function rulePath(module: Module, head: Head): Term[] {
  const [first, ...rest] = head.ref.terms;
  const name: Term =
    first && first.type === 'var' ? stringTerm(first.name, first.loc) : (first as Term);
  return [...module.package.path.terms, name, ...rest];
}

/** The path of the rule's group: its full path, without a last key that is not a string. */
export function groupPath(path: Term[]): Term[] {
  const last = path[path.length - 1];
  return last && last.type !== 'string' ? path.slice(0, -1) : path;
}

export function pathKey(path: Term[]): string {
  return path
    .map((t) => (t.type === 'string' ? t.value : t.type === 'var' ? t.name : '?'))
    .join('.');
}

export function packageKey(module: Module): string {
  return pathKey(module.package.path.terms);
}
