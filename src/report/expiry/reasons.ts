// The words for why a grant is removed and how long one has left, shared by the run's text,
// its pull request and its reminders.
import type { RemovalReason } from '../../model/expiry.js';

/** A change that moved an end later, as the reports name it: its commit, and its pull request. */
export function changeName(change: { commit: string; pullRequest?: number }): string {
  return `${change.commit.slice(0, 12)}${change.pullRequest === undefined ? '' : ` (#${change.pullRequest})`}`;
}

export function describeReason(reason: RemovalReason): string {
  switch (reason.kind) {
    case 'expired':
      return `expired on ${reason.expires}`;
    case 'extension-unapproved':
      if (reason.added === true)
        return `never approved: ${changeName(reason)} added it without passing the provision gate, and no change of it passed since`;
      return `ended on ${reason.endedOn}: ${changeName(reason)} moved its end to ${reason.expires} without passing the provision gate`;
    case 'leaver':
      return reason.leftOn === undefined
        ? `user ${reason.user} is a leaver`
        : `user ${reason.user} left on ${reason.leftOn}`;
    case 'contract-ended':
      return `the contract of ${reason.user} ended on ${reason.contractEnds}`;
    case 'account-expired':
      return `service account ${reason.account} expired on ${reason.expires}`;
    case 'rotation-overdue':
      return `rotation overdue: service account ${reason.account} was last rotated on ${reason.lastRotated}, due every ${reason.maxAgeDays} days (by ${reason.dueOn})`;
  }
}

/** "ends today" under 24 hours, else "3 days left". */
export function describeDaysLeft(daysLeft: number): string {
  return daysLeft <= 0 ? 'ends today' : `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}
