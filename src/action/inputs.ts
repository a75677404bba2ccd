// Every input of the Action (action.yml), read and checked here and nowhere else: one typed
// value per command, so a job gets exactly the inputs it documents, and a bad value stops the
// run before it starts, in a sentence that names the input.
import * as core from '@actions/core';

import {
  OptionValueError,
  parseMaxRemovals,
  parseNow,
  parseWarnDays,
  parseJudgeMinutes,
  parseWindowBound,
} from '../options/index.js';
import { DEFAULT_EVIDENCE_BRANCH } from '../provisioners/evidence-branch.js';
import { EXPIRE_MODES, type ExpireMode } from '../config/config.js';

export const ACTION_COMMANDS = [
  'check',
  'provision',
  'reconcile',
  'expire',
  'evidence',
  'sync-identities',
  'snapshot',
] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** What every command reads. */
export interface CommonInputs {
  accessDir: string;
  policiesDir: string;
  token: string;
}

/** The evidence log: a JSON Lines file in the workspace, or a branch of the repository. */
export type EvidenceLogInput = { file: string } | { branch: string };

/** The guard of a run that changes access: a removal limit, and what overrides it. */
export interface ApplyInputs {
  now: Date;
  maxRemovals: number;
  force: boolean;
  allowUnapproved: boolean;
  evidenceLog: EvidenceLogInput;
}

export interface CheckInputs extends CommonInputs {
  command: 'check';
}

export interface ProvisionInputs extends CommonInputs, ApplyInputs {
  command: 'provision';
  dryRun: boolean;
}

export interface ReconcileInputs extends CommonInputs, ApplyInputs {
  command: 'reconcile';
  apply: boolean;
  /** Absent: no limit (see `judge-minutes`). */
  judgeUntil?: number;
}

export interface ExpireInputs extends CommonInputs {
  command: 'expire';
  now: Date;
  /** Absent: `expiry.mode` of accessctl.yaml decides, else `pr`. */
  mode?: ExpireMode;
  /** Absent: `expiry.warnDays` of accessctl.yaml decides. */
  warnDays?: number;
  /** Absent: no limit (see `judge-minutes`). */
  judgeUntil?: number;
}

export interface EvidenceInputs extends CommonInputs {
  command: 'evidence';
  now: Date;
  since?: Date;
  until?: Date;
  evidenceLog: EvidenceLogInput;
}

export interface SyncIdentitiesInputs extends CommonInputs {
  command: 'sync-identities';
  /** The HR export in the workspace; empty when a repository_dispatch payload brings it. */
  from: string;
}

export interface SnapshotInputs extends CommonInputs {
  command: 'snapshot';
  /** The Ed25519 private key (PEM) that signs the snapshot; masked in the log. */
  key: string;
}

/** The Action's inputs, read and checked in one place. */
export type ActionInputs =
  | CheckInputs
  | ProvisionInputs
  | ReconcileInputs
  | ExpireInputs
  | EvidenceInputs
  | SyncIdentitiesInputs
  | SnapshotInputs;

export function readInputs(): ActionInputs {
  const command = core.getInput('command', { required: true });
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new Error(
      `input "command" is "${command}"; it must be one of ${ACTION_COMMANDS.join(', ')}`,
    );
  }
  const common: CommonInputs = {
    accessDir: core.getInput('access-dir') || 'access',
    policiesDir: core.getInput('policies-dir') || 'policies',
    token: core.getInput('token'),
  };
  switch (command as ActionCommand) {
    case 'check':
      return { command: 'check', ...common };
    case 'provision':
      return {
        command: 'provision',
        ...common,
        ...applyInputs(),
        dryRun: booleanInput('dry-run'),
      };
    case 'reconcile':
      return {
        command: 'reconcile',
        ...common,
        ...applyInputs(),
        apply: booleanInput('apply'),
        ...judgeUntil(),
      };
    case 'expire': {
      const mode = expireMode();
      const warnDays = parsed('warn-days', parseWarnDays);
      return {
        command: 'expire',
        ...common,
        now: parsed('now', parseNow),
        ...(mode === undefined ? {} : { mode }),
        ...(warnDays === undefined ? {} : { warnDays }),
        ...judgeUntil(),
      };
    }
    case 'evidence': {
      const since = parsed('since', (value) => parseWindowBound(value, 'start'));
      const until = parsed('until', (value) => parseWindowBound(value, 'end'));
      return {
        command: 'evidence',
        ...common,
        now: parsed('now', parseNow),
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
        evidenceLog: evidenceLog(),
      };
    }
    case 'sync-identities':
      return { command: 'sync-identities', ...common, from: core.getInput('from') };
    case 'snapshot': {
      const key = core.getInput('snapshot-key');
      for (const line of key.split('\n')) if (line.trim() !== '') core.setSecret(line.trim());
      return { command: 'snapshot', ...common, key };
    }
  }
}

function applyInputs(): ApplyInputs {
  return {
    now: parsed('now', parseNow),
    maxRemovals: parsed('max-removals', parseMaxRemovals),
    force: booleanInput('force'),
    allowUnapproved: booleanInput('allow-unapproved'),
    evidenceLog: evidenceLog(),
  };
}

/** `judge-minutes` as the moment judging stops, counted from now; nothing when empty. */
function judgeUntil(): { judgeUntil?: number } {
  const minutes = parsed('judge-minutes', parseJudgeMinutes);
  return minutes === undefined ? {} : { judgeUntil: Date.now() + minutes };
}

/** `evidence-file` when set, else `evidence-branch`. */
function evidenceLog(): EvidenceLogInput {
  const file = core.getInput('evidence-file');
  if (file !== '') return { file };
  return { branch: core.getInput('evidence-branch') || DEFAULT_EVIDENCE_BRANCH };
}

function expireMode(): ExpireMode | undefined {
  const mode = core.getInput('mode');
  if (mode === '') return undefined;
  if (!(EXPIRE_MODES as readonly string[]).includes(mode))
    throw new Error(`input "mode" is "${mode}"; it must be one of ${EXPIRE_MODES.join(', ')}`);
  return mode as ExpireMode;
}

/**
 * A flag-like input: absent is false. A value that is not a boolean is refused rather than
 * read as false, so `dry-run: yes` never applies a plan. The accepted spellings are those of
 * the toolkit's getBooleanInput (YAML 1.2 core schema); its message does not say the value.
 */
function booleanInput(name: string): boolean {
  const value = core.getInput(name);
  if (value === '') return false;
  try {
    return core.getBooleanInput(name);
  } catch (error) {
    throw new Error(`input "${name}" is "${value}"; it must be true or false`, { cause: error });
  }
}

/** An input read by a parser the CLI shares: a value it refuses is an error naming the input. */
function parsed<T>(name: string, parse: (value: string) => T): T {
  try {
    return parse(core.getInput(name));
  } catch (error) {
    if (error instanceof OptionValueError)
      throw new Error(`input "${name}": ${error.message}`, { cause: error });
    throw error;
  }
}
