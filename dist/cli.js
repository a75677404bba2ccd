import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import "./chunks/chunk-UWWLK6PE.js";

// src/cli.ts
import { parseArgs } from "node:util";

// src/commands/command.ts
var EXIT_USAGE = 2;
var UsageError = class extends Error {
};

// src/commands/index.ts
var commands = [];

// src/cli.ts
var HELP = `accessctl: access-as-code for GitHub

Usage: accessctl <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run "accessctl <command> --help" for a command's options.
`;
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name === void 0 ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === void 0) {
    io.err(`accessctl: unknown command "${name}"

${HELP}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${command.summary}

Usage: ${command.usage}
`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: command.allowPositionals ?? false,
      strict: true
    });
  } catch (error) {
    return usageFailure(command, error, io);
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, error, io);
    const message = error instanceof Error ? error.message : String(error);
    io.err(`accessctl ${command.name}: ${message}
`);
    if (process.env.ACCESSCTL_DEBUG && error instanceof Error && error.stack)
      io.err(`${error.stack}
`);
    return EXIT_USAGE + 1;
  }
}
function usageFailure(command, error, io) {
  const message = error instanceof Error ? error.message : String(error);
  io.err(`accessctl ${command.name}: ${message}
Usage: ${command.usage}
`);
  return EXIT_USAGE;
}
async function main() {
  const io = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd()
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
export {
  main,
  runCli
};
