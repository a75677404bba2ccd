// `command: evidence` in the Action, on `schedule` and `workflow_dispatch`: the audit report
// of the checked-out history, as `accessctl evidence` makes it, written into the workspace
// as one offline HTML file and as JSON for a later step to upload, with the summary and the
// flagged changes in the job summary. A flag or a broken provisioning log fails the step,
// so a scheduled audit that finds something is seen.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';

import { renderEvidenceHtml } from '../report/evidence/html/page.js';
import { count } from '../report/evidence/markdown.js';
import { evidenceJsonChunks } from '../report/evidence/json.js';
import type { EvidenceReport } from '../evidence/report.js';
import { actionLogger, createGitHubClient } from '../github/index.js';
import { cell, codeCell, escape } from '../report/markdown.js';
import { pullCacheFile } from '../evidence/pulls.js';
import { runEvidence } from '../workflows/evidence.js';
import { readRunContext } from './context.js';
import type { EvidenceInputs } from './inputs.js';

const EVENTS = ['schedule', 'workflow_dispatch'];
const REPORT = 'accessctl-evidence-report';
/** Flagged changes listed in the job summary; the files hold them all. */
const SUMMARY_ROWS = 50;

export async function runEvidenceAction(inputs: EvidenceInputs): Promise<void> {
  const context = readRunContext();
  if (!EVENTS.includes(context.eventName))
    throw new Error(
      `command "evidence" runs on schedule and workflow_dispatch; this run was started by "${context.eventName}" (see docs/evidence.md)`,
    );
  const log = inputs.evidenceLog;
  const logFile = 'file' in log ? join(context.workspace, log.file) : undefined;
  const key = process.env.ACCESSCTL_EVIDENCE_KEY ?? '';
  if (key !== '') core.setSecret(key);
  const report = await runEvidence({
    repo: context.workspace,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    ...(inputs.since === undefined ? {} : { since: inputs.since }),
    ...(inputs.until === undefined ? {} : { until: inputs.until }),
    github: {
      client: createGitHubClient({ token: inputs.token, log: actionLogger }),
      owner: context.owner,
      repo: context.repo,
      cacheFile: await pullCacheFile(context.workspace),
    },
    // a log file that is not there is checked as an empty log: its runs' anchors decide
    ...('branch' in log ? { evidenceBranch: log.branch } : { evidenceFile: logFile }),
    ...(key === '' ? {} : { evidenceKey: key }),
    repositoryName: `${context.owner}/${context.repo}`,
    now: inputs.now,
  });

  const html = join(context.workspace, `${REPORT}.html`);
  await writeFile(html, renderEvidenceHtml(report), 'utf8');
  // Written a row at a time, as the CLI writes it: a long history is never one string.
  await writeFile(join(context.workspace, `${REPORT}.json`), evidenceJsonChunks(report), 'utf8');
  const flagged = report.rows.filter((row) => row.flags.length > 0);
  core.setOutput('evidence-path', html);
  core.setOutput('flags', String(flagged.length));
  await core.summary.addRaw(summaryOf(report, flagged)).write();

  if (report.evidenceLog?.broken !== undefined)
    core.setFailed(
      `accessctl evidence: the provisioning evidence log was altered: ${report.evidenceLog.broken.problem}`,
    );
  else if (flagged.length > 0)
    core.setFailed(
      `accessctl evidence: ${flagged.length} change(s) flagged (see the job summary and ${REPORT}.html)`,
    );
}

function summaryOf(report: EvidenceReport, flagged: EvidenceReport['rows']): string {
  const { changes, flags } = report.summary;
  const lines = [
    '## accessctl evidence',
    '',
    `${count(report.rows.length, 'change')} to ${count(report.summary.grants, 'grant')} in ${count(report.commits, 'commit')}: ` +
      `${changes.added} added, ${changes.modified} modified, ${changes.removed} removed.`,
    '',
  ];
  const log = report.evidenceLog;
  if (log !== undefined)
    lines.push(
      log.broken === undefined
        ? `Provisioning log (${cell(log.file)}): ${log.records} records, hash chain verified${log.sealsChecked === true ? ', seals verified with the key' : ''}${log.anchors === undefined ? '' : `, checked against ${log.anchors} anchor(s)`}.`
        : `**Provisioning log broken** at line ${log.broken.line}: ${escape(log.broken.problem)}`,
      '',
    );
  for (const note of report.notes ?? []) lines.push(`> ${escape(note)}`, '');
  if (flagged.length === 0) {
    lines.push('No change is flagged.', '');
    return lines.join('\n');
  }
  lines.push(
    `Flags: ${Object.entries(flags)
      .map(([kind, count]) => `${escape(kind)} ${count}`)
      .join(', ')}`,
    '',
    '| Commit | Change | Grant | Subject | Flags |',
    '|---|---|---|---|---|',
  );
  for (const row of flagged.slice(0, SUMMARY_ROWS))
    lines.push(
      `| ${codeCell(row.commit.slice(0, 7))} | ${cell(row.change)} | ${cell(row.grant)} | ${cell(row.subject)} | ${cell(row.flags.map((f) => f.message).join('; '))} |`,
    );
  if (flagged.length > SUMMARY_ROWS)
    lines.push('', `…and ${flagged.length - SUMMARY_ROWS} more in ${REPORT}.html.`);
  lines.push('');
  return lines.join('\n');
}
