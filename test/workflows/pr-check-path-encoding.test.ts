import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

import { PathEncodingError } from '../../src/model/git.js';
import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import type { RequestFacts } from '../../src/workflows/pr-check/request.js';
import { CATALOG, CONFIG, grant, IDENTITIES } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

// A grant file whose name is not UTF-8. Git keeps names as bytes; read as UTF-8, the byte 0xFE
// becomes U+FFFD, the name of a file really called "\uFFFD.yaml" (bytes EF BF BD). alice
// commits both: a decoy holding no grant under the UTF-8 name, her admin grant under the 0xFE
// name. Read under one name, both files read the decoy, and the check passed with no grant
// while the head held the admin grant. The check never reads a name as another: it stops,
// naming the file, and so never passes.

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const BASE_FILES = {
  'access/catalog/ledger.yaml': CATALOG,
  'access/identities/people.yaml': IDENTITIES,
  'accessctl.yaml': CONFIG,
};

function gitIn(cwd: string, args: string[], input?: Buffer): string {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8' }).trim();
}

/** alice's request: her admin grant in `hidden` beside `decoy`, each a name's bytes. */
function request(files: { name: Buffer; text: string }[]): { path: string; facts: RequestFacts } {
  workspace = createGitWorkspace({ commits: [{ message: 'base', files: BASE_FILES }] });
  const baseSha = workspace.head;
  workspace.checkout('grant-alice', { create: true });
  const path = workspace.path;
  const entries = files.map(({ name, text }) => {
    const oid = gitIn(path, ['hash-object', '-w', '--stdin'], Buffer.from(text));
    return Buffer.concat([
      Buffer.from(`100644 ${oid}\taccess/grants/`),
      name,
      Buffer.from('.yaml\n'),
    ]);
  });
  gitIn(path, ['update-index', '--index-info'], Buffer.concat(entries));
  gitIn(path, [
    '-c',
    'user.name=alice',
    '-c',
    'user.email=alice@example.com',
    'commit',
    '-q',
    '-m',
    'access',
  ]);
  gitIn(path, ['reset', '-q', '--hard']);
  const headSha = gitIn(path, ['rev-parse', 'HEAD']);
  return {
    path,
    facts: {
      number: 1,
      author: 'alice',
      title: 'access',
      headSha,
      baseSha,
      labels: [],
      labelActors: {},
      approvals: [],
      pushers: ['alice'],
    },
  };
}

const check = (path: string, facts: RequestFacts, shared: boolean) =>
  checkPullRequest({
    workspace: path,
    accessDir: 'access',
    policiesDir: 'policies',
    request: facts,
    org: 'acme',
    now: new Date(),
    parseCache: shared,
    snapshot: shared,
  });

const ADMIN = grant('admin', 'ticket: LEDGER-9\n');
const FE = Buffer.from([0xfe]);
const REPLACEMENT = Buffer.from('\uFFFD');

describe('a grant file named with bytes that are not UTF-8', () => {
  it.each([
    ['with the parse cache and git index', true],
    ['reading the work tree alone', false],
  ])('fails the check, naming the file (%s)', async (_, shared) => {
    const { path, facts } = request([
      { name: FE, text: ADMIN },
      { name: REPLACEMENT, text: '# notes\n' },
    ]);
    // the commit GitHub would merge really holds alice's admin grant
    const blobs = gitIn(path, [
      'ls-tree',
      '-r',
      '--format=%(objectname)',
      'HEAD',
      'access/grants/',
    ]);
    expect(blobs.split('\n')).toContain(
      gitIn(path, ['hash-object', '--stdin'], Buffer.from(ADMIN)),
    );

    const error = await check(path, facts, shared).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathEncodingError);
    expect((error as Error).message).toMatch(/is not UTF-8: "(?:access\/)?grants\/\\xFE\.yaml"/);
    expect((error as Error).message).toContain('git mv');
  });

  it('fails the check without the decoy too', async () => {
    const { path, facts } = request([{ name: FE, text: ADMIN }]);
    await expect(check(path, facts, true)).rejects.toBeInstanceOf(PathEncodingError);
  });

  it('judges a grant in a file whose UTF-8 name holds U+FFFD like any other', async () => {
    const { path, facts } = request([{ name: REPLACEMENT, text: ADMIN }]);
    const report = await check(path, facts, true);
    expect(report.verdict).toBe('fail');
    expect(report.grants.map((g) => [g.id, g.file])).toEqual([
      ['alice-ledger-admin', 'access/grants/\uFFFD.yaml'],
    ]);
  });
});
