import { resolve } from 'node:path';
import { hasErrors } from '../model/finding.js';
import { AccessDirectoryError, loadAccessRepository } from '../model/load.js';
import { DEFAULT_MAX_FILE_SIZE } from '../model/model.js';
import { formatFindingsJson } from '../report/findings-json.js';
import { summarize } from '../report/findings-summary.js';
import { formatFindingsText } from '../report/findings-text.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { ACCESS_OPTION, accessDirectoryMissing, parseFormat } from './options.js';

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
    'max-file-size': {
      type: 'string',
      value: 'BYTES',
      defaultText: `${DEFAULT_MAX_FILE_SIZE} (${DEFAULT_MAX_FILE_SIZE / 1024 / 1024} MiB)`,
      description: 'A YAML file larger than this is reported instead of read.',
      example: '10485760',
    },
  },
  examples: [
    { does: 'check the example access repository', line: 'accessctl validate --access access' },
    { does: 'the same findings as JSON, for a script', line: 'accessctl validate --format json' },
  ],
  async run(values, _positionals, io) {
    const format = parseFormat(values.format, FORMATS);
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

function parseByteCount(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const text = String(value);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--max-file-size must be a positive number of bytes, got "${text}"`);
  return Number(text);
}
