// The access repository's settings: `accessctl.yaml` beside `access/` and `policies/`.
// Policies read these values as `input.config`; the pull-request check reads the file from
// the base commit, so a pull request cannot loosen the settings that judge it.
import { createPublicKey } from 'node:crypto';

import { composeYaml, type LocatedFinding } from '../model/index.js';
import { parseProvisioners, type ProvisionerSettings } from './provisioners.js';

/** How an expiry run removes what ended: a pull request, a direct commit, or only a report. */
export const EXPIRE_MODES = ['pr', 'commit', 'report'] as const;
export type ExpireMode = (typeof EXPIRE_MODES)[number];

export type { ExecSettings, PostgresSettings, ProvisionerSettings } from './provisioners.js';

export const CONFIG_FILE = 'accessctl.yaml';

export interface AccessConfig {
  approvals: { allowStale: boolean };
  /** Owner references (`user:login`, `team:slug`) whose approval changes to the rules need. */
  policyOwners: string[];
  breakGlass: {
    label: string;
    maxHours: number;
    /** Who may invoke break-glass by adding the label; the policy owners when unset. */
    allowedBy?: string[];
    /** An emergency grant is reviewed by an owner within this many hours after its merge. */
    reviewWithinHours: number;
  };
  /**
   * `mode`: how the Action's expiry run removes what ended when its `mode` input is empty.
   * `graceHours`: how long after its end a grant's removal may come before the audit calls it
   * late; see removalGraceHours.
   */
  expiry: { warnDays: number; mode?: ExpireMode; graceHours?: number };
  highRisk: { minReasonLength: number };
  /** Path prefixes whose changes need a policy owner's approval. */
  separation: { paths: string[] };
  /**
   * Reconcile may remove access the repository does not manage (granted by hand); false
   * leaves such access alone and only reports it.
   */
  prune: boolean;
  /** Systems besides GitHub, by the name catalog entries give as `provisioner:`. */
  provisioners: Record<string, ProvisionerSettings>;
  /**
   * A policy evaluation that runs longer than this is stopped and the check fails (a
   * policy that loops must not hold a pull request's check for hours).
   */
  evaluation: { timeoutSeconds: number };
  /**
   * `writeSpacingMs`: the least time between two writes the Action's provision and reconcile
   * make to the GitHub API (docs/provision.md, "Pacing"); ACCESSCTL_WRITE_SPACING_MS wins.
   */
  github: { writeSpacingMs?: number };
  /**
   * Resources with `provisioner: manual`: each change is an issue for the resource's owners,
   * under `label`; one still open after `slaDays` days is late (reconcile and evidence say so).
   */
  manual: { slaDays: number; label: string };
  /**
   * `publicKey`: the Ed25519 public key (PEM) that base snapshots must be signed with to be
   * used by the pull-request check (src/model/base-snapshot.ts); without it none is used.
   */
  snapshot: { publicKey?: string };
}

export const DEFAULT_CONFIG: AccessConfig = {
  approvals: { allowStale: false },
  policyOwners: [],
  breakGlass: { label: 'emergency', maxHours: 24, reviewWithinHours: 72 },
  expiry: { warnDays: 14 },
  highRisk: { minReasonLength: 30 },
  separation: { paths: ['policies/', 'access/catalog/', CONFIG_FILE] },
  prune: false,
  provisioners: {},
  evaluation: { timeoutSeconds: 30 },
  github: {},
  manual: { slaDays: 5, label: 'accessctl-manual' },
  snapshot: {},
};

/**
 * Hours after a grant's end within which its removal is on time: `expiry.graceHours` when the
 * file says it, else what the schedule the mode goes with allows. `commit` mode is the hourly
 * run that commits its removals itself, so a removal within the hour is on time; a removal
 * through a pull request waits for a person, so by default any delay is shown.
 */
export function removalGraceHours(config: AccessConfig): number {
  return config.expiry.graceHours ?? (config.expiry.mode === 'commit' ? 1 : 0);
}

/** The file could not be used: every problem, each located at its line. */
export class ConfigError extends Error {
  constructor(
    readonly findings: LocatedFinding[],
    /** Where the file was read from, when it is not the working tree (a base commit). */
    readonly origin?: string,
  ) {
    super(
      (origin === undefined
        ? ''
        : `${CONFIG_FILE} ${origin} is invalid; fix it in a pull request of its own:\n`) +
        (findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n') ||
          'invalid config'),
    );
    this.name = 'ConfigError';
  }
}

type Check = (value: unknown) => string | undefined;

const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const positiveInteger: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0
    ? undefined
    : 'must be a whole number above 0';
/**
 * The longest an evaluation may be given, in seconds. The policies a merge brings judge every
 * later request, provisioning run and audit: a loop merged with a deadline of days would hold
 * each of them that long, where ten minutes is far past what 100,000 grants need (2 s).
 */
export const MAX_EVALUATION_SECONDS = 600;
const evaluationSeconds: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_EVALUATION_SECONDS
    ? undefined
    : `must be a whole number of seconds from 1 to ${MAX_EVALUATION_SECONDS}`;
const nonNegativeInteger: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0
    ? undefined
    : 'must be a whole number, 0 or more';
const expiryMode: Check = (v) =>
  (EXPIRE_MODES as readonly unknown[]).includes(v) ? undefined : 'must be pr, commit or report';
const text: Check = (v) =>
  typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string';
const strings: Check = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === 'string' && item !== '')
    ? undefined
    : 'must be a list of non-empty strings';
const ownerRefs: Check = (v) => {
  const problem = strings(v);
  if (problem !== undefined) return problem;
  const bad = (v as string[]).find((ref) => !/^(user|team):[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref));
  return bad === undefined ? undefined : `has "${bad}"; each owner is user:LOGIN or team:SLUG`;
};

const ed25519PublicKey: Check = (v) => {
  if (typeof v !== 'string') return 'must be an Ed25519 public key in PEM (BEGIN PUBLIC KEY)';
  try {
    const key = createPublicKey(v);
    return key.asymmetricKeyType === 'ed25519'
      ? undefined
      : `is an ${key.asymmetricKeyType ?? 'unknown'} key; it must be Ed25519 (openssl genpkey -algorithm ed25519)`;
  } catch {
    return 'is not a public key in PEM; print one with `openssl pkey -in KEY.pem -pubout`';
  }
};

/** Every key the file may hold, by its path, with the check its value must pass. */
const SCHEMA: Record<string, Record<string, Check> | Check> = {
  approvals: { allowStale: bool },
  policyOwners: ownerRefs,
  breakGlass: {
    label: text,
    maxHours: positiveInteger,
    allowedBy: ownerRefs,
    reviewWithinHours: positiveInteger,
  },
  expiry: { warnDays: nonNegativeInteger, mode: expiryMode, graceHours: nonNegativeInteger },
  highRisk: { minReasonLength: nonNegativeInteger },
  separation: { paths: strings },
  prune: bool,
  evaluation: { timeoutSeconds: evaluationSeconds },
  github: { writeSpacingMs: nonNegativeInteger },
  manual: { slaDays: positiveInteger, label: text },
  snapshot: { publicKey: ed25519PublicKey },
};

/** Sections whose keys are names the user picks, each checked by a parser of its own. */
const NAMED_SECTIONS: Record<
  string,
  (value: unknown, problem: (pointer: string, message: string) => void) => unknown
> = {
  provisioners: parseProvisioners,
};

/**
 * Reads the config from its text; `undefined` text (no file) gives the defaults. Throws a
 * ConfigError naming each bad key at its file:line:column.
 */
export function parseConfig(file: string, source: string | undefined): AccessConfig {
  if (source === undefined || source.trim() === '') return structuredClone(DEFAULT_CONFIG);
  const composed = composeYaml(file, source);
  if (composed.findings.some((f) => f.severity === 'error'))
    throw new ConfigError(composed.findings.filter((f) => f.severity === 'error'));
  const only = composed.documents[0];
  // a file of comments only is a file without settings
  if (composed.documents.length === 0 || (composed.documents.length === 1 && only?.value === null))
    return structuredClone(DEFAULT_CONFIG);
  if (composed.documents.length !== 1) {
    throw new ConfigError([
      located(file, 1, 1, `holds ${composed.documents.length} documents; keep exactly one`),
    ]);
  }
  const doc = composed.documents[0]!;
  const at = (pointer: string, key = true) => {
    const where = key ? doc.source.locateKey(pointer) : doc.source.locate(pointer);
    return { line: where.line, column: where.column };
  };
  const problems: LocatedFinding[] = [];
  const problem = (pointer: string, message: string, key = true) => {
    const where = at(pointer, key);
    problems.push(located(file, where.line, where.column, message));
  };
  const root = doc.value;
  if (!isRecord(root)) {
    problem('', 'must be a mapping of settings (approvals:, policyOwners:, ...)', false);
    throw new ConfigError(problems);
  }
  const config = structuredClone(DEFAULT_CONFIG) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(root)) {
    const named = NAMED_SECTIONS[key];
    if (named !== undefined) {
      config[key] = named(value, problem);
      continue;
    }
    const rule = SCHEMA[key];
    if (rule === undefined) {
      problem(
        `/${key}`,
        `unknown setting "${key}"; known: ${[...Object.keys(SCHEMA), ...Object.keys(NAMED_SECTIONS)].join(', ')}`,
      );
      continue;
    }
    if (typeof rule === 'function') {
      const bad = rule(value);
      if (bad === undefined) config[key] = value;
      else problem(`/${key}`, `${key} ${bad}`);
      continue;
    }
    if (!isRecord(value)) {
      problem(`/${key}`, `${key} must be a mapping with ${Object.keys(rule).join(', ')}`);
      continue;
    }
    const section = config[key] as Record<string, unknown>;
    for (const [child, childValue] of Object.entries(value)) {
      const check = rule[child];
      if (check === undefined) {
        problem(
          `/${key}/${child}`,
          `unknown setting "${key}.${child}"; known: ${Object.keys(rule)
            .map((name) => `${key}.${name}`)
            .join(', ')}`,
        );
        continue;
      }
      const bad = check(childValue);
      if (bad === undefined) section[child] = childValue;
      else problem(`/${key}/${child}`, `${key}.${child} ${bad}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as unknown as AccessConfig;
}

function located(file: string, line: number, column: number, message: string): LocatedFinding {
  return { rule: 'config', severity: 'error', message, file, line, column };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
