import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { buildAccessModel, workingTreeFile } from '../../src/model/index.js';

// A working-tree file is opened once, measured by that read, and never followed through a
// link; what cannot be read is the model's finding, not a crash.

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-file-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const file = (dir: string, name: string) =>
  workingTreeFile(join(dir, name), `access/grants/${name}`, `grants/${name}`, undefined);

describe('workingTreeFile', () => {
  it('measures a file in bytes by reading it, and gives its text once read', () => {
    const dir = folder({ 'a.yaml': 'reason: Zoë\n' });
    const a = file(dir, 'a.yaml');
    expect(a.size).toBe(Buffer.byteLength('reason: Zoë\n'));
    expect(a.read()).toBe('reason: Zoë\n');
    expect(a.read()).toBe('reason: Zoë\n');
  });

  it('measures a file larger than its buffer without reading it, and reads it when asked', () => {
    const big = `# ${'x'.repeat(2 * 1024 * 1024)}\n`;
    const dir = folder({ 'big.yaml': big });
    const model = buildAccessModel([file(dir, 'big.yaml')]);
    expect(model.findings.map((f) => [f.rule, f.message.slice(0, 20)])).toEqual([
      ['file-too-large', 'file is 2.0 MiB, ove'],
    ]);
    expect(file(dir, 'big.yaml').read()).toBe(big);
  });

  it('reports a file gone since it was listed, or replaced by a link, as unreadable', () => {
    const dir = folder({ 'target.yaml': 'kind: Grant\n' });
    symlinkSync(join(dir, 'target.yaml'), join(dir, 'link.yaml'));
    const model = buildAccessModel([file(dir, 'gone.yaml'), file(dir, 'link.yaml')]);
    expect(model.findings.map((f) => [f.rule, f.file])).toEqual([
      ['file-unreadable', 'access/grants/gone.yaml'],
      ['file-unreadable', 'access/grants/link.yaml'],
    ]);
    expect(model.documents).toEqual([]);
  });
});
