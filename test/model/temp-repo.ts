import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_FIXTURE = fileURLToPath(new URL('../fixtures/model/base', import.meta.url));

const created: string[] = [];

/** A fresh access directory: the valid base fixture plus `files` (path inside access/ → text). */
export function accessDir(files: Record<string, string> = {}, base = true): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-model-'));
  created.push(root);
  const dir = join(root, 'access');
  if (base) cpSync(BASE_FIXTURE, dir, { recursive: true });
  else mkdirSync(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
