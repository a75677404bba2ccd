// The layers of src/, checked on every lint: each folder names the folders it may import from.
// Arrows point down; a folder missing from a list is above it or beside it. The README's
// "Where things live" map describes the same table in words.
//
// Written here rather than taken from eslint-plugin-import: the whole check is resolving a
// relative path to its top folder under src/, which a table and twenty lines say exactly.
import path from 'node:path';

const BELOW_POLICY = ['config', 'options', 'model', 'rego', 'log', 'version.ts'];

/** Folder (or top-level file) under src/ → what it may import from, besides itself. */
export const LAYERS = {
  'bin.ts': ['cli.ts'],
  'cli.ts': ['commands', 'log', 'version.ts'],
  'main.ts': ['action'],
  'index.ts': ['*'],
  action: ['workflows', 'report', 'evidence', 'provisioners', 'github', 'policy', ...BELOW_POLICY],
  commands: [
    'workflows',
    'report',
    'evidence',
    'provisioners',
    'github',
    'policy',
    ...BELOW_POLICY,
  ],
  workflows: ['report', 'evidence', 'provisioners', 'github', 'policy', ...BELOW_POLICY],
  report: ['evidence', 'provisioners', 'github', 'policy', ...BELOW_POLICY],
  evidence: ['provisioners', 'github', 'policy', ...BELOW_POLICY],
  provisioners: ['github', 'policy', ...BELOW_POLICY],
  github: ['options', 'model', 'log', 'version.ts'],
  policy: BELOW_POLICY,
  config: ['options', 'model'],
  options: ['model'],
  model: ['threads'],
  rego: ['log', 'threads'],
  log: [],
  threads: [],
  'version.ts': [],
};

/** Packages only some folders may use: the Action toolkit, the GitHub client, processes. */
export const PACKAGES = {
  '@actions/core': ['action', 'main.ts', 'github'],
  '@actions/github': ['action', 'github'],
  '@octokit/': ['github'],
  'node:child_process': ['model/git.ts', 'provisioners/exec.ts'],
};

/** The top folder (or top-level file) under src/ that `file` belongs to, or undefined. */
function layerOf(file, srcRoot) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

function allowedPackageUser(rule, relative) {
  return rule.some((place) => relative === place || relative.startsWith(`${place}/`));
}

const downward = {
  meta: {
    type: 'problem',
    docs: { description: 'imports in src/ point down the layers table in eslint/layers.js' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src');
    const from = layerOf(file, srcRoot);
    if (from === undefined || !(from in LAYERS)) return {};
    const relativeFile = path.relative(srcRoot, file).split(path.sep).join('/');

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(file), specifier), srcRoot);
        if (to === undefined || to === from) return;
        const target = to.replace(/\.js$/, '.ts');
        const allowed = LAYERS[from];
        if (allowed.includes('*') || allowed.includes(target)) return;
        context.report({
          node,
          message:
            `src/${from} may not import from src/${target}: imports point down the layers ` +
            `(eslint/layers.js). Move the shared part down, or call it from a layer above.`,
        });
        return;
      }
      for (const [name, places] of Object.entries(PACKAGES)) {
        const matches = name.endsWith('/') ? specifier.startsWith(name) : specifier === name;
        if (matches && !allowedPackageUser(places, relativeFile)) {
          context.report({
            node,
            message:
              `${specifier} is used only in ${places.map((p) => `src/${p}`).join(', ')} ` +
              `(eslint/layers.js); go through that module instead.`,
          });
        }
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { downward } };
