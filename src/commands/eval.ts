import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { load } from 'js-yaml';

import { BundleError } from '../rego/bundle/index.js';
import {
  DEFAULT_TIMEOUT_MS,
  RegoEvalError,
  indentJson,
  loadBundle,
} from '../rego/runtime/index.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseTimeout } from '../options/index.js';
import { flagValue } from './options.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Evaluate an entrypoint of a compiled bundle and print the result set as JSON',
  options: {
    bundle: {
      type: 'string',
      short: 'b',
      required: true,
      value: 'FILE',
      description: 'The compiled bundle to load (accessctl build or opa build -t wasm).',
      example: 'bundle.tar.gz',
    },
    entrypoint: {
      type: 'string',
      short: 'e',
      required: true,
      value: 'ENTRYPOINT',
      description: 'The rule to evaluate, as a path: package path then rule name.',
      example: 'access/deny',
    },
    input: {
      type: 'string',
      short: 'i',
      value: 'FILE',
      defaultText: 'no input',
      description: 'The input document, JSON or YAML (accessctl input writes the one check uses).',
      example: 'input.json',
    },
    data: {
      type: 'string',
      short: 'd',
      value: 'FILE',
      defaultText: "the bundle's data.json",
      description: 'A data document, JSON or YAML, that replaces the bundle data.',
      example: 'data.yaml',
    },
    'strict-builtin-errors': {
      type: 'boolean',
      default: false,
      description:
        "OPA's flag: a builtin's error (a wrong operand, a bad time) stops the evaluation with that error instead of making the call undefined.",
    },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      defaultText: '30',
      description: 'Stop an evaluation that runs longer than this, naming its entrypoint.',
      example: '5',
    },
  },
  examples: [
    {
      does: 'evaluate deny on the input check builds',
      line: 'accessctl input > input.json && accessctl eval -b bundle.tar.gz -e access/deny -i input.json',
    },
  ],
  async run(values, _positionals, io) {
    if (values.bundle === undefined)
      throw new UsageError('name the bundle with -b, like -b bundle.tar.gz');
    if (values.entrypoint === undefined)
      throw new UsageError('name the entrypoint with -e, like -e access/deny');
    const timeoutMs = flagValue('--timeout', () =>
      parseTimeout(values.timeout, DEFAULT_TIMEOUT_MS / 1000),
    );
    const bundleBytes = await readInputFile(String(values.bundle), io.cwd, '-b');
    const input =
      values.input === undefined
        ? undefined
        : await readDocument(String(values.input), io.cwd, '--input');
    const data =
      values.data === undefined
        ? undefined
        : await readDocument(String(values.data), io.cwd, '--data');

    try {
      const policy = await loadBundle(bundleBytes, {
        strictBuiltinErrors: values['strict-builtin-errors'] === true,
        timeoutMs,
      });
      if (data !== undefined) policy.setData(jsonBuffer(data));
      // The module reads the input text and writes the result text itself, so integers
      // of any size arrive and leave as written (JavaScript numbers would round them).
      const results = policy.evaluateText(input, String(values.entrypoint));
      io.out(`${indentJson(results)}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof BundleError || error instanceof RegoEvalError) {
        io.err(`accessctl eval: ${String(values.bundle)}: ${error.message}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
  },
};

async function readInputFile(path: string, cwd: string, flag: string): Promise<Buffer> {
  try {
    return await readFile(resolve(cwd, path));
  } catch {
    throw new UsageError(`${flag} ${path}: cannot read the file; check the path`);
  }
}

/**
 * A JSON or YAML document (by extension; JSON is also valid YAML), as JSON text: a JSON
 * file's own text once it parses, so its big integers stay exact; YAML converted.
 */
async function readDocument(path: string, cwd: string, flag: string): Promise<string> {
  const text = (await readInputFile(path, cwd, flag)).toString('utf8');
  try {
    if (path.endsWith('.json')) {
      JSON.parse(text);
      return text;
    }
    return JSON.stringify(load(text)) ?? 'null';
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(
      `${flag} ${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}`,
    );
  }
}

/** JSON text as the SDK takes it to use as is. */
function jsonBuffer(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
