import * as core from '@actions/core';
import { inertLog } from '../log/inert-log.js';
import type { Logger } from './log.js';

/** core.info for text that may hold anything from the repository. */
export function logText(text: string): void {
  core.info(inertLog(text));
}

/**
 * The client's log inside the Action: debug lines show only when the run is debugged,
 * warnings and errors become annotations on the run. @actions/core escapes the data of the
 * commands it writes itself (debug, warning, error); an info line is printed as it is.
 */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => logText(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};
