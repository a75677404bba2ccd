import type { LocatedFinding } from '../model/finding.js';
import { displayPath } from './findings-summary.js';

/**
 * Findings as SARIF 2.1.0, the format GitHub code scanning and most editors read: one
 * run of the tool `accessctl`, one result per finding at its file, line and column.
 */
export function formatFindingsSarif(findings: readonly LocatedFinding[], cwd: string): string {
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'accessctl', rules: rules.map((id) => ({ id })) } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: rules.indexOf(f.rule),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: displayPath(f.file, cwd) },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
