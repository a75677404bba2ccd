import { createGitHubClient } from '../github/index.js';
import { formatPlanText } from '../report/provision/text.js';
import { planProvision } from '../workflows/provision.js';
import { EXIT_FINDINGS, EXIT_OK, type Command } from './command.js';
import {
  MERGE_OPTIONS,
  OUTPUT_FORMAT_OPTION,
  mergeOptions,
  parseOutputFormat,
  renderOutput,
} from './provision.js';
import { parseMaxRemovals } from '../options/index.js';
import { flagValue } from './options.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show the operations a merge implies, without changing anything',
  options: { ...MERGE_OPTIONS, format: OUTPUT_FORMAT_OPTION },
  examples: [
    {
      does: 'what the last merge would change on GitHub',
      line: 'GITHUB_TOKEN=... accessctl plan --from HEAD~1 --to HEAD --org acme',
    },
  ],
  async run(values, _positionals, io) {
    const format = parseOutputFormat(values.format);
    const maxRemovals = flagValue('--max-removals', () => parseMaxRemovals(values['max-removals']));
    const token = process.env.GITHUB_TOKEN ?? '';
    const client = token === '' ? undefined : createGitHubClient({ token, env: process.env });
    const plan = await planProvision(await mergeOptions(values, io.cwd, process.env, client));
    io.out(renderOutput(format, plan, (p) => formatPlanText(p, maxRemovals)));
    const blocked = plan.removals > maxRemovals;
    return plan.refused.length > 0 || plan.held.length > 0 || plan.unreadable.length > 0 || blocked
      ? EXIT_FINDINGS
      : EXIT_OK;
  },
};
