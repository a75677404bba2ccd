// Rules that depend on themselves, directly or through other rules, reported as OPA does:
// `rule data.x.p is recursive: data.x.p -> data.x.q -> data.x.p`, once per rule.
import type { Term } from '../syntax/ast.js';
import { forEachExpr } from './check-undefined-functions.js';
import { groupPath, pathKey } from './index-rules.js';
import { addError, type Stage } from './state.js';
import { refString, walkExpr } from './terms.js';

export const checkRecursion: Stage = {
  name: 'check-recursion',
  run(state) {
    const names = new Map<string, string>();
    const groups = new Map<string, Term[]>();
    for (const info of state.rules) {
      const path = groupPath(info.path);
      const key = pathKey(path);
      groups.set(key, path);
      names.set(key, refString(path));
    }
    // Every rule group under each path prefix, so a ref finds the groups it covers at once.
    const under = new Map<string, string[]>();
    for (const key of groups.keys()) {
      const parts = key.split('.');
      for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('.');
        under.set(prefix, [...(under.get(prefix) ?? []), key]);
      }
    }
    const edges = new Map<string, Set<string>>();
    for (const info of state.rules) {
      const from = pathKey(groupPath(info.path));
      const deps = edges.get(from) ?? new Set<string>();
      edges.set(from, deps);
      const visit = (t: Term): void => {
        const terms = t.type === 'ref' ? t.terms : t.type === 'call' ? t.fn.terms : undefined;
        const head = terms?.[0];
        if (!terms || head?.type !== 'var' || head.name !== 'data') return;
        const prefix: string[] = ['data'];
        for (const k of terms.slice(1)) {
          if (k.type !== 'string') break;
          prefix.push(k.value);
        }
        // The groups the ref reads into (its prefixes) and those it covers (below it).
        for (let i = 1; i <= prefix.length; i++) {
          const key = prefix.slice(0, i).join('.');
          if (groups.has(key)) deps.add(key);
        }
        if (prefix.length === terms.length) {
          for (const key of under.get(prefix.join('.')) ?? []) deps.add(key);
          return;
        }
        // A key computed at run time (`data[x].allow`) can be any key there, but the keys
        // after it still have to match: it reads only the groups its pattern fits.
        const pattern = terms.map((k) => (k.type === 'string' ? k.value : undefined));
        pattern[0] = 'data';
        for (const key of under.get(prefix.join('.')) ?? []) {
          if (fits(pattern, key.split('.'))) deps.add(key);
        }
      };
      forEachExpr({ ...state, rules: [info] }, (e) => walkExpr(e, visit));
    }

    const pathBack = (start: string): string[] | undefined => {
      const seen = new Set<string>();
      const dfs = (node: string, trail: string[]): string[] | undefined => {
        for (const next of [...(edges.get(node) ?? [])].sort()) {
          if (next === start) return [...trail, next];
          if (seen.has(next)) continue;
          seen.add(next);
          const found = dfs(next, [...trail, next]);
          if (found) return found;
        }
        return undefined;
      };
      return dfs(start, [start]);
    };

    for (const info of state.rules) {
      const key = pathKey(groupPath(info.path));
      const cycle = pathBack(key);
      if (!cycle) continue;
      const shown = cycle.map((k) => names.get(k) ?? k).join(' -> ');
      const message = `rule ${names.get(key)} is recursive: ${shown}`;
      addError(state, 'rego_recursion_error', message, info.rule.loc);
    }
  },
};

/** Whether a ref pattern (undefined: any key) and a rule path agree where both have keys. */
function fits(pattern: (string | undefined)[], path: string[]): boolean {
  const n = Math.min(pattern.length, path.length);
  for (let i = 0; i < n; i++) {
    const want = pattern[i];
    if (want !== undefined && path[i] !== '?' && want !== path[i]) return false;
  }
  return true;
}
