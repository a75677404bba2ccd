// `npm run conformance -- DIR [--verbose]`: runs OPA's YAML cases through the whole
// toolchain and prints counts per category, ending with `N passed, M failed, K skipped`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { runConformance, summarise } from './index.js';

const USAGE = 'usage: npm run conformance -- DIR [--verbose]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { verbose: { type: 'boolean', short: 'v' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [dir] = parsed.positionals;
  if (dir === undefined) {
    process.stderr.write(`name the folder of cases\n${USAGE}\n`);
    return 2;
  }
  const outcomes = await runConformance(resolve(dir));
  if (outcomes === undefined) {
    process.stdout.write(`no conformance cases at ${dir}; nothing to run\n`);
    return 0;
  }
  process.stdout.write(summarise(outcomes, parsed.values.verbose ?? false));
  return 0;
}

process.exitCode = await main();
