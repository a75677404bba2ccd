/** Runs the bundled Action as a runner would, against the emulator, in a real git workspace. */
export { runAction, inputVariable, type ActionRun, type RunActionOptions } from './run-action.js';
export { buildEvent, type EventRequest, type GitHubEvent } from './events.js';
export { createGitWorkspace, type CommitSpec, type GitWorkspace } from './git-workspace.js';
export { checkoutEmulatorRepo, type CheckoutOptions } from './emulator-checkout.js';
export { parseCommandFile } from './outputs.js';
export { applyRunner, parseCommand, type WorkflowCommand } from './workflow-commands.js';
export { runCliWith } from './run-cli.js';
