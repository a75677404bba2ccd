// Reads the CSV HR export. The header names the columns (any order; only `login` and
// `status` are required); each row is one person. csv-parse does the RFC 4180 work
// (quotes, embedded commas and line breaks, a byte-order mark) and says on which line each
// record starts.
import { CsvError, parse } from 'csv-parse/sync';
import { LineIndex } from '../../model/index.js';
import { hrFinding, type HrFile, type Person, type PersonField } from './person.js';

/** The documented header: column names as written in the file, and the field each fills. */
export const CSV_COLUMNS: Record<string, PersonField> = {
  login: 'login',
  name: 'name',
  email: 'email',
  team: 'team',
  status: 'status',
  left_on: 'leftOn',
  type: 'type',
  sponsor: 'sponsor',
  contract_ends: 'contractEnds',
};
const REQUIRED = ['login', 'status'];

export function readCsv(file: string, text: string): HrFile {
  const lines = new LineIndex(file, text);
  let records: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: false,
      skip_empty_lines: true,
      trim: true,
      // csv-parse's types do not follow the `info` option: each record comes with its info
    }) as unknown as { record: string[]; info: { lines: number; raw?: string } }[];
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 1;
    const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : '';
    return {
      people: [],
      findings: [
        hrFinding(
          { file, line, column: 1 },
          `not a valid CSV file: ${reason}; fix the row (RFC 4180: quote fields holding commas, quotes or line breaks)`,
        ),
      ],
    };
  }
  const [header, ...rows] = records;
  if (header === undefined)
    return {
      people: [],
      findings: [
        hrFinding(
          lines.locate(0),
          `the file is empty; start it with the header ${Object.keys(CSV_COLUMNS).join(',')}`,
        ),
      ],
    };
  const findings = [];
  const fields: (PersonField | undefined)[] = [];
  const headerLine = header.info.lines;
  for (const [i, name] of header.record.entries()) {
    const field = CSV_COLUMNS[name.toLowerCase()];
    if (field === undefined)
      findings.push(
        hrFinding(
          columnOf(file, headerLine, header.info.raw, i),
          `unknown column "${name}"; the header may name: ${Object.keys(CSV_COLUMNS).join(', ')}`,
        ),
      );
    fields.push(field);
  }
  for (const name of REQUIRED)
    if (!header.record.some((h) => h.toLowerCase() === name))
      findings.push(
        hrFinding(
          { file, line: headerLine, column: 1 },
          `the header has no "${name}" column; add it (documented header: ${Object.keys(CSV_COLUMNS).join(',')})`,
        ),
      );
  if (findings.length > 0) return { people: [], findings };

  const people: Person[] = rows.map(({ record, info }) => {
    // `lines` is the line the record ends on; a record spans as many lines as its raw text
    const raw = (info.raw ?? '').replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = info.lines - raw.split('\n').length + 1;
    const person: Person = { at: { file, line, column: 1 }, values: {}, where: {} };
    record.forEach((value, i) => {
      const field = fields[i];
      if (field === undefined || value === '') return;
      person.values[field] = value;
      person.where[field] = columnOf(file, line, info.raw, i);
    });
    return person;
  });
  return { people, findings: [] };
}

/** Where the `index`th field of a record starts, when the record is one line; else its line. */
function columnOf(file: string, line: number, written: string | undefined, index: number) {
  // skipped blank lines before the record come with its raw text
  const raw = written?.replace(/^(?:\r?\n)+/, '');
  if (raw === undefined || raw.replace(/\r?\n$/, '').includes('\n'))
    return { file, line, column: 1 };
  let column = 1;
  let field = 0;
  let quoted = false;
  for (let at = 0; at < raw.length && field < index; at++) {
    const char = raw[at];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      field++;
      column = at + 2;
    }
  }
  return { file, line, column };
}
