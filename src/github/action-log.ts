import * as core from '@actions/core';
import type { Logger } from './log.js';

/**
 * The client's log inside the Action: debug lines show only when the run is debugged,
 * warnings and errors become annotations on the run.
 */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};
