import { relative, resolve } from 'node:path';
import { AccessDirectoryError } from '../model/index.js';
import { runSyncIdentities } from '../workflows/sync-identities.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseFormat } from '../options/index.js';
import { ACCESS_OPTION, accessDirectoryMissing, flagValue } from './options.js';

export const syncIdentitiesCommand: Command = {
  name: 'sync-identities',
  summary:
    'Bring identities/ in line with an HR export (CSV or SCIM 2.0 JSON); leavers lose their grants',
  options: {
    from: {
      type: 'string',
      required: true,
      value: 'FILE',
      description:
        'The HR export: a .csv file with the documented header, or SCIM 2.0 Users as JSON (a ListResponse or an array).',
      example: 'hr-export.csv',
    },
    access: ACCESS_OPTION,
    'dry-run': {
      type: 'boolean',
      default: false,
      description: 'Say what would change in identities/ and grants/ without writing.',
    },
    format: {
      type: 'string',
      default: 'text',
      value: 'FORMAT',
      choices: ['text', 'json'],
      description: 'How to print the changes and findings.',
    },
  },
  examples: [
    {
      does: 'see what an HR export would change',
      line: 'accessctl sync-identities --from hr-export.csv --dry-run',
    },
    { does: 'apply a SCIM export', line: 'accessctl sync-identities --from users.json' },
  ],
  async run(values, _positionals, io) {
    const format = flagValue('--format', () => parseFormat(values.format, ['text', 'json']));
    if (typeof values.from !== 'string' || values.from === '')
      throw new UsageError('--from FILE is required: the HR export, a .csv file or SCIM JSON');
    const accessDir = resolve(io.cwd, String(values.access));
    let result;
    try {
      result = await runSyncIdentities({
        accessDir,
        from: resolve(io.cwd, values.from),
        write: values['dry-run'] !== true,
      });
    } catch (error) {
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    const shown = (file: string) => relative(io.cwd, file) || file;
    if (format === 'json') {
      io.out(
        JSON.stringify(
          {
            findings: result.findings.map((f) => ({ ...f, file: shown(f.file) })),
            changes: result.changes,
            removedGrants: result.removedGrants,
            files: result.files.map((f) => ({
              path: shown(f.file),
              change: f.after === null ? 'deleted' : f.before === '' ? 'created' : 'edited',
            })),
          },
          null,
          2,
        ) + '\n',
      );
    } else if (result.findings.length > 0) {
      for (const f of result.findings)
        io.out(`${shown(f.file)}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}\n`);
      io.out(`${result.findings.length} problem(s) in the HR file: nothing was changed\n`);
    } else if (result.files.length === 0) {
      io.out('identities/ already matches the HR file: nothing to change\n');
    } else {
      for (const line of result.changes) io.out(`${line}\n`);
      for (const id of result.removedGrants) io.out(`grant ${id} removed: its subject left\n`);
      io.out(
        `${values['dry-run'] === true ? 'would change' : 'changed'} ${result.files.length} file(s): ${result.files.map((f) => shown(f.file)).join(', ')}\n`,
      );
    }
    return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
