// Rule definitions that cannot coexist, reported as OPA's checkRuleConflicts does: one
// path defined both as a function and as a value, functions of different arity, complete
// and partial definitions of one path (`p := 1` with `p contains x`), more than one
// `default` for a path.
import type { Location } from '../syntax/ast.js';
import { groupPath, pathKey } from './index-rules.js';
import { addError, type RuleInfo, type Stage } from './state.js';
import { refString } from './terms.js';

export const checkRuleConflicts: Stage = {
  name: 'check-rule-conflicts',
  run(state) {
    const groups = new Map<string, RuleInfo[]>();
    for (const info of state.rules) {
      const key = pathKey(groupPath(info.path));
      groups.set(key, [...(groups.get(key) ?? []), info]);
    }
    for (const infos of groups.values()) {
      const first = infos[0] as RuleInfo;
      const name = refString(groupPath(first.path));
      const arities = new Set(infos.map((i) => (i.rule.head.args ? i.rule.head.args.length : -1)));
      const kinds = new Set(infos.map((i) => kindOf(i)));
      if (arities.size > 1 || kinds.size > 1) {
        addError(state, 'rego_type_error', `conflicting rules ${name} found`, first.rule.loc);
        continue;
      }
      const defaults = infos.filter((i) => i.rule.default);
      if (defaults.length > 1) {
        const loc: Location = (defaults[1] as RuleInfo).rule.loc;
        addError(state, 'rego_type_error', `multiple default rules ${name} found`, loc);
      }
    }
  },
};

/** complete (`p := v`), partial set (`p contains x`) or partial object (`p[k] := v`). */
function kindOf(info: RuleInfo): string {
  if (info.rule.head.contains) return 'set';
  const last = info.path[info.path.length - 1];
  return last && last.type !== 'string' ? 'object' : 'complete';
}
