import { resolve } from 'node:path';
import { hasErrors } from '../model/finding.js';
import { AccessDirectoryError, loadAccessRepository } from '../model/load.js';
import { formatFindingsJson } from '../report/findings-json.js';
import { summarize } from '../report/findings-summary.js';
import { formatFindingsText } from '../report/findings-text.js';
import { EXIT_FINDINGS, EXIT_OK, type Command } from './command.js';
import { accessDirectoryMissing, parseByteCount, parseFormat } from './options.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check the access repository: schema, references, duplicates, leavers',
  usage: 'accessctl validate [--access DIR] [--format text|json] [--max-file-size BYTES]',
  options: {
    access: { type: 'string', default: 'access' },
    format: { type: 'string', default: 'text' },
    'max-file-size': { type: 'string' },
  },
  async run(values, _positionals, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    const maxFileSize = parseByteCount(values['max-file-size']);
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
