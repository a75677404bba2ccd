import { afterEach, describe, expect, it, vi } from 'vitest';

import { actionLogger, logText } from '../../src/github/action-log.js';
import { inertLog } from '../../src/log/inert-log.js';
import { parseCommand } from '../harness/workflow-commands.js';
import { HOSTILE } from '../report/hostile-text.js';

/** Every line as the runner reads it: split at \n, \r and \r\n, leading whitespace trimmed. */
function commandsIn(log: string): string[] {
  return log
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.startsWith('##['));
}

const ATTACKS = [
  ...HOSTILE,
  'access/grants/x\n::warning file=a.yaml,line=1::pwned.yaml',
  'x\r::add-mask::secret',
  '   ::error::indented',
  '\t::notice::tab',
  '::stop-commands::token',
  '##[warning]legacy',
  'a\r\n::set-env name=X::1',
];

afterEach(() => vi.restoreAllMocks());

describe('repository text printed to the log', () => {
  it.each(ATTACKS)('%j starts no workflow command', (text) => {
    const log = inertLog(text);
    expect(commandsIn(log)).toEqual([]);
    for (const line of log.split(/\r\n|\r|\n/)) expect(parseCommand(line)).toBeUndefined();
  });

  it('keeps every other line as it is', () => {
    const text = 'access/grants/a.yaml:9:1 error max-duration: a::b\n  indented\n';
    expect(inertLog(text)).toBe(text);
    expect(inertLog('x\n::warning::y')).toBe('x\n› ::warning::y');
  });

  it.each(ATTACKS)('%j through logText and the client log starts no workflow command', (text) => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    logText(text);
    actionLogger.info(text);
    actionLogger.warn(text);
    actionLogger.error(text);
    actionLogger.debug(text);
    vi.restoreAllMocks();
    const commands = commandsIn(writes.join('')).map((line) => parseCommand(line)?.command);
    // only the commands @actions/core writes itself, with the text escaped inside them
    expect(commands.sort()).toEqual(['debug', 'error', 'warning']);
  });
});
