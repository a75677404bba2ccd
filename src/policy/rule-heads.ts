// Where each rule of a set of modules is defined, by its full path under `data`: what a
// check needs to say which rule gave a value, without compiling anything.
import type { Sources } from '../rego/bundle/index.js';
import type { Term } from '../rego/syntax/ast.js';
import { parseModule } from '../rego/syntax/parser.js';

export interface RuleHead {
  /** `['access', 'deny']` for `deny` in package access. */
  path: string[];
  file: string;
  /** Of the rule's name in its head: renaming the rule rewrites exactly this spot. */
  row: number;
  col: number;
  name: string;
  /** The head's value term as written (`deny contains {"msg": m}`), when it has one. */
  value?: Term;
  /** `deny contains x`: one element of a set; otherwise the rule gives the whole value. */
  contains: boolean;
}

/**
 * The rules of every module that parses; a module that does not parse contributes none
 * (the compiler reports it with its own located error).
 */
export function ruleHeads(modules: Sources['modules']): RuleHead[] {
  const heads: RuleHead[] = [];
  for (const { file, source } of modules) {
    const { module } = parseModule(file, source);
    if (module === undefined) continue;
    const pkg = module.package.path.terms.slice(1).map(keyText);
    for (const rule of module.rules) {
      const [first, ...rest] = rule.head.ref.terms;
      if (first?.type !== 'var') continue;
      // `a.b[x]`: only the constant prefix names a document.
      const variable = rest.findIndex((t) => t.type !== 'string');
      const constant = (variable === -1 ? rest : rest.slice(0, variable)).map(keyText);
      heads.push({
        path: [...pkg, first.name, ...constant],
        file,
        row: first.loc.row,
        col: first.loc.col,
        name: first.name,
        value: rule.head.value ?? rule.head.key,
        contains: rule.head.contains,
      });
    }
  }
  return heads;
}

function keyText(term: Term): string {
  return term.type === 'string' ? term.value : term.type === 'var' ? term.name : '';
}

/** Whether some module parses with errors: then the compiler, not a rule search, has the say. */
export function anyParseErrors(modules: Sources['modules']): boolean {
  return modules.some(({ file, source }) => parseModule(file, source).errors.length > 0);
}
