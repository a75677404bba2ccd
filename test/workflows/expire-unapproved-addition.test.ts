import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { formatExpireText } from '../../src/report/expiry/text.js';
import { runExpire } from '../../src/workflows/expire.js';
import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { GitRepo } from '../model/git-repo.js';
import { approvedBy, commitAt } from './approved-ends-fixture.js';
import { accessRepo } from './provision-fixture.js';

// A grant added without passing the gate has no approved end of its own: beside an approved
// grant for the same access, or as that grant under a new id (if only in case), it is past its
// approved end at once, and `expire` removes it naming the commit that added it.

const FILE = 'access/grants/alice.yaml';
const EXTRA = 'access/grants/alice-extra.yaml';
const NOW = new Date('2026-12-05T12:00:00Z');

let repo: GitRepo | undefined;
afterEach(() => repo?.cleanup());

function grant(id: string, expires: string) {
  return `kind: Grant\nid: ${id}\nsubject: user:alice\nresource: github:team/payments\nrole: member\nreason: Needs this access for the quarterly delivery work\nexpires: ${expires}\n`;
}

/** alice's grant, approved through 2026-12-01. */
function approvedGrant(): { r: GitRepo; added: string } {
  const { repo: r } = accessRepo(['alice']);
  repo = r;
  r.write({ [FILE]: grant('alice-payments', '2026-12-01') });
  return { r, added: commitAt(r, '2026-09-01T10:00:00Z', 'alice joins payments') };
}

const expire = (r: GitRepo, lookup: RequestLookup) =>
  runExpire({ accessDir: join(r.dir, 'access'), now: NOW, mode: 'report', warnDays: 0, lookup });

describe('a grant added without passing the gate', () => {
  it('is removed when a direct push renamed a grant (only its case) and moved its end later', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('Alice-payments', '2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'rename and extend, pushed');
    const result = await expire(r, approvedBy(new Set([added])));
    expect(result.notes).toEqual([]);
    expect(result.removals.map((x) => [x.id, x.reasons])).toEqual([
      [
        'Alice-payments',
        [
          `never approved: ${pushed.slice(0, 12)} added it without passing the provision gate, and no change of it passed since`,
        ],
      ],
    ]);
    expect(formatExpireText(result)).toContain(`${pushed.slice(0, 12)} added it without passing`);
  });

  it('is removed beside the expired approved grant it would keep the access for', async () => {
    const { r, added } = approvedGrant();
    r.write({ [EXTRA]: grant('alice-payments-2', '2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'another alice grant, pushed');
    const result = await expire(r, approvedBy(new Set([added])));
    expect(result.removals.map((x) => x.id).sort()).toEqual(['alice-payments', 'alice-payments-2']);
  });

  it('keeps a grant whose adding change passed, and one added for access nobody held', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('alice-payments-2027', '2027-03-01') });
    const renewed = commitAt(r, '2026-11-20T10:00:00Z', 'renewed under a new id, approved');
    r.write({
      'access/grants/bob.yaml': grant('bob-payments', '2027-03-01').replaceAll('alice', 'bob'),
    });
    commitAt(r, '2026-11-21T10:00:00Z', 'bob joins payments, pushed');
    const asked: string[] = [];
    const result = await expire(r, approvedBy(new Set([added, renewed]), asked));
    expect(result.removals).toEqual([]);
    expect(result.notes).toEqual([]);
    // only the addition that took over access another grant gave was judged
    expect(asked).toEqual([renewed]);
  });
});
