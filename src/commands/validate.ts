import { resolve } from 'node:path';
import { hasErrors } from '../model/finding.js';
import { AccessDirectoryError, loadAccessRepository } from '../model/load.js';
import { formatFindingsJson } from '../report/findings/json.js';
import { summarize } from '../report/findings/summary.js';
import { formatFindingsText } from '../report/findings/text.js';
import { EXIT_FINDINGS, EXIT_OK, type Command } from './command.js';
import {
  ACCESS_OPTION,
  MAX_FILE_SIZE_OPTION,
  accessDirectoryMissing,
  flagValue,
} from './options.js';
import { parseByteCount, parseFormat } from '../options/index.js';

const FORMATS = ['text', 'json'] as const;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check the access repository: schema, references, duplicates, leavers',
  options: {
    access: ACCESS_OPTION,
    format: {
      type: 'string',
      default: 'text',
      value: 'FORMAT',
      choices: FORMATS,
      description: 'How to print the findings: lines for people, or JSON for tools.',
    },
    'max-file-size': MAX_FILE_SIZE_OPTION,
  },
  examples: [
    { does: 'check the example access repository', line: 'accessctl validate --access access' },
    { does: 'the same findings as JSON, for a script', line: 'accessctl validate --format json' },
  ],
  async run(values, _positionals, io) {
    const format = flagValue('--format', () => parseFormat(values.format, FORMATS));
    const maxFileSize = flagValue('--max-file-size', () => parseByteCount(values['max-file-size']));
    const dir = resolve(io.cwd, String(values.access));
    let model;
    try {
      model = await loadAccessRepository(dir, { maxFileSize });
    } catch (error) {
      if (error instanceof AccessDirectoryError) throw accessDirectoryMissing(values.access, dir);
      throw error;
    }
    const summary = summarize(model.findings, model.files.length, model.documents.length);
    const render = format === 'json' ? formatFindingsJson : formatFindingsText;
    io.out(render(model.findings, summary, io.cwd));
    return hasErrors(model.findings) ? EXIT_FINDINGS : EXIT_OK;
  },
};
