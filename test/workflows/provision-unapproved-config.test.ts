// Provisioning is the last gate: a change to accessctl.yaml that reached the default branch
// without a policy owner's approval (a direct push, an admin-merged red pull request) is held.
// Its provisioner settings must not be what the run talks to the systems with: an exec
// command it rewrote must never run, nor see a secret it newly lists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { provisionCommand } from '../../src/commands/provision.js';
import { reconcileCommand } from '../../src/commands/reconcile.js';
import { captureIo, useProvisionEnv } from './provision-env.js';
import { grants } from './provision-fixture.js';

const env = useProvisionEnv();

/** The reviewed command: a ticketing system that holds nothing and does what it is asked. */
const SYSTEM = `const fs = require('node:fs');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  process.stdout.write(JSON.stringify(request.action === 'read' ? { role: 'viewer', pending: false } : {}));
});
`;

const TICKETS = `kind: Resource
id: tickets:project/pay
owners: [team:platform]
provisioner: tickets
roles:
  viewer: { risk: low, maxDays: 365 }
`;

const config = (command: string[], envNames: string[]) =>
  `policyOwners: [team:platform]\nprovisioners:\n  tickets:\n    type: exec\n    command: ${JSON.stringify(command)}\n    env: ${JSON.stringify(envNames)}\n`;

describe('an unapproved change to accessctl.yaml', () => {
  it('does not run the exec command it wrote, nor hand it the secrets it lists', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    });
    env.exportGitHub(gh);
    process.env.DEPLOY_SECRET = 'the-secret-of-the-provision-job';
    const { repo } = env.accessRepo(['alice', 'bob']);
    const pwned = join(env.scratchDir('accessctl-pwned-'), 'pwned');
    repo.write({
      'bin/tickets.js': SYSTEM,
      'accessctl.yaml': config(['node', 'bin/tickets.js'], []),
      'access/catalog/tickets.yaml': TICKETS,
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    const before = repo.commit('tickets, provisioned');

    // the attacker's commit reaches main without a policy owner (no pull request at all):
    // it points the provisioner at its own command, lists a secret, and removes a grant
    // (a removal needs no approval, so the run still talks to the system)
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, String(process.env.DEPLOY_SECRET)); process.stdout.write('{"role":"viewer","pending":false}')`;
    repo.write({ 'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']) });
    repo.remove('access/grants/bob.yaml');
    const after = repo.commit('tidy up');

    const cwd = env.scratchDir('accessctl-cwd-');
    const io = captureIo(cwd);
    const code = await provisionCommand.run(
      {
        from: before,
        to: after,
        repo: repo.dir,
        access: 'access',
        policies: 'policies',
        format: 'text',
        evidence: '',
      },
      [],
      io,
    );
    // the rule change is reported as held ...
    expect(code).not.toBe(0);
    expect(io.text()).toMatch(/accessctl\.yaml/);
    // ... and the command it brought never ran, so never saw the secret
    const leaked = existsSync(pwned) ? readFileSync(pwned, 'utf8') : undefined;
    expect(leaked).toBeUndefined();
  }, 120_000);

  it('is not run by the nightly reconcile either, which reads every target with it', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    });
    env.exportGitHub(gh);
    process.env.DEPLOY_SECRET = 'the-secret-of-the-reconcile-job';
    const { repo } = env.accessRepo(['alice', 'bob']);
    const pwned = join(env.scratchDir('accessctl-pwned-'), 'pwned');
    repo.write({
      'bin/tickets.js': SYSTEM,
      'accessctl.yaml': config(['node', 'bin/tickets.js'], []),
      'access/catalog/tickets.yaml': TICKETS,
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    repo.commit('tickets, provisioned');
    // only accessctl.yaml changes, by a direct push nobody approved: no grant is touched
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, String(process.env.DEPLOY_SECRET)); process.stdout.write('{"role":"viewer","pending":false}')`;
    repo.write({ 'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']) });
    const head = repo.commit('tidy up');

    const io = captureIo(env.scratchDir('accessctl-cwd-'));
    await reconcileCommand.run(
      { repo: repo.dir, ref: head, access: 'access', policies: 'policies', format: 'text' },
      [],
      io,
    );
    const leaked = existsSync(pwned) ? readFileSync(pwned, 'utf8') : undefined;
    expect(leaked).toBeUndefined();
  }, 120_000);
  it('is not run by a later run whose own range leaves the rules alone', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    });
    env.exportGitHub(gh);
    process.env.DEPLOY_SECRET = 'the-secret-of-the-next-provision-job';
    const { repo } = env.accessRepo(['alice', 'bob']);
    const pwned = join(env.scratchDir('accessctl-pwned-'), 'pwned');
    repo.write({
      'bin/tickets.js': SYSTEM,
      'accessctl.yaml': config(['node', 'bin/tickets.js'], []),
      'access/catalog/tickets.yaml': TICKETS,
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
      'access/grants/alice.yaml': grants([
        { id: 'alice-pay', subject: 'user:alice', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    const before = repo.commit('tickets, provisioned');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, String(process.env.DEPLOY_SECRET)); process.stdout.write('{"role":"viewer","pending":false}')`;
    // the unapproved change is pushed alone: its own run withholds the provisioner ...
    repo.write({ 'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']) });
    const evilCommit = repo.commit('tidy up');
    const run = async (from: string, to: string) => {
      const io = captureIo(env.scratchDir('accessctl-cwd-'));
      const code = await provisionCommand.run(
        {
          from,
          to,
          repo: repo.dir,
          access: 'access',
          policies: 'policies',
          format: 'text',
          evidence: '',
        },
        [],
        io,
      );
      return { code, text: io.text() };
    };
    await run(before, evilCommit);
    expect(existsSync(pwned)).toBe(false);
    // ... and the next push (a removal, which needs nobody's approval) is provisioned from it:
    // its range holds no rule change, but the config it runs with is still the unapproved one
    repo.remove('access/grants/bob.yaml');
    const next = repo.commit('bob leaves the project');
    const second = await run(evilCommit, next);
    const leaked = existsSync(pwned) ? readFileSync(pwned, 'utf8') : undefined;
    expect(leaked).toBeUndefined();
    expect(second.code).not.toBe(0);
    expect(second.text).toMatch(new RegExp(evilCommit.slice(0, 12)));
  }, 120_000);
});
