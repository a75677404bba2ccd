import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';
import { defaultOf, usageLine } from '../../src/commands/help.js';
import { commands } from '../../src/commands/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd: ROOT,
  });
  return { code, out, err };
}

describe('accessctl help COMMAND and COMMAND --help', () => {
  it.each(commands.map((c) => [c.name, c] as const))(
    '%s: lists every option it accepts, with its default, choices and an example',
    async (name, command) => {
      const viaHelp = await run(['help', name]);
      const viaFlag = await run([name, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaFlag).toEqual(viaHelp);
      const help = viaHelp.out;
      for (const [option, spec] of Object.entries(command.options)) {
        const entry = help
          .split('\n')
          .findIndex((l) => new RegExp(`^  (-\\w, )?--${option}\\b`).test(l));
        expect(entry, `--${option} in the help of ${name}`).toBeGreaterThan(0);
        // the entry and its notes line
        const text = help
          .split('\n')
          .slice(entry, entry + 3)
          .join('\n');
        expect(spec.description.length, `--${option} says what it does`).toBeGreaterThan(10);
        const fallback = defaultOf(spec);
        if (fallback !== undefined) expect(text).toContain(`default: ${fallback}`);
        for (const choice of spec.choices ?? []) expect(text).toContain(choice);
        // a string flag shows a value to copy, unless its choices already are the values
        if (spec.type === 'string' && spec.choices === undefined)
          expect(text, `--${option} has an example`).toContain(`e.g. --${option} `);
      }
      expect(help).toMatch(new RegExp(`Examples:\\n  # .+\\n  .*accessctl ${name}\\b`));
    },
  );

  it.each(commands.map((c) => [c.name, c] as const))(
    '%s: the parser accepts exactly the options the help lists',
    async (name, command) => {
      const listed = [...(await run(['help', name])).out.matchAll(/^ {2}(?:-\w, )?--([\w-]+)/gm)]
        .map((m) => m[1])
        .filter((o) => o !== 'help');
      expect(listed.sort()).toEqual(Object.keys(command.options).sort());
      // and refuses one it does not list, pointing at the help
      const refused = await run([name, '--no-such-option']);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`Unknown option '--no-such-option'`);
      expect(refused.err).toContain(`Run "accessctl help ${name}" for every option.`);
    },
  );

  it('names an unknown command and lists the known ones', async () => {
    const { code, err } = await run(['help', 'chek']);
    expect(code).toBe(2);
    expect(err).toContain('accessctl help: unknown command "chek"');
    expect(err).toContain('  check ');
  });

  it('the top-level help points at help COMMAND and --version', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('accessctl help <command>');
    expect(out).toContain('accessctl --version');
  });
});

describe("README's table of commands", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it.each(commands.map((c) => [c.name, c] as const))(
    '%s: its row is the usage line the option table makes',
    (_name, command) => {
      const cell = `| \`${usageLine(command).replace(/\|/g, '\\|')}\` |`;
      expect(
        readme.split('\n').some((line) => line.startsWith(cell)),
        cell,
      ).toBe(true);
    },
  );
});

describe('accessctl --version', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };

  it("prints package.json's version", async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      out: `accessctl ${manifest.version}\n`,
      err: '',
    });
  });

  it('finds it from a bundle inside the package too (as dist/cli.js runs)', async () => {
    // built beside dist/, as the release build lays the bundle out, then removed
    const outdir = mkdtempSync(join(ROOT, '.version-bundle-'));
    try {
      await build({
        entryPoints: [join(ROOT, 'src/bin.ts')],
        bundle: true,
        format: 'esm',
        platform: 'node',
        packages: 'external',
        outfile: join(outdir, 'cli.js'),
        logLevel: 'silent',
      });
      const printed = execFileSync(process.execPath, [join(outdir, 'cli.js'), '--version'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(printed).toBe(`accessctl ${manifest.version}\n`);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
