/**
 * A strict RFC 4180 reader for the tests: fields separated by commas, records by CRLF,
 * quoted fields may hold commas, CR, LF and doubled quotes. Anything else is an error, so
 * a writer that quotes wrongly fails the test instead of being read generously.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  let quoted = false;
  let started = false;
  while (at < text.length) {
    const char = text[at] as string;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 2;
      } else if (char === '"') {
        quoted = false;
        at += 1;
        const next = text[at];
        if (next !== ',' && next !== '\r' && next !== undefined)
          throw new Error(`character after a closing quote at ${at}`);
      } else {
        field += char;
        at += 1;
      }
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${at}`);
      quoted = true;
      started = true;
      at += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      at += 1;
    } else if (char === '\r') {
      if (text[at + 1] !== '\n') throw new Error(`CR without LF at ${at}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      started = false;
      at += 2;
    } else if (char === '\n') {
      throw new Error(`bare LF outside quotes at ${at}`);
    } else {
      field += char;
      started = true;
      at += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (started || field !== '' || record.length > 0) throw new Error('last record lacks CRLF');
  return records;
}
