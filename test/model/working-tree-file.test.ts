import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { buildAccessModel, workingTreeFile } from '../../src/model/index.js';
import { ReadAhead } from '../../src/model/read-ahead.js';

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

describe('files read ahead in a thread of their own', () => {
  // Each odd file of the cases above, among enough plain grants for several of the
  // thread's batches, in the order the model reads them.
  function repository(): { dir: string; names: string[] } {
    const files: Record<string, string> = {
      'a-zoe.yaml': 'reason: Zoë\n',
      'b-big.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n`,
      'c-latin1.yaml': '',
      'd-target.yaml': 'kind: Grant\n',
    };
    for (let n = 0; n < 700; n++)
      files[`g-${String(n).padStart(4, '0')}.yaml`] =
        `kind: Grant\nid: g-${n}\nsubject: user:u${n % 7}\nresource: github:repo/acme/app\nrole: pull\nreason: Reads the code ${n}\n`;
    const dir = folder(files);
    writeFileSync(join(dir, 'c-latin1.yaml'), Buffer.from([0x72, 0x3a, 0x20, 0xe9, 0x0a]));
    symlinkSync(join(dir, 'd-target.yaml'), join(dir, 'e-link.yaml'));
    const names = [...Object.keys(files), 'e-link.yaml', 'f-gone.yaml'].sort();
    return { dir, names };
  }

  const load = (dir: string, names: string[], ahead?: ReadAhead) =>
    buildAccessModel(
      names.map((name) =>
        workingTreeFile(
          join(dir, name),
          `access/grants/${name}`,
          `grants/${name}`,
          undefined,
          ahead,
        ),
      ),
    );

  it('gives the model it gives when this thread reads them', () => {
    const { dir, names } = repository();
    const ahead = new ReadAhead(
      names.map((name) => join(dir, name)),
      1024 * 1024,
    );
    const threaded = load(dir, names, ahead);
    ahead.close();
    const here = load(dir, names);
    expect(threaded.findings).toEqual(here.findings);
    expect(threaded.documents).toEqual(here.documents);
    expect(threaded.documents.length).toBeGreaterThanOrEqual(700);
    expect(here.findings.map((f) => [f.rule, f.file.slice(14)])).toEqual(
      expect.arrayContaining([
        ['file-too-large', 'b-big.yaml'],
        ['file-unreadable', 'e-link.yaml'],
        ['file-unreadable', 'f-gone.yaml'],
      ]),
    );
  });

  it('leaves to this thread every file not taken when it is closed', () => {
    const { dir, names } = repository();
    const ahead = new ReadAhead(
      names.map((name) => join(dir, name)),
      1024 * 1024,
    );
    ahead.close();
    const started = performance.now();
    expect(load(dir, names, ahead).documents).toEqual(load(dir, names).documents);
    // no wait for a thread that will not answer
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
