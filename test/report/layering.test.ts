// The layers keep their word: a report renders what it is given and nothing it loads can
// evaluate a policy, run git or call GitHub; the provisioners never reach up into the
// workflows. Read from the source itself with the TypeScript parser, so a new import that
// breaks the rule fails here, not in review.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Import {
  from: string;
  /** A path under the project root for a relative import, else the package name. */
  to: string;
  /** Erased by the compiler: it loads nothing when the program runs. */
  typeOnly: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function project(path: string): string {
  return relative(ROOT, path).split(sep).join('/');
}

/** Static imports and re-exports, and `import('...')` calls, of one file. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const to = specifier.startsWith('.')
      ? project(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
      : specifier;
    found.push({ from: project(file), to, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const everyNameTyped =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, clause?.isTypeOnly === true || everyNameTyped);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const everyNameTyped =
        clause !== undefined &&
        ts.isNamedExports(clause) &&
        clause.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, node.isTypeOnly || everyNameTyped);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every module a file loads when it runs, following value imports through the project:
 * each with the chain that reaches it, so a failure names the way in.
 */
function loadedBy(file: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[project(file), [project(file)]]]);
  const queue = [project(file)];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const chain = reached.get(next) ?? [];
    if (!next.endsWith('.ts')) continue;
    for (const edge of importsOf(join(ROOT, next))) {
      if (edge.typeOnly || reached.has(edge.to)) continue;
      reached.set(edge.to, [...chain, edge.to]);
      queue.push(edge.to);
    }
  }
  return reached;
}

/** What a report must never load, directly or through what it imports. */
const FORBIDDEN_FOR_REPORTS: { what: string; matches: (module: string) => boolean }[] = [
  { what: 'policy evaluation', matches: (m) => m.startsWith('src/policy/') },
  { what: 'the Rego toolchain', matches: (m) => m.startsWith('src/rego/') },
  { what: 'git', matches: (m) => m === 'src/model/git.ts' || m === 'node:child_process' },
  {
    what: 'GitHub',
    matches: (m) =>
      m.startsWith('src/github/') || m.startsWith('@octokit/') || m === '@actions/core',
  },
  { what: 'a workflow', matches: (m) => m.startsWith('src/workflows/') },
  { what: 'evidence gathering', matches: (m) => m.startsWith('src/evidence/') },
];

/** No report imports src/workflows/, not even a type: the shapes a report reads live below it. */
const KNOWN_TYPE_IMPORTS_OF_WORKFLOWS = new Set<string>();

const reportFiles = filesUnder(join(SRC, 'report'));
const provisionerFiles = filesUnder(join(SRC, 'provisioners'));

describe('src/report/', () => {
  it('holds the reports', () => {
    expect(reportFiles.length).toBeGreaterThan(20);
  });

  it.each(reportFiles.map((f) => [project(f), f]))(
    '%s loads no policy evaluation, git, GitHub, workflow or evidence gathering',
    (_name, file) => {
      const problems: string[] = [];
      for (const [module, chain] of loadedBy(file))
        for (const rule of FORBIDDEN_FOR_REPORTS)
          if (rule.matches(module)) problems.push(`${rule.what}: ${chain.join(' -> ')}`);
      expect(problems).toEqual([]);
    },
  );

  it('imports nothing from src/workflows/, not even a type', () => {
    const found = reportFiles
      .flatMap(importsOf)
      .filter((i) => i.to.startsWith('src/workflows/'))
      .map((i) => `${i.from} -> ${i.to}`)
      .sort();
    expect(found).toEqual([...KNOWN_TYPE_IMPORTS_OF_WORKFLOWS].sort());
  });
});

describe('src/provisioners/', () => {
  it.each(provisionerFiles.map((f) => [project(f), f]))(
    '%s imports nothing from the workflows, the Action or the CLI',
    (_name, file) => {
      const upward = importsOf(file)
        .map((i) => i.to)
        .filter((to) => /^src\/(workflows|action|commands|report)\//.test(to));
      expect(upward).toEqual([]);
    },
  );
});

describe('the import reader', () => {
  it('tells value imports from type imports, reads re-exports, and follows value imports', () => {
    const imports = importsOf(join(SRC, 'report/provision/text.ts'));
    expect(imports).toContainEqual({
      from: 'src/report/provision/text.ts',
      to: 'src/provisioners/outcome.ts',
      typeOnly: false,
    });
    expect(imports).toContainEqual({
      from: 'src/report/provision/text.ts',
      to: 'src/provisioners/provision-plan.ts',
      typeOnly: true,
    });
    expect(importsOf(join(SRC, 'model/index.ts'))).toContainEqual({
      from: 'src/model/index.ts',
      to: 'src/model/catalog.ts',
      typeOnly: false,
    });
    const chain = loadedBy(join(SRC, 'workflows/provision/gate.ts'));
    expect(chain.get('src/model/git.ts')).toEqual([
      'src/workflows/provision/gate.ts',
      'src/model/git.ts',
    ]);
  });
});
