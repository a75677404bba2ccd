import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAccessRepository } from '../../src/model/index.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

afterAll(removeTempDirs);

const grant = (fields: string) =>
  `kind: Grant
id: g1
subject: user:bob
resource: github:repo/acme/payments
role: pull
reason: Reads the payments code for the audit
expires: 2027-03-31
${fields}`;

interface Case {
  name: string;
  files: Record<string, string>;
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string | RegExp;
  severity?: 'error' | 'warning';
}

const cases: Case[] = [
  {
    name: 'malformed YAML',
    files: { 'grants/x.yaml': 'kind: Grant\nid: [unclosed\nsubject: user:bob\n' },
    rule: 'yaml-syntax',
    file: 'grants/x.yaml',
    line: 3,
    column: 1,
    message: /^invalid YAML: .*; fix the syntax at this position/,
  },
  {
    name: 'unknown kind',
    files: { 'grants/x.yaml': 'kind: Grnat\nid: g1\n' },
    rule: 'unknown-kind',
    file: 'grants/x.yaml',
    line: 1,
    column: 7,
    message:
      'unknown kind "Grnat" (did you mean "Grant"?); use one of Grant, Resource, Package, User, Team, ServiceAccount',
  },
  {
    name: 'document without kind',
    files: { 'grants/x.yaml': 'id: g1\nsubject: user:bob\n' },
    rule: 'missing-field',
    file: 'grants/x.yaml',
    line: 1,
    column: 1,
    message: /^document has no "kind"/,
  },
  {
    name: 'missing required field',
    files: {
      'grants/x.yaml':
        'kind: Grant\nid: g1\nsubject: user:bob\nresource: github:repo/acme/payments\nrole: pull\nexpires: 2027-03-31\n',
    },
    rule: 'missing-field',
    file: 'grants/x.yaml',
    line: 1,
    column: 1,
    message:
      'Grant "g1" is missing required field "reason"; add it (why the access is needed, in a sentence a reviewer can judge)',
  },
  {
    name: 'mistyped field',
    files: {
      'catalog/more.yaml':
        'kind: Resource\nid: github:repo/acme/web\nowners: [team:platform]\nprovisioner: github\nroles:\n  pull: { risk: low, maxDays: "a year" }\n',
    },
    rule: 'invalid-field',
    file: 'catalog/more.yaml',
    line: 6,
    column: 31,
    message: '"roles.pull.maxDays" must be an integer, got "a year"',
  },
  {
    name: 'value outside an enum',
    files: {
      'catalog/more.yaml':
        'kind: Resource\nid: github:repo/acme/web\nowners: [team:platform]\nprovisioner: github\nroles:\n  pull: { risk: severe, maxDays: 30 }\n',
    },
    rule: 'invalid-field',
    file: 'catalog/more.yaml',
    line: 6,
    column: 17,
    message: '"roles.pull.risk" must be one of low, medium, high, critical, got "severe"',
  },
  {
    name: 'unknown field with a likely typo',
    files: { 'grants/x.yaml': grant('tiket: PAY-1\n') },
    rule: 'unknown-field',
    file: 'grants/x.yaml',
    line: 8,
    column: 1,
    message:
      /^unknown field "tiket" in Grant \(did you mean "ticket"\?\); allowed: apiVersion, kind, id/,
  },
  {
    name: 'unparseable date',
    files: { 'grants/x.yaml': grant('').replace('2027-03-31', 'end of March') },
    rule: 'invalid-date',
    file: 'grants/x.yaml',
    line: 7,
    column: 10,
    message:
      'expires "end of March" is not a date; write a date such as 2027-03-31 or an RFC 3339 timestamp such as 2027-03-31T18:00:00Z',
  },
  {
    name: 'date that does not exist',
    files: { 'grants/x.yaml': grant('').replace('2027-03-31', '2027-02-29') },
    rule: 'invalid-date',
    file: 'grants/x.yaml',
    line: 7,
    column: 10,
    message: /^expires "2027-02-29" is not a real date/,
  },
  {
    name: 'duplicate id across files',
    files: { 'grants/y.yaml': grant('').replace('id: g1', 'id: alice-payments-oncall') },
    rule: 'duplicate-id',
    file: 'grants/y.yaml',
    line: 2,
    column: 5,
    message:
      /^Grant id "alice-payments-oncall" is used twice: here and at access\/grants\/base\.yaml:2:5; give one of them a different id$/,
  },
  {
    name: 'duplicate mapping key',
    files: { 'grants/x.yaml': grant('role: admin\n') },
    rule: 'duplicate-key',
    file: 'grants/x.yaml',
    line: 8,
    column: 1,
    message:
      'key "role" appears twice in this mapping (first at line 5); keep one (the first one is used)',
  },
  {
    name: '__proto__ key',
    files: { 'grants/x.yaml': grant('__proto__: { polluted: yes }\n') },
    rule: 'forbidden-key',
    file: 'grants/x.yaml',
    line: 8,
    column: 1,
    message: 'key "__proto__" is not allowed (it could tamper with object prototypes); remove it',
  },
  {
    name: 'constructor key',
    files: { 'grants/x.yaml': grant('constructor: { prototype: { polluted: yes } }\n') },
    rule: 'forbidden-key',
    file: 'grants/x.yaml',
    line: 8,
    column: 1,
    message: /^key "constructor" is not allowed/,
  },
  {
    name: 'prototype key in a nested mapping',
    files: {
      'catalog/more.yaml':
        'kind: Resource\nid: github:repo/acme/web\nowners: [team:platform]\nprovisioner: github\nconfig:\n  prototype: { polluted: yes }\nroles:\n  pull: { risk: low, maxDays: 30 }\n',
    },
    rule: 'forbidden-key',
    file: 'catalog/more.yaml',
    line: 6,
    column: 3,
    message: /^key "prototype" is not allowed/,
  },
  {
    name: 'unknown subject',
    files: { 'grants/x.yaml': grant('').replace('user:bob', 'user:bobby') },
    rule: 'unknown-subject',
    file: 'grants/x.yaml',
    line: 3,
    column: 10,
    message:
      'subject user:bobby is not a known User (did you mean "bob"?); add a User with id bobby under identities/ or fix the subject',
  },
  {
    name: 'unknown resource',
    files: {
      'grants/x.yaml': grant('').replace('github:repo/acme/payments', 'github:repo/acme/paymnts'),
    },
    rule: 'unknown-resource',
    file: 'grants/x.yaml',
    line: 4,
    column: 11,
    message:
      'resource github:repo/acme/paymnts matches no catalog entry (did you mean "github:repo/acme/payments"?); fix the id or add a Resource for it under catalog/',
  },
  {
    name: 'unknown role on a glob-matched resource',
    files: {
      'grants/x.yaml': grant('')
        .replace('github:repo/acme/payments', 'github:team/payments')
        .replace('role: pull', 'role: owner'),
    },
    rule: 'unknown-role',
    file: 'grants/x.yaml',
    line: 5,
    column: 7,
    message:
      'role "owner" is not defined for github:team/payments (catalog entry github:team/*) (defined: member, maintainer)',
  },
  {
    name: 'unknown role on an exact resource',
    files: { 'grants/x.yaml': grant('').replace('role: pull', 'role: write') },
    rule: 'unknown-role',
    file: 'grants/x.yaml',
    line: 5,
    column: 7,
    message: 'role "write" is not defined for github:repo/acme/payments (defined: pull, admin)',
  },
  {
    name: 'unknown owner',
    files: {
      'identities/bots.yaml':
        'kind: ServiceAccount\nid: bot\nowner: team:paymnts\npurpose: Posts deploy notices to chat\nrotation: { maxAgeDays: 30 }\n',
    },
    rule: 'unknown-owner',
    file: 'identities/bots.yaml',
    line: 3,
    column: 8,
    message:
      'owner team:paymnts is not a known team (did you mean "payments"?); add a Team with id paymnts under identities/ or name an existing one',
  },
  {
    name: 'service subject without owner',
    files: { 'grants/x.yaml': grant('').replace('user:bob', 'service:ci-deployer') },
    rule: 'missing-field',
    file: 'grants/x.yaml',
    line: 1,
    column: 1,
    message:
      /^Grant "g1" gives access to a service account, so it needs an owner: add owner: team:<slug>/,
  },
  {
    name: 'role that requires a ticket',
    files: { 'grants/x.yaml': grant('').replace('role: pull', 'role: admin') },
    rule: 'missing-field',
    file: 'grants/x.yaml',
    line: 1,
    column: 1,
    message:
      'role "admin" on github:repo/acme/payments requires a ticket; add ticket: <change or incident id>',
  },
  {
    name: 'leaver holding a grant',
    files: { 'grants/x.yaml': grant('').replace('user:bob', 'user:mallory') },
    rule: 'leaver-has-grant',
    file: 'grants/x.yaml',
    line: 3,
    column: 10,
    message: 'user mallory has left (status: leaver) but still holds this grant; delete the grant',
  },
  {
    name: 'grant filed among the catalog',
    files: { 'catalog/x.yaml': grant('') },
    rule: 'misplaced-document',
    file: 'catalog/x.yaml',
    line: 1,
    column: 1,
    message: /^Grant documents belong under grants\//,
  },
  {
    name: 'unsupported apiVersion',
    files: { 'grants/x.yaml': `apiVersion: accessctl/v9\n${grant('')}` },
    rule: 'unsupported-api-version',
    file: 'grants/x.yaml',
    line: 1,
    column: 13,
    message:
      'apiVersion "accessctl/v9" is not supported by this accessctl (supported: accessctl/v1); use accessctl/v1 or upgrade accessctl',
  },
  {
    name: 'document that is not a mapping',
    files: { 'grants/x.yaml': '- kind: Grant\n' },
    rule: 'invalid-document',
    file: 'grants/x.yaml',
    line: 1,
    column: 1,
    message:
      /^a document must be a mapping starting with "kind: <Grant\|Resource\|Package\|User\|Team\|ServiceAccount>", found a list$/,
  },
  {
    name: 'leaver still in a team',
    files: {
      'identities/more.yaml': 'kind: Team\nid: audit\nmembers: [bob, mallory]\n',
    },
    rule: 'leaver-in-team',
    file: 'identities/more.yaml',
    line: 3,
    column: 16,
    severity: 'warning',
    message: 'mallory has left but is still in members of team audit; remove them',
  },
  {
    name: 'unknown team member',
    files: { 'identities/more.yaml': 'kind: Team\nid: audit\nmembers: [bob, eve]\n' },
    rule: 'unknown-member',
    file: 'identities/more.yaml',
    line: 3,
    column: 16,
    message: /^eve in members of team audit is not a known User; add a User with id eve/,
  },
];

describe('every bad input becomes a finding at its line', () => {
  it.each(cases)('$name → $rule', async (c) => {
    const dir = accessDir(c.files);
    const model = await loadAccessRepository(dir);
    const matching = model.findings.filter((f) => f.rule === c.rule);
    expect(matching, JSON.stringify(model.findings, null, 2)).toHaveLength(1);
    const [finding] = matching;
    expect(finding).toMatchObject({
      rule: c.rule,
      severity: c.severity ?? 'error',
      file: join(dir, c.file),
      line: c.line,
      column: c.column,
    });
    if (typeof c.message === 'string') expect(finding?.message).toBe(c.message);
    else expect(finding?.message).toMatch(c.message);
  });
});

describe('duplicate ids', () => {
  it('name the other file by its shown path however many there are, found in any order', async () => {
    // each pair is found after the one before it: the later pairs' first files are read
    // after the first duplicate was reported
    const files: Record<string, string> = {};
    for (const pair of ['a', 'b', 'c'])
      for (const side of ['1', '2'])
        files[`grants/${pair}${side}.yaml`] = grant('').replace('id: g1', `id: twice-${pair}`);
    const model = await loadAccessRepository(accessDir(files));
    const messages = model.findings
      .filter((f) => f.rule === 'duplicate-id')
      .map((f) => f.message.replace(/;.*/, ''));
    expect(messages).toEqual(
      ['a', 'b', 'c'].map(
        (pair) =>
          `Grant id "twice-${pair}" is used twice: here and at access/grants/${pair}1.yaml:2:5`,
      ),
    );
  });
});

describe('the base fixture', () => {
  it('is valid, so each case above isolates one problem', async () => {
    const model = await loadAccessRepository(accessDir());
    expect(model.findings).toEqual([]);
    expect(model.grants).toHaveLength(1);
  });
});
