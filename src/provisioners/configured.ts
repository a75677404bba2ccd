// The provisioners a run can use: GitHub and manual (issues for the owners) always, plus
// every system `accessctl.yaml` names under `provisioners:`. Settings come from the file; secrets only from the environment, so
// the file can be reviewed and committed like any other.
import type { AccessConfig } from '../config/config.js';
import { createGitHubClient, type GitHubClient } from '../github/index.js';
import { ExecProvisioner } from './exec.js';
import { GitHubProvisioner } from './github.js';
import { ManualProvisioner, type ManualIssueWriter } from './manual.js';
import { PostgresProvisioner } from './postgres.js';
import type { Provisioner } from './provisioner.js';

export interface ProvisionerFactoryOptions {
  /** The organisation of `github:team/<slug>` resources whose catalog entry has no `config.org`. */
  org?: string;
  /** A ready client, e.g. one with the Action's logger; made from GITHUB_TOKEN otherwise. */
  githubClient?: GitHubClient;
  /** The folder relative paths in the settings (an exec command) are resolved against. */
  cwd?: string;
  /** "owner/name" of the access repository: where manual changes are opened as issues. */
  repository?: string;
  /** Words a manual change's issue (src/report/manual/issue.ts). */
  manualIssue?: ManualIssueWriter;
}

/** The environment lacks something a provisioner needs; the message names it. */
export class ProvisionerSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionerSetupError';
  }
}

/**
 * GitHub, then each configured provisioner in the file's order. A secret a provisioner lacks
 * (a password variable not set) is reported when it first connects, so the other systems
 * are still provisioned; only GitHub's token is required up front.
 */
export function createProvisioners(
  config: AccessConfig,
  env: NodeJS.ProcessEnv,
  options: ProvisionerFactoryOptions = {},
): Provisioner[] {
  const client = githubClient(env, options);
  const github = new GitHubProvisioner({
    client,
    ...(options.org === undefined ? {} : { defaultOrg: options.org }),
  });
  const provisioners: Provisioner[] = [
    github,
    new ManualProvisioner({
      client,
      repository: options.repository ?? '',
      ...(options.org === undefined ? {} : { org: options.org }),
      label: config.manual.label,
      ...(options.manualIssue === undefined ? {} : { write: options.manualIssue }),
    }),
  ];
  for (const [name, settings] of Object.entries(config.provisioners)) {
    if (settings.type === 'postgres')
      provisioners.push(new PostgresProvisioner({ name, settings, env }));
    else
      provisioners.push(
        new ExecProvisioner({ name, settings, env, cwd: options.cwd ?? process.cwd() }),
      );
  }
  return provisioners;
}

function githubClient(env: NodeJS.ProcessEnv, options: ProvisionerFactoryOptions): GitHubClient {
  if (options.githubClient !== undefined) return options.githubClient;
  const token = env.GITHUB_TOKEN ?? '';
  if (token === '')
    throw new ProvisionerSetupError(
      "set GITHUB_TOKEN to a token that may manage the organisation's teams and repository collaborators " +
        '(and GITHUB_API_URL for GitHub Enterprise Server)',
    );
  return createGitHubClient({ token, env });
}
