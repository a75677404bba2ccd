// How the report's values read to a person: UTC times without a locale (the same file must
// read the same on every auditor's machine and on paper), durations in days and hours, and
// the words for each change, verdict and flag.
import type { EvidenceChange, EvidenceFlag, EvidenceFlagKind } from '../../../evidence/report.js';
import { escapeHtml } from './escape.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-03-01 14:02 UTC" for an RFC 3339 time; a bare date or an unreadable value as given. */
export function formatTime(value: string): string {
  if (DATE_ONLY.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** An expiry as the grant's file writes it: "through 2026-08-31" for a date, else the time. */
export function expiryHtml(value: string): string {
  return DATE_ONLY.test(value) ? `through ${timeHtml(value)}` : timeHtml(value);
}

/** A <time> element: the formatted time to read, the exact value in its datetime. */
export function timeHtml(value: string): string {
  return `<time datetime="${escapeHtml(value)}">${escapeHtml(formatTime(value))}</time>`;
}

/** "3 days 4 h" for 76 hours. */
export function formatHours(hours: number): string {
  const total = Math.round(hours);
  if (total < 1) return 'less than 1 h';
  const days = Math.floor(total / 24);
  const rest = total % 24;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (rest > 0) parts.push(`${rest} h`);
  return parts.join(' ');
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export const CHANGE_KINDS: readonly EvidenceChange[] = ['added', 'modified', 'removed'];

export const CHANGE_LABEL: Record<EvidenceChange, string> = {
  added: 'Added',
  modified: 'Modified',
  removed: 'Removed',
};

/** In the order an auditor reads them: how the change got in, then what went wrong after. */
export const FLAG_KINDS: readonly EvidenceFlagKind[] = [
  'no-review-evidence',
  'no-approval',
  'break-glass-unreviewed',
  'rules-not-approved',
  'policy-denied',
  'provisioning-failed',
  'manual-late',
  'manual-not-owner',
  'late-removal',
  'expired-not-removed',
  'evidence-log-broken',
];

export const FLAG_LABEL: Record<EvidenceFlagKind, string> = {
  'no-review-evidence': 'No review evidence',
  'no-approval': 'No approval',
  'break-glass-unreviewed': 'Emergency not reviewed',
  'rules-not-approved': 'Rules not approved',
  'policy-denied': 'Policy denied',
  'provisioning-failed': 'Provisioning failed',
  'manual-late': 'Manual change late',
  'manual-not-owner': 'Closed by a non-owner',
  'late-removal': 'Late removal',
  'expired-not-removed': 'Expired, not removed',
  'evidence-log-broken': 'Evidence log broken',
};

export const FLAG_MEANING: Record<EvidenceFlagKind, string> = {
  'no-review-evidence': 'reached the default branch without a pull request',
  'no-approval': 'merged without an approval from someone other than the author',
  'break-glass-unreviewed':
    'merged under the break-glass label and not reviewed by an owner within the window',
  'rules-not-approved':
    'judged by rules that hold a change no policy owner approved, not reverted since',
  'policy-denied': 'the policies denied the grant at the merge commit',
  'provisioning-failed': 'the provisioning log records a failed operation',
  'manual-late': 'the issue asking the owners to make the change is open past manual.slaDays',
  'manual-not-owner':
    'the issue asking for the change was closed as done by someone who does not own the resource',
  'late-removal': 'removed after the grant had expired',
  'expired-not-removed': 'still present although its expiry has passed',
  'evidence-log-broken': 'the provisioning log’s hash chain is broken at or before its records',
};

/** The flag's headline, with how late when the report says: "Late removal by 3 days 4 h". */
export function flagHeadline(flag: EvidenceFlag): string {
  const label = FLAG_LABEL[flag.kind] ?? flag.kind;
  if (flag.byHours === undefined) return label;
  const late = formatHours(flag.byHours);
  if (flag.kind === 'late-removal') return `${label} by ${late}`;
  if (flag.kind === 'expired-not-removed') return `${label}: ${late} past expiry`;
  if (flag.kind === 'manual-late') return `${label}: open ${late}`;
  return `${label} (${late})`;
}
