// What `accessctl COMMAND --help` prints and what the parser accepts, both read from the
// command's one option table.
import type { ParseArgsConfig } from 'node:util';

import type { Command, OptionSpec } from './command.js';

type ParserOptions = NonNullable<ParseArgsConfig['options']>;

/** The command's flags as node:util's parseArgs takes them. */
export function parserOptions(command: Command): ParserOptions {
  const options: ParserOptions = {};
  for (const [name, spec] of Object.entries(command.options))
    options[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === true ? { multiple: true } : {}),
      ...(spec.default === undefined ? {} : { default: spec.default }),
    };
  return options;
}

function flag(name: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : '';
  return `${spec.short === undefined ? '' : `-${spec.short}, `}--${name}${value}`;
}

/** `accessctl check [--access DIR] [--base REF] ...`: required flags first, bare. */
export function usageLine(command: Command): string {
  const entries = Object.entries(command.options);
  const required = entries.filter(([, s]) => s.required === true);
  const optional = entries.filter(([, s]) => s.required !== true);
  const shown = (name: string, spec: OptionSpec) => {
    const value = spec.choices?.join('|') ?? spec.value ?? 'VALUE';
    return `--${name}${spec.type === 'string' ? ` ${value}` : ''}${spec.multiple === true ? '...' : ''}`;
  };
  return [
    `accessctl ${command.name}`,
    ...(command.positionals === undefined ? [] : [command.positionals.name]),
    ...required.map(([n, s]) => shown(n, s)),
    ...optional.map(([n, s]) => `[${shown(n, s)}]`),
  ].join(' ');
}

/** The default as help states it, or undefined when the flag has none. */
export function defaultOf(spec: OptionSpec): string | undefined {
  if (spec.defaultText !== undefined) return spec.defaultText;
  if (spec.default === undefined || spec.default === false) return undefined;
  return spec.default === '' ? '"" (off)' : String(spec.default);
}

/** Every flag with what it does, its choices, its default and an example; then examples. */
export function helpText(command: Command): string {
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const notes = [
      spec.choices === undefined ? undefined : `one of: ${spec.choices.join(', ')}`,
      spec.required === true ? 'required' : undefined,
      defaultOf(spec) === undefined ? undefined : `default: ${defaultOf(spec)}`,
      spec.multiple === true ? 'may be repeated' : undefined,
      spec.example === undefined ? undefined : `e.g. --${name} ${spec.example}`,
    ].filter((n) => n !== undefined);
    return { flag: flag(name, spec), text: spec.description, notes };
  });
  rows.push({ flag: '-h, --help', text: 'Show this help and exit.', notes: [] });
  const width = Math.min(32, Math.max(...rows.map((r) => r.flag.length)) + 2);
  const indent = ' '.repeat(width + 2);
  const lines = [
    `accessctl ${command.name}: ${command.summary}`,
    '',
    `Usage: ${usageLine(command)}`,
  ];
  if (command.positionals !== undefined)
    lines.push(
      '',
      'Arguments:',
      `  ${command.positionals.name.padEnd(width)}${command.positionals.description}`,
    );
  lines.push('', 'Options:');
  for (const row of rows) {
    const head = `  ${row.flag}`;
    lines.push(
      head.length > width + 1
        ? `${head}\n${indent}${row.text}`
        : `${head.padEnd(width + 2)}${row.text}`,
    );
    if (row.notes.length > 0) lines.push(`${indent}(${row.notes.join('; ')})`);
  }
  lines.push('', 'Examples:');
  for (const example of command.examples) lines.push(`  # ${example.does}`, `  ${example.line}`);
  return `${lines.join('\n')}\n`;
}
