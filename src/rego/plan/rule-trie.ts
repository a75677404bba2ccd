// The rules that may be planned, in a trie keyed by path (`data` → `test` → `p`), shaped
// as OPA's planner keeps them: a rule is filed under the string prefix of its ref
// (`obj.sub[x].y` under `obj.sub`), on the shallowest node of that path that already holds
// rules; a node that takes a rule absorbs the rules below it, so `p[x]` and `p.a` plan as
// one function. A `with` on a `data` path shadows a subtree.
import type { RuleInfo } from '../compile/state.js';
import type { Term } from '../syntax/ast.js';
import { compareTerms, termKey } from './order.js';

export class RuleTrie {
  private children = new Map<string, { key: Term; nodes: (RuleTrie | undefined)[] }>();
  rules: RuleInfo[] = [];

  arity(): number {
    return this.allRules()[0]?.rule.head.args?.length ?? 0;
  }

  /** The rules planned together at this node. */
  allRules(): RuleInfo[] {
    return this.rules;
  }

  /** File a rule at `path` (its string prefix), absorbing the rules below that node. */
  addRule(path: Term[], info: RuleInfo): void {
    const node = this.lookupOrInsert(path);
    node.rules = [...node.descendantRules(), info];
    node.children.clear();
  }

  private descendantRules(): RuleInfo[] {
    const out = [...this.rules];
    for (const { nodes } of this.children.values()) {
      for (const n of nodes) if (n) out.push(...n.descendantRules());
    }
    return out;
  }

  get(key: Term): RuleTrie | undefined {
    const entry = this.children.get(termKey(key));
    return entry?.nodes[entry.nodes.length - 1];
  }

  /** Child keys in OPA's value order, skipping shadowed ones. */
  childKeys(): Term[] {
    return [...this.children.values()]
      .filter((c) => c.nodes[c.nodes.length - 1] !== undefined)
      .map((c) => c.key)
      .sort(compareTerms);
  }

  insert(path: Term[]): RuleTrie {
    return path.reduce<RuleTrie>((node, key) => node.child(key), this);
  }

  private child(key: Term): RuleTrie {
    const existing = this.get(key);
    if (existing) return existing;
    const created = new RuleTrie();
    const k = termKey(key);
    const entry = this.children.get(k) ?? { key, nodes: [] };
    entry.nodes.push(created);
    this.children.set(k, entry);
    return created;
  }

  lookup(path: Term[]): RuleTrie | undefined {
    return path.reduce<RuleTrie | undefined>((node, key) => node?.get(key), this);
  }

  private lookupShallowest(path: Term[], index = 0): RuleTrie | undefined {
    if (index === path.length) return this;
    const next = this.get(path[index] as Term);
    if (!next || next.rules.length > 0) return next;
    return next.lookupShallowest(path, index + 1);
  }

  lookupOrInsert(path: Term[]): RuleTrie {
    return this.lookupShallowest(path) ?? this.insert(path);
  }

  /** Hide the subtree at `path` (a `with` replaced it) until `pop`. */
  push(path: Term[]): void {
    const parent = this.lookup(path.slice(0, -1));
    const last = path[path.length - 1];
    if (!parent || !last) return;
    const k = termKey(last);
    const entry = parent.children.get(k) ?? { key: last, nodes: [] };
    entry.nodes.push(undefined);
    parent.children.set(k, entry);
  }

  pop(path: Term[]): void {
    const parent = this.lookup(path.slice(0, -1));
    const last = path[path.length - 1];
    if (!parent || !last) return;
    parent.children.get(termKey(last))?.nodes.pop();
  }
}
