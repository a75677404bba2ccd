// Runs the job the `command` input names. Commands this version does not have yet end in
// one sentence that says so, rather than doing half a job.
import type { ActionInputs } from './inputs.js';
import { runPullRequestCheck } from './pr-check.js';
import { runEvidenceAction } from '../workflows/evidence/action.js';
import { runExpireAction } from '../workflows/expire/action.js';
import { runProvisionAction } from '../workflows/provision/action.js';
import { runReconcileAction } from '../workflows/reconcile/action.js';
import { runSyncIdentitiesAction } from '../workflows/sync-identities/action.js';

export async function dispatch(inputs: ActionInputs): Promise<void> {
  switch (inputs.command) {
    case 'check':
      return runPullRequestCheck(inputs);
    case 'expire':
      return runExpireAction(inputs);
    case 'provision':
      return runProvisionAction(inputs);
    case 'reconcile':
      return runReconcileAction(inputs);
    case 'evidence':
      return runEvidenceAction(inputs);
    case 'sync-identities':
      return runSyncIdentitiesAction(inputs);
    default:
      throw new Error(
        `command "${inputs.command}" is not available in this version of accessctl yet; ` +
          'pin the Action to a release that lists it in action.yml',
      );
  }
}
