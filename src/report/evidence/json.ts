// The report as JSON, exactly the EvidenceReport shape: what other tools read.
import type { EvidenceReport } from '../../evidence/report.js';

export function renderEvidenceJson(report: EvidenceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
