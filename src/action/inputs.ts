import * as core from '@actions/core';

export const ACTION_COMMANDS = [
  'check',
  'provision',
  'reconcile',
  'expire',
  'evidence',
  'sync-identities',
] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** The Action's inputs, read and checked in one place. */
export interface ActionInputs {
  command: ActionCommand;
  accessDir: string;
  policiesDir: string;
  token: string;
}

export function readInputs(): ActionInputs {
  const command = core.getInput('command', { required: true });
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new Error(
      `input "command" is "${command}"; it must be one of ${ACTION_COMMANDS.join(', ')}`,
    );
  }
  return {
    command: command as ActionCommand,
    accessDir: core.getInput('access-dir') || 'access',
    policiesDir: core.getInput('policies-dir') || 'policies',
    token: core.getInput('token'),
  };
}
