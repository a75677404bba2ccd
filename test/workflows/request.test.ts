import { describe, expect, it } from 'vitest';

import { standingApprovals, type ReviewFact } from '../../src/workflows/pr-check/request.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
let clock = 0;
function review(reviewer: string, state: string, extra: Partial<ReviewFact> = {}): ReviewFact {
  clock += 1;
  return {
    reviewer,
    state,
    commit: HEAD,
    submittedAt: `2026-11-27T00:00:${String(clock).padStart(2, '0')}Z`,
    type: 'User',
    ...extra,
  };
}

describe('standing approvals', () => {
  it("keeps each reviewer's latest decision; comments do not undo an approval", () => {
    const reviews = [
      review('olivia', 'APPROVED'),
      review('olivia', 'COMMENTED'),
      review('mia', 'APPROVED'),
      review('mia', 'CHANGES_REQUESTED'),
      review('sam', 'CHANGES_REQUESTED'),
      review('sam', 'APPROVED'),
    ];
    expect(standingApprovals(reviews, HEAD).map((a) => a.reviewer)).toEqual(['olivia', 'sam']);
  });

  it('drops dismissed approvals and pending reviews', () => {
    const reviews = [
      review('olivia', 'APPROVED'),
      review('olivia', 'DISMISSED'),
      review('mia', 'PENDING'),
    ];
    expect(standingApprovals(reviews, HEAD)).toEqual([]);
  });

  it('never counts a bot', () => {
    const reviews = [
      review('accessctl[bot]', 'APPROVED', { type: 'Bot' }),
      review('github-actions[bot]', 'APPROVED'),
    ];
    expect(standingApprovals(reviews, HEAD)).toEqual([]);
  });

  it('marks an approval of an earlier commit as stale', () => {
    const reviews = [review('olivia', 'APPROVED', { commit: OLD }), review('mia', 'APPROVED')];
    expect(standingApprovals(reviews, HEAD)).toEqual([
      { reviewer: 'mia', commit: HEAD, stale: false },
      { reviewer: 'olivia', commit: OLD, stale: true },
    ]);
  });

  it('orders by submission time, not by the order the API listed them', () => {
    const approved = review('olivia', 'APPROVED');
    const dismissed = review('olivia', 'DISMISSED');
    expect(standingApprovals([dismissed, approved], HEAD)).toEqual([]);
  });
});
