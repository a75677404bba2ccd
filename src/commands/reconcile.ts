import { resolve } from 'node:path';

import { createGitHubClient } from '../github/index.js';
import { formatReconcileText } from '../workflows/reconcile/report-text.js';
import { runReconcile } from '../workflows/reconcile.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import {
  MERGE_OPTIONS,
  mergeOptions,
  parseMaxRemovals,
  parseOutputFormat,
  renderOutput,
} from './provision.js';

/** The flags of `provision` but the merge: a reconcile compares one commit, not a change. */
const SHARED = {
  repo: MERGE_OPTIONS.repo,
  access: MERGE_OPTIONS.access,
  policies: MERGE_OPTIONS.policies,
  org: MERGE_OPTIONS.org,
  now: MERGE_OPTIONS.now,
  'max-removals': MERGE_OPTIONS['max-removals'],
  'github-repo': MERGE_OPTIONS['github-repo'],
  'allow-unapproved': MERGE_OPTIONS['allow-unapproved'],
};

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'Compare the repository with what the systems hold; with --apply, repair the drift',
  usage:
    'accessctl reconcile [--ref REF] [--apply] [--max-removals N] [--force] [--format text|json] [--evidence FILE] [--repo DIR] [--access DIR] [--policies DIR] [--org ORG] [--github-repo OWNER/NAME] [--allow-unapproved]',
  options: {
    ...SHARED,
    ref: { type: 'string', default: 'HEAD' },
    apply: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    evidence: { type: 'string', default: 'accessctl-evidence.jsonl' },
    format: { type: 'string', default: 'text' },
  },
  async run(values, _positionals, io) {
    const format = parseOutputFormat(values.format);
    const ref = String(values.ref ?? 'HEAD');
    if (ref === '') throw new UsageError('--ref needs a commit, branch or tag, e.g. --ref main');
    const maxRemovals = parseMaxRemovals(values['max-removals']);
    const evidence = String(values.evidence ?? '');
    // the provisioners are set up from accessctl.yaml at the reconciled commit
    // a repair that gives access passes the gate: pull requests are looked up with the token
    const token = process.env.GITHUB_TOKEN ?? '';
    const { repo, accessDir, policiesDir, now, provisioners, lookup, allowUnapproved } =
      mergeOptions(
        { ...values, from: ref, to: ref },
        io.cwd,
        process.env,
        token === '' ? undefined : createGitHubClient({ token, env: process.env }),
      );
    const result = await runReconcile({
      repo,
      ref,
      ...(accessDir === undefined ? {} : { accessDir }),
      ...(policiesDir === undefined ? {} : { policiesDir }),
      now,
      provisioners,
      ...(lookup === undefined ? {} : { lookup }),
      allowUnapproved: allowUnapproved === true,
      apply: values.apply === true,
      force: values.force === true,
      maxRemovals,
      progress: (line) => io.err(`accessctl reconcile: ${line}\n`),
      ...(evidence === '' ? {} : { evidenceFile: resolve(io.cwd, evidence) }),
    });
    io.out(renderOutput(format, result, (r) => formatReconcileText(r, maxRemovals)));
    return result.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
