import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from '../config/config.js';

import { AccessDirectoryError, GitError } from '../model/index.js';
import { displayPath } from '../report/findings-summary.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import { formatFindingsJson } from '../report/findings-json.js';
import { formatFindingsSarif } from '../report/findings-sarif.js';
import { summarize } from '../report/findings-summary.js';
import { formatFindingsText } from '../report/findings-text.js';
import { checkRepository } from '../workflows/check.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.js';
import { accessDirectoryMissing, parseNow } from './options.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate the access repository and judge every grant by the policies',
  usage:
    'accessctl check [--access DIR] [--policies DIR] [--config FILE] [--base REF] [--now ISO8601] [--format text|json|sarif]',
  options: {
    access: { type: 'string', default: 'access' },
    policies: { type: 'string', default: 'policies' },
    config: { type: 'string' },
    base: { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string', default: 'text' },
  },
  async run(values, _positionals, io) {
    const format = String(values.format);
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
      throw new UsageError(`--format must be text, json or sarif, got "${format}"`);
    const now = parseNow(values.now);
    const accessDir = resolve(io.cwd, String(values.access));
    let config: AccessConfig;
    try {
      config = readConfig(values.config === undefined ? undefined : String(values.config), io.cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.err(`${error.message}\n`);
      return EXIT_FINDINGS;
    }
    let result;
    try {
      result = await checkRepository({
        accessDir,
        policiesDir: resolve(io.cwd, String(values.policies)),
        now,
        config: { ...config },
        base: values.base === undefined ? undefined : String(values.base),
      });
    } catch (error) {
      // A policy that does not compile is a usage problem of the policies folder: say
      // where, and never evaluate the rest as if the rules were there.
      if (error instanceof RegoCompileError) {
        for (const e of error.errors)
          io.err(`${formatRegoError({ ...e, file: displayPath(e.file, io.cwd) })}\n`);
        io.err(`accessctl check: the policies do not compile; fix them and run again\n`);
        return EXIT_USAGE;
      }
      if (error instanceof GitError) throw new UsageError(error.message);
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    const { model, findings } = result;
    const summary = summarize(findings, model.files.length, model.documents.length);
    if (format === 'sarif') io.out(formatFindingsSarif(findings, io.cwd));
    else
      io.out(
        (format === 'json' ? formatFindingsJson : formatFindingsText)(findings, summary, io.cwd),
      );
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** `--config FILE`, else `accessctl.yaml` in the current folder when there is one, else the defaults. */
function readConfig(flag: string | undefined, cwd: string): AccessConfig {
  const file = resolve(cwd, flag ?? CONFIG_FILE);
  if (flag === undefined && !existsSync(file)) return parseConfig(CONFIG_FILE, undefined);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--config ${flag}: cannot read the file; check the path`);
  }
  return parseConfig(flag ?? CONFIG_FILE, text);
}
