import { resolve } from 'node:path';

import { createGitHubClient } from '../github/index.js';
import { formatReconcileText } from '../report/reconcile/text.js';
import { runReconcile } from '../workflows/reconcile.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import {
  EVIDENCE_OPTION,
  MERGE_OPTIONS,
  OUTPUT_FORMAT_OPTION,
  mergeOptions,
  parseOutputFormat,
  renderOutput,
} from './provision.js';
import { parseMaxRemovals } from '../options/index.js';
import { JUDGE_MINUTES_OPTION, flagValue, judgeUntilFlag, pullRequestRun } from './options.js';

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
  options: {
    ...SHARED,
    ref: {
      type: 'string',
      default: 'HEAD',
      value: 'REF',
      description: 'The commit whose grants are compared with the systems.',
      example: 'main',
    },
    apply: {
      type: 'boolean',
      default: false,
      description: 'Repair the drift, under the same removal limit and approval gate as provision.',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'Apply even when the repair removes more than --max-removals.',
    },
    evidence: EVIDENCE_OPTION,
    format: OUTPUT_FORMAT_OPTION,
    'judge-minutes': JUDGE_MINUTES_OPTION,
  },
  examples: [
    {
      does: 'what GitHub holds that the repository does not say, and back',
      line: 'GITHUB_TOKEN=... accessctl reconcile --org acme',
    },
    { does: 'repair it', line: 'GITHUB_TOKEN=... accessctl reconcile --org acme --apply' },
  ],
  async run(values, _positionals, io) {
    const format = parseOutputFormat(values.format);
    const ref = String(values.ref ?? 'HEAD');
    if (ref === '') throw new UsageError('--ref needs a commit, branch or tag, e.g. --ref main');
    const maxRemovals = flagValue('--max-removals', () => parseMaxRemovals(values['max-removals']));
    const evidence = String(values.evidence ?? '');
    const judging = judgeUntilFlag(values['judge-minutes']);
    // the provisioners are set up from accessctl.yaml at the reconciled commit
    // a repair that gives access passes the gate: pull requests are looked up with the token
    const token = process.env.GITHUB_TOKEN ?? '';
    const { repo, accessDir, policiesDir, now, provisioners, lookup, allowUnapproved } =
      await mergeOptions(
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
      keepPasses: !pullRequestRun(process.env),
      apply: values.apply === true,
      force: values.force === true,
      maxRemovals,
      progress: (line) => io.err(`accessctl reconcile: ${line}\n`),
      ...judging,
      ...(evidence === '' ? {} : { evidenceFile: resolve(io.cwd, evidence) }),
    });
    io.out(renderOutput(format, result, (r) => formatReconcileText(r, maxRemovals)));
    return result.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
