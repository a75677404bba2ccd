import * as core from '@actions/core';
import { dispatch } from './action/dispatch.js';
import { readInputs } from './action/inputs.js';

/** The Action's entry: read the inputs once, run the chosen job, end in one sentence on failure. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    core.setSecret(inputs.token);
    await dispatch(inputs);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
