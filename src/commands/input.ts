import { resolve } from 'node:path';

import { ConfigError } from '../config/config.js';
import { AccessDirectoryError, GitError } from '../model/index.js';
import { buildCheckInput } from '../workflows/check/input.js';
import { JUDGING_OPTIONS, readConfig } from './check.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseNow } from '../options/index.js';
import { accessDirectoryMissing, flagValue } from './options.js';

/**
 * `accessctl input`: the input document `accessctl check` hands the policies, as JSON, so a
 * policy author sees the fields (docs/policy-input.md describes each) instead of guessing.
 * It is built by the very code the check runs, not rebuilt here.
 */
export const inputCommand: Command = {
  name: 'input',
  summary: 'Print the input document the policies see, as JSON (see docs/policy-input.md)',
  options: {
    access: JUDGING_OPTIONS.access!,
    config: JUDGING_OPTIONS.config!,
    base: {
      ...JUDGING_OPTIONS.base!,
      description:
        'The input of a pull request against REF: changes since REF, and the config of REF.',
    },
    now: { ...JUDGING_OPTIONS.now!, description: 'The instant written as `now`.' },
  },
  examples: [
    { does: 'the input of a whole-repository check', line: 'accessctl input > input.json' },
    {
      does: 'the input of your branch as a pull request against main',
      line: 'accessctl input --base origin/main',
    },
    {
      does: 'evaluate one rule against it',
      line: 'accessctl input > input.json && accessctl eval -b bundle.tar.gz -e access/deny -i input.json',
    },
  ],
  async run(values, _positionals, io) {
    const now = flagValue('--now', () => parseNow(values.now));
    const accessDir = resolve(io.cwd, String(values.access));
    const text = (flag: unknown) => (flag === undefined ? undefined : String(flag));
    let config;
    try {
      config = readConfig(text(values.config), io.cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.err(`${error.message}\n`);
      return EXIT_FINDINGS;
    }
    let built;
    try {
      built = await buildCheckInput({
        accessDir,
        now,
        config: { ...config },
        base: text(values.base),
      });
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(error.message);
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    io.out(`${JSON.stringify(built.input, null, 2)}\n`);
    // a document with an error may be missing from the input: say so, without failing
    const errors = built.model.findings.filter((f) => f.severity === 'error').length;
    if (errors > 0)
      io.err(
        `accessctl input: the access repository has ${errors} error${errors === 1 ? '' : 's'}; a document that could not be read is missing from the input (run accessctl validate to see where)\n`,
      );
    return EXIT_OK;
  },
};
