import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig } from '../config/config.js';
import { AccessDirectoryError, loadAccessRepository } from '../model/index.js';
import {
  CODEOWNERS_FILE,
  CodeownersError,
  renderCodeowners,
} from '../workflows/pr-check/codeowners.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { ACCESS_OPTION, POLICIES_OPTION, accessDirectoryMissing } from './options.js';

export const codeownersCommand: Command = {
  name: 'codeowners',
  summary: 'Write .github/CODEOWNERS from the catalog owners, or --check that it is current',
  options: {
    access: ACCESS_OPTION,
    policies: POLICIES_OPTION,
    org: {
      type: 'string',
      value: 'ORG',
      defaultText: 'team owners written without an organisation',
      description: 'The GitHub organisation, so teams are written @ORG/SLUG.',
      example: 'acme',
    },
    output: {
      type: 'string',
      default: CODEOWNERS_FILE,
      value: 'FILE',
      description: 'The CODEOWNERS file to write or compare.',
      example: 'CODEOWNERS',
    },
    check: {
      type: 'boolean',
      default: false,
      description: 'Write nothing; exit 1 when the file is missing or out of date.',
    },
  },
  examples: [
    { does: 'write .github/CODEOWNERS from the catalog', line: 'accessctl codeowners --org acme' },
    { does: 'fail CI when it is stale', line: 'accessctl codeowners --org acme --check' },
  ],
  async run(values, _positionals, io) {
    const access = String(values.access);
    const accessDir = resolve(io.cwd, access);
    const configPath = join(io.cwd, CONFIG_FILE);
    let text: string;
    try {
      const config = parseConfig(
        CONFIG_FILE,
        existsSync(configPath) ? readFileSync(configPath, 'utf8') : undefined,
      );
      const model = await loadAccessRepository(accessDir);
      text = renderCodeowners(model, {
        ...(values.org === undefined ? {} : { org: String(values.org) }),
        policyOwners: config.policyOwners,
        accessDir: access.replace(/^\.\/|\/+$/g, ''),
        policiesDir: String(values.policies).replace(/^\.\/|\/+$/g, ''),
        configFile: CONFIG_FILE,
        root: io.cwd,
      });
    } catch (error) {
      if (error instanceof AccessDirectoryError) throw accessDirectoryMissing(access, accessDir);
      if (error instanceof CodeownersError) throw new UsageError(error.message);
      if (error instanceof ConfigError) {
        io.err(`${error.message}\n`);
        return EXIT_FINDINGS;
      }
      throw error;
    }
    const output = resolve(io.cwd, String(values.output));
    const current = existsSync(output) ? readFileSync(output, 'utf8') : undefined;
    if (values.check === true) {
      if (current === text) {
        io.out(`${String(values.output)} is up to date\n`);
        return EXIT_OK;
      }
      io.err(
        `${String(values.output)} ${current === undefined ? 'is missing' : 'is out of date'}; ` +
          'run `accessctl codeowners` and commit it\n',
      );
      return EXIT_FINDINGS;
    }
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
    io.out(`wrote ${String(values.output)}\n`);
    return EXIT_OK;
  },
};
