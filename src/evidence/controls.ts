// Which controls a row is evidence for. Every grant change shows access permissions defined
// in policy, reviewed and enforced (NIST CSF 2.0 PR.AA-05); identity lifecycle events
// (removals, and anything about a service account) also show PR.AA-01. Rows about service
// accounts map to the OWASP Non-Human Identities Top 10 (2025) risks they address.
import type { EvidenceChange, EvidenceFlagKind } from './report.js';

export const CONTROLS = {
  permissions: 'NIST CSF 2.0 PR.AA-05',
  identities: 'NIST CSF 2.0 PR.AA-01',
  nhiOffboarding: 'OWASP NHI1:2025',
  nhiOverprivileged: 'OWASP NHI5:2025',
  nhiLongLived: 'OWASP NHI7:2025',
} as const;

export function controlsFor(
  subject: string,
  change: EvidenceChange,
  flags: EvidenceFlagKind[],
): string[] {
  const service = subject.startsWith('service:');
  const lifecycle =
    change === 'removed' || flags.includes('late-removal') || flags.includes('expired-not-removed');
  const controls: string[] = [CONTROLS.permissions];
  if (service || change === 'removed') controls.push(CONTROLS.identities);
  if (!service) return controls;
  if (lifecycle) controls.push(CONTROLS.nhiOffboarding);
  if (change !== 'removed') controls.push(CONTROLS.nhiOverprivileged, CONTROLS.nhiLongLived);
  return controls;
}
