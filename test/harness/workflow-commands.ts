/**
 * What the runner does to a step's log: it takes `::add-mask::` lines as secrets to hide,
 * collects `::error::`, `::warning::` and `::notice::` as annotations, and shows every other
 * line with the secrets replaced by ***.
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunnerLog {
  /** The log as the runner shows it: masks applied, add-mask lines hidden. */
  visible: string;
  masks: string[];
  commands: WorkflowCommand[];
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseCommand(line: string): WorkflowCommand | undefined {
  const found = /^::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (found === null) return undefined;
  const [, command = '', rawProperties = '', message = ''] = found;
  const properties: Record<string, string> = {};
  for (const pair of rawProperties.split(',').filter((part) => part !== '')) {
    const equals = pair.indexOf('=');
    if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
  }
  return { command, properties, message: unescapeData(message) };
}

/** The command names the runner registers (its command extensions, and stop-commands). */
const REGISTERED = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

/**
 * The command the runner reads in one line, as its ActionCommand parses it: `::name ...::`
 * once the line's leading whitespace is trimmed (.NET's, which also counts U+0085), else the
 * older `##[name ...]` found anywhere in the line.
 */
export function runnerCommand(line: string): string | undefined {
  const trimmed = line.replace(/^[\s\u0085]+/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    const name = end < 0 ? '' : (trimmed.slice(2, end).split(' ')[0] ?? '');
    if (REGISTERED.has(name.toLowerCase())) return name;
  }
  const at = line.indexOf('##[');
  const close = at < 0 ? -1 : line.indexOf(']', at);
  const name = close < 0 ? '' : (line.slice(at + 3, close).split(' ')[0] ?? '');
  return REGISTERED.has(name.toLowerCase()) ? name : undefined;
}

export function applyRunner(raw: string, extraMasks: readonly string[] = []): RunnerLog {
  const masks = [...extraMasks];
  const commands: WorkflowCommand[] = [];
  const shown: string[] = [];
  for (const line of raw.split('\n')) {
    const command = parseCommand(line);
    if (command?.command === 'add-mask') {
      if (command.message !== '') masks.push(command.message);
      continue;
    }
    if (command !== undefined) commands.push(command);
    shown.push(line);
  }
  const mask = (text: string) => maskSecrets(text, masks);
  return {
    visible: mask(shown.join('\n')),
    masks,
    commands: commands.map((command) => ({ ...command, message: mask(command.message) })),
  };
}

export function maskSecrets(text: string, masks: readonly string[]): string {
  let result = text;
  // longest first, so a secret that contains another is hidden whole
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('***');
  }
  return result;
}
