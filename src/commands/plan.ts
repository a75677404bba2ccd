import { formatPlanText } from '../provisioners/report-text.js';
import { planProvision } from '../workflows/provision.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { MERGE_OPTIONS, mergeOptions, parseMaxRemovals } from './provision.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show the operations a merge implies, without changing anything',
  usage:
    'accessctl plan --from REF --to REF [--format text|json] [--max-removals N] [--repo DIR] [--access DIR] [--policies DIR] [--org ORG]',
  options: { ...MERGE_OPTIONS, format: { type: 'string', default: 'text' } },
  async run(values, _positionals, io) {
    const format = String(values.format);
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, got "${format}"`);
    const maxRemovals = parseMaxRemovals(values['max-removals']);
    const plan = await planProvision(mergeOptions(values, io.cwd, process.env));
    io.out(
      format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanText(plan, maxRemovals),
    );
    const blocked = plan.removals > maxRemovals;
    return plan.refused.length > 0 || plan.unreadable.length > 0 || blocked
      ? EXIT_FINDINGS
      : EXIT_OK;
  },
};
