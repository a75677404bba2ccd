import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { codeownersCommand } from './codeowners.js';
import type { Command } from './command.js';
import { evalCommand } from './eval.js';
import { evidenceCommand } from './evidence.js';
import { expireCommand } from './expire.js';
import { inputCommand } from './input.js';
import { planCommand } from './plan.js';
import { provisionCommand } from './provision.js';
import { reconcileCommand } from './reconcile.js';
import { snapshotCommand } from './snapshot.js';
import { syncIdentitiesCommand } from './sync-identities.js';
import { testCommand } from './test.js';
import { validateCommand } from './validate.js';

/** Every `accessctl` sub-command, in the order `accessctl --help` lists them. */
export const commands: Command[] = [
  validateCommand,
  checkCommand,
  inputCommand,
  buildCommand,
  evalCommand,
  testCommand,
  codeownersCommand,
  snapshotCommand,
  expireCommand,
  syncIdentitiesCommand,
  planCommand,
  provisionCommand,
  reconcileCommand,
  evidenceCommand,
];
