// Runs the job the `command` input names, with the inputs read for it.
import { runEvidenceAction } from './evidence.js';
import { runExpireAction } from './expire.js';
import type { ActionInputs } from './inputs.js';
import { runPullRequestCheck } from './pr-check.js';
import { runProvisionAction } from './provision.js';
import { runReconcileAction } from './reconcile.js';
import { runSnapshotAction } from './snapshot.js';
import { runSyncIdentitiesAction } from './sync-identities.js';

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
    case 'snapshot':
      return runSnapshotAction(inputs);
  }
}
