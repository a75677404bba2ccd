import { relative, resolve, sep } from 'node:path';

import type { LocatedFinding, WaivedFinding } from '../../model/finding.js';
import type { EndedFinding } from './ends.js';
import { pathUri } from './summary.js';

/**
 * Findings as SARIF 2.1.0, the format GitHub code scanning and most editors read: one
 * run of the tool `accessctl`, one result per finding at its region. Code scanning places
 * a result only when its URI is relative to the repository's root, so each URI is the
 * file's path from `root`, percent-encoded, against the base id %SRCROOT%. A waived finding
 * is a result with an accepted suppression that gives the waiver's reason, which code
 * scanning shows as dismissed.
 */
export function formatFindingsSarif(
  findings: readonly EndedFinding[],
  root: string,
  options: { exceptions?: readonly EndedFinding<WaivedFinding>[]; version?: string } = {},
): string {
  const exceptions = options.exceptions ?? [];
  const rules = [...new Set([...findings, ...exceptions].map((f) => f.rule))].sort();
  const result = (f: EndedFinding<LocatedFinding>) => ({
    ruleId: f.rule,
    ruleIndex: rules.indexOf(f.rule),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathUri(fromRoot(f.file, root)), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
          },
        },
      },
    ],
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'accessctl',
            ...(options.version === undefined ? {} : { semanticVersion: options.version }),
            rules: rules.map((id) => ({ id })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(root) } },
        results: [
          ...findings.map(result),
          ...exceptions.map((f) => ({
            ...result(f),
            suppressions: [{ kind: 'external', status: 'accepted', justification: f.reason }],
          })),
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function fromRoot(file: string, root: string): string {
  const path = relative(root, resolve(root, file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/** file:///path/to/root/ with every segment percent-encoded. */
function directoryUri(root: string): string {
  const path = resolve(root).split(sep).join('/');
  return `file://${pathUri(path.startsWith('/') ? path : `/${path}`)}/`.replace(/\/+$/, '/');
}
