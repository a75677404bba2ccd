// The identity sync's result as the Action logs it and writes it in the job summary.
import type { SyncOnGitHubResult } from './result.js';

export function formatSyncText(result: SyncOnGitHubResult): string {
  const lines: string[] = [];
  for (const f of result.findings)
    lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
  if (result.findings.length > 0) lines.push('nothing was changed');
  else if (result.files.length === 0)
    lines.push('identities/ already matches the HR file: nothing to change');
  else {
    lines.push(
      ...result.changes,
      ...result.removedGrants.map((g) => `grant ${g} removed: its subject left`),
    );
    if (result.pullRequest !== undefined)
      lines.push(
        `pull request #${result.pullRequest.number} ${result.pullRequest.action}: ${result.pullRequest.url}`,
      );
  }
  return lines.join('\n') + '\n';
}
