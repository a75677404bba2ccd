import { parseArgs } from 'node:util';
import { EXIT_USAGE, UsageError, type Command, type Io } from './commands/command.js';
import { helpText, parserOptions, usageLine } from './commands/help.js';
import { commands } from './commands/index.js';
import { inertLog } from './log/inert-log.js';
import { packageVersion } from './version.js';

const HELP = `accessctl: access-as-code for GitHub

Usage: accessctl <command> [options]
       accessctl help <command>
       accessctl --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "accessctl help <command>" (or "accessctl <command> --help") for its options, their
defaults and examples.
`;

/** Runs one command line and returns its exit code. Never throws. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`accessctl ${packageVersion()}\n`);
    return 0;
  }
  if (name === 'help' && rest.length > 0) return help(rest[0] as string, io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`accessctl: unknown command "${name}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  // a value that happens to be "-h" (e.g. --run -h) is still a value: help only before "--"
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(helpText(command));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: parserOptions(command),
      allowPositionals: command.positionals !== undefined,
      strict: true,
    });
  } catch (error) {
    return usageFailure(command, error, io);
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, error, io);
    // An unexpected failure still ends in one sentence, never a stack trace, unless asked.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`accessctl ${command.name}: ${message}\n`);
    if (process.env.ACCESSCTL_DEBUG && error instanceof Error && error.stack)
      io.err(`${error.stack}\n`);
    return EXIT_USAGE + 1;
  }
}

function help(name: string, io: Io): number {
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`accessctl help: unknown command "${name}"\n\n${HELP}`);
    return EXIT_USAGE;
  }
  io.out(helpText(command));
  return 0;
}

function usageFailure(command: Command, error: unknown, io: Io): number {
  const message = error instanceof Error ? error.message : String(error);
  io.err(
    `accessctl ${command.name}: ${message}\nUsage: ${usageLine(command)}\nRun "accessctl help ${command.name}" for every option.\n`,
  );
  return EXIT_USAGE;
}

/** In a GitHub Actions step, no line of repository text printed by a command becomes a workflow command. */
function forLog(text: string): string {
  return process.env.GITHUB_ACTIONS === 'true' ? inertLog(text) : text;
}

/**
 * A reader that stops early (`accessctl check | head -1`) closes the pipe. That ends the run
 * without an EPIPE stack trace, with the status a shell gives a writer killed by SIGPIPE
 * (141), so `set -o pipefail` still sees that the output was cut short.
 */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(141);
    });
}

export async function main(): Promise<void> {
  const io: Io = {
    out: (text) => process.stdout.write(forLog(text)),
    err: (text) => process.stderr.write(forLog(text)),
    commands: (text) => process.stdout.write(text),
    cwd: process.cwd(),
  };
  exitQuietlyOnClosedPipe();
  process.exitCode = await runCli(process.argv.slice(2), io);
}
