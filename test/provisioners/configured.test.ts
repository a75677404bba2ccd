import { describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/config/config.js';
import { ProvisionerSetupError, createProvisioners } from '../../src/provisioners/configured.js';
import { ExecProvisioner } from '../../src/provisioners/exec.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import { ManualProvisioner } from '../../src/provisioners/manual.js';
import { PostgresProvisioner } from '../../src/provisioners/postgres.js';

const SETTINGS = `provisioners:
  warehouse:
    type: postgres
    host: db.internal
    user: accessctl
    passwordEnv: WAREHOUSE_PASSWORD
  ticketing:
    type: exec
    command: [./bin/ticket-access]
`;

describe('the provisioners of a run', () => {
  it('is GitHub alone without settings', () => {
    const built = createProvisioners(parseConfig('accessctl.yaml', undefined), {
      GITHUB_TOKEN: 't',
    });
    expect(built.map((p) => p.name)).toEqual(['github', 'manual']);
    expect(built[0]).toBeInstanceOf(GitHubProvisioner);
  });

  it('adds each configured system under its name, in the order of the file', () => {
    const built = createProvisioners(parseConfig('accessctl.yaml', SETTINGS), {
      GITHUB_TOKEN: 't',
    });
    expect(built.map((p) => [p.name, p.constructor])).toEqual([
      ['github', GitHubProvisioner],
      ['manual', ManualProvisioner],
      ['warehouse', PostgresProvisioner],
      ['ticketing', ExecProvisioner],
    ]);
  });

  it('needs a GitHub token, and says which variable', () => {
    expect(() => createProvisioners(parseConfig('accessctl.yaml', SETTINGS), {})).toThrow(
      new ProvisionerSetupError(
        "set GITHUB_TOKEN to a token that may manage the organisation's teams and repository collaborators " +
          '(and GITHUB_API_URL for GitHub Enterprise Server)',
      ),
    );
  });

  it('builds a server whose password is not set, so other systems still run', () => {
    const built = createProvisioners(parseConfig('accessctl.yaml', SETTINGS), {
      GITHUB_TOKEN: 't',
    });
    expect(built).toHaveLength(4);
  });
});
