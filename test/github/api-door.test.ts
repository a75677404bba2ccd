// One door to GitHub: only src/github/ calls the API. The check reads the program with
// TypeScript's type checker, so it finds the client however it is named or passed
// (`this.client`, `target.client`, a destructured `rest`) and leaves alone anything else
// that happens to have a `request` method. Outside src/github/ the client is a handle to pass
// on: any member taken from it (rest, request, graphql, paginate, hook...) is a breach, and so
// is a call into an Octokit package. src/rego/ knows nothing of GitHub and is skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/github-door/bypass.ts');
/** Where API calls belong, and a tree that must not know GitHub at all. */
const EXEMPT = ['src/github/', 'src/rego/'];
/** The members that reach the network: REST methods, raw requests, GraphQL, pagination. */
const CLIENT_MEMBERS = ['rest', 'request', 'graphql', 'paginate'];
/** Packages whose functions talk to GitHub when called. */
const API_PACKAGES = /\/node_modules\/(@octokit\/|@actions\/github\/)/;

interface Breach {
  at: string;
  what: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.as.ts'))
    .map((name) => join(dir, name));
}

function createProgram(files: string[]): ts.Program {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(files, { ...options, noEmit: true });
}

/** A value with the client's network members: an Octokit, whatever its variable is called. */
function isClient(type: ts.Type): boolean {
  return CLIENT_MEMBERS.every((name) => type.getProperty(name) !== undefined);
}

function breaches(program: ts.Program, file: string): Breach[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`${file} is not part of the program`);
  const found: Breach[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ at: `${relative(ROOT, file)}:${line + 1}:${character + 1}`, what });
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      isClient(checker.getTypeAtLocation(node.expression))
    )
      report(node, node.getText(source));
    else if (ts.isObjectBindingPattern(node) && isClient(checker.getTypeAtLocation(node)))
      report(node, `${node.getText(source)} taken apart from the client`);
    else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const declared = checker.getResolvedSignature(node)?.getDeclaration()?.getSourceFile();
      if (declared !== undefined && API_PACKAGES.test(declared.fileName.replaceAll('\\', '/')))
        report(
          node,
          `${node.expression.getText(source)}(…) from ${declared.fileName.split('/node_modules/')[1]}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

let program: ts.Program;
let product: string[];

beforeAll(() => {
  product = sourceFiles(join(ROOT, 'src')).filter(
    (file) => !EXEMPT.some((dir) => relative(ROOT, file).replaceAll('\\', '/').startsWith(dir)),
  );
  program = createProgram([...product, FIXTURE]);
}, 120_000);

describe('the GitHub API door', () => {
  it('names exactly the lines of a file that go around src/github/ every way there is', () => {
    const marked = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.endsWith('// breach') ? [index + 1] : []));
    expect(marked.length).toBeGreaterThan(8);
    const found = new Set(breaches(program, FIXTURE).map((b) => Number(b.at.split(':')[1])));
    // lookalikes (a `request` on another type, the client handed to a function) are not breaches
    expect([...found].sort((a, b) => a - b)).toEqual(marked);
  });

  it('no file in src/ outside src/github/ calls the GitHub API', () => {
    expect(product.length).toBeGreaterThan(50);
    const found = product.flatMap((file) => breaches(program, file));
    expect(
      found.map((b) => `${b.at}: ${b.what} (move the call into a function in src/github/)`),
    ).toEqual([]);
  });
});
