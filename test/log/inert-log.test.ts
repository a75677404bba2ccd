import { afterEach, describe, expect, it, vi } from 'vitest';

import { actionLogger, logText } from '../../src/github/action-log.js';
import { inertLog } from '../../src/log/inert-log.js';
import { parseCommand, runnerCommand } from '../harness/workflow-commands.js';
import { HOSTILE } from '../report/hostile-text.js';

/** The commands the runner reads in a log: its lines split at \n, \r and \r\n. */
function commandsIn(log: string): string[] {
  return log.split(/\r\n|\r|\n/).flatMap((line) => runnerCommand(line) ?? []);
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
  // the older form is read anywhere in a line, and .NET trims U+0085 as whitespace
  'access/grants/mid ##[add-mask]error.yaml',
  'stop ##[stop-commands]x.yaml',
  '› ##[set-output name=denied;]0',
  'line\n\u0085::add-mask::error',
  'line\n\u0085::set-output name=denied::0',
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
    expect(inertLog('a ##[error]b ##[x')).toBe('a ##›[error]b ##›[x');
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
    const commands = commandsIn(writes.join(''));
    // only the commands @actions/core writes itself, with the text escaped inside them
    expect(commands.sort()).toEqual(['debug', 'error', 'warning']);
  });
});
