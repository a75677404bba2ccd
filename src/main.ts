import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';

/** The Action's entry: read the inputs once, run the chosen job, end in one sentence on failure. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    core.setSecret(inputs.token);
    core.setFailed(
      `command "${inputs.command}" is not available in this version of accessctl yet; ` +
        'pin the Action to a release that lists it in action.yml',
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
