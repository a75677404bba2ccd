// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild, then
// compiles the built-in policy library with that very CLI into dist/policies.tar.gz, so
// neither the Action nor the CLI compiles it at run time.
// `node scripts/build.mjs --outdir DIR` writes elsewhere: the staleness test builds into a
// temporary folder and compares it with the committed dist/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

// Remove what an earlier build wrote, so no stale chunk survives; other files in dist/ stay.
for (const name of [
  'index.js',
  'cli.js',
  'eval-worker.js',
  'read-worker.js',
  'compile-worker.js',
  'chunks',
  'policies.tar.gz',
]) {
  rmSync(join(values.outdir, name), { recursive: true, force: true });
}

// The opa-wasm SDK answers a few builtins (sprintf, regex, yaml, json) with JavaScript of
// its own before it asks the host table, and those do not follow OPA's semantics
// (sprintf has no Go verbs). The bundle leaves them out, so accessctl's own
// implementations in src/rego/builtins/ answer every imported builtin.
const hostBuiltinsOnly = {
  name: 'opa-wasm-host-builtins-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/builtins\/index$/ }, (args) =>
      args.importer.includes('opa-wasm') ? { path: 'sdk-builtins', namespace: 'empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};

await build({
  plugins: [hostBuiltinsOnly],
  // The threads accessctl starts are entry points of their own, found beside the others by
  // src/threads/start-worker.ts: eval-worker.js, where a policy runs under its evaluation
  // deadline, read-worker.js, which reads a large working tree's files ahead of parsing, and
  // compile-worker.js, which compiles a policy nested past the main thread's stack.
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/bin.ts',
    'eval-worker': 'src/rego/runtime/eval-worker.ts',
    'read-worker': 'src/model/read-worker.ts',
    'compile-worker': 'src/rego/compile-worker.ts',
  },
  outdir: values.outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled dependencies are CommonJS and call require(); give them one in ESM.
  banner: {
    js: "import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);",
  },
});

execFileSync(
  process.execPath,
  [
    join(values.outdir, 'cli.js'),
    'build',
    'policies',
    '-e',
    'access/deny',
    '-e',
    'access/warn',
    '-o',
    join(values.outdir, 'policies.tar.gz'),
  ],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
