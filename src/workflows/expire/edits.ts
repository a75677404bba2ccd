// Turns the removals into new file contents, one file at a time. A file that cannot be edited
// safely is left as it is and reported; the others still go ahead.
import { readFileSync } from 'node:fs';
import { DocumentEditError, removeDocuments } from '../../model/edit.js';
import type { Removal } from '../../model/expiry.js';

export interface FileEdit {
  /** The file as the model names it (the access directory joined with its path inside). */
  file: string;
  before: string;
  /** The new content, or null to delete the file. */
  after: string | null;
  removals: Removal[];
}

export interface SkippedFile {
  file: string;
  message: string;
  removals: Removal[];
}

export function planEdits(removals: Removal[]): { edits: FileEdit[]; skipped: SkippedFile[] } {
  const byFile = new Map<string, Removal[]>();
  for (const removal of removals) {
    const list = byFile.get(removal.file) ?? [];
    list.push(removal);
    byFile.set(removal.file, list);
  }
  const edits: FileEdit[] = [];
  const skipped: SkippedFile[] = [];
  for (const [file, list] of byFile) {
    let before: string;
    try {
      before = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ file, message: `cannot read it (${reason})`, removals: list });
      continue;
    }
    try {
      const after = removeDocuments(file, before, new Set(list.map((r) => r.index)));
      edits.push({ file, before, after, removals: list });
    } catch (error) {
      if (!(error instanceof DocumentEditError)) throw error;
      skipped.push({ file, message: error.message, removals: list });
    }
  }
  return { edits, skipped };
}
