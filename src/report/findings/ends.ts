// Where a finding ends, as eslint's `endLine`/`endColumn` and SARIF's region give it: the
// rest of the YAML line the finding starts on (a key with its value, a whole line of a
// document), without trailing blanks or a trailing comment. The model keeps only where a
// value starts (see src/model/source.ts); the end is read back from the file when a report
// asks, each file once. A file that cannot be read again ends where it starts.
import { readFileSync } from 'node:fs';

import type { LocatedFinding } from '../../model/finding.js';

export interface FindingEnd {
  /** 1-based line of the last character. */
  endLine: number;
  /** 1-based column just past the last character (exclusive, as eslint and SARIF count). */
  endColumn: number;
}

export type EndedFinding<F extends LocatedFinding = LocatedFinding> = F & FindingEnd;

/** The findings with their ends, in the same order. */
export function withEnds<F extends LocatedFinding>(findings: readonly F[]): EndedFinding<F>[] {
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, readLines(file));
    return lines.get(file);
  };
  return findings.map((f) => ({ ...f, ...endOf(linesOf(f.file)?.[f.line - 1], f) }));
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

function endOf(line: string | undefined, f: LocatedFinding): FindingEnd {
  const start = f.column - 1;
  if (line === undefined || start >= line.length) return { endLine: f.line, endColumn: f.column };
  const rest = line.slice(start);
  // a comment starts at `#` after a blank (YAML 1.2); a `#` inside a value does not
  const comment = rest.search(/(^|\s)#/);
  const content = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
  return { endLine: f.line, endColumn: f.column + Math.max(content.length, 1) };
}
