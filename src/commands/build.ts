import { writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';

import { SourceError, bundleSources, collectSources, planSources } from '../rego/bundle/index.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import { printPlan } from '../rego/plan/print.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';

const TARGETS = ['wasm', 'plan'] as const;

export const buildCommand: Command = {
  name: 'build',
  summary: 'Compile Rego policies into an OPA Wasm bundle (or print the plan)',
  positionals: {
    name: 'PATH...',
    description: 'The .rego files or folders to compile (test files *_test.rego are left out).',
  },
  options: {
    entrypoint: {
      type: 'string',
      short: 'e',
      multiple: true,
      required: true,
      value: 'ENTRYPOINT',
      description: 'A rule the bundle exports, as a path: package path then rule name.',
      example: 'access/deny',
    },
    output: {
      type: 'string',
      short: 'o',
      default: 'bundle.tar.gz',
      value: 'FILE',
      description: 'Where to write the bundle (policy.wasm, data.json, .manifest).',
      example: 'dist/policies.tar.gz',
    },
    target: {
      type: 'string',
      short: 't',
      default: 'wasm',
      value: 'TARGET',
      choices: TARGETS,
      description: 'wasm writes the bundle; plan prints the intermediate plan instead.',
    },
  },
  examples: [
    {
      does: 'compile your policies to an OPA Wasm bundle',
      line: 'accessctl build policies/ -e access/deny -e access/warn -o bundle.tar.gz',
    },
    {
      does: 'print the plan the compiler makes',
      line: 'accessctl build policies/ -e access/deny -t plan',
    },
  ],
  async run(values, positionals, io) {
    const target = String(values.target);
    if (!(TARGETS as readonly string[]).includes(target)) {
      throw new UsageError(`-t must be wasm or plan, got "${target}"`);
    }
    const entrypoints = ((values.entrypoint as string[] | undefined) ?? []).map(String);
    if (entrypoints.length === 0) {
      throw new UsageError('name at least one entrypoint with -e, like -e access/deny');
    }
    if (positionals.length === 0) {
      throw new UsageError('name the policy files or folders to build, like policies/');
    }

    let sources;
    try {
      sources = await collectSources(positionals.map((p) => resolve(io.cwd, p)));
    } catch (error) {
      if (error instanceof SourceError) {
        io.err(`accessctl build: ${relativeMessage(error.message, io.cwd)}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
    // Errors and the bundle name files as the user sees them, relative to where they stand.
    sources.modules = sources.modules.map((m) => ({ ...m, file: relative(io.cwd, m.file) }));
    if (sources.modules.length === 0) {
      io.err(`accessctl build: no .rego files under ${positionals.join(', ')}\n`);
      return EXIT_FINDINGS;
    }

    try {
      if (target === 'plan') {
        io.out(`${printPlan(planSources(sources, entrypoints))}\n`);
        return EXIT_OK;
      }
      const bundle = await bundleSources(sources, entrypoints);
      const output = resolve(io.cwd, String(values.output));
      await writeFile(output, bundle);
      io.err(
        `wrote ${relative(io.cwd, output)} (${bundle.length} bytes, entrypoints: ${entrypoints.join(', ')})\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (error instanceof RegoCompileError) {
        io.err(`${error.errors.map(formatRegoError).join('\n')}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
  },
};

function relativeMessage(message: string, cwd: string): string {
  return message.split(`${cwd}${sep}`).join('');
}
