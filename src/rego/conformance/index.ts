// The conformance runner over OPA's YAML cases.
import { access } from 'node:fs/promises';

import { loadCases } from './cases.js';
import { type Outcome, runCase } from './run.js';

export { summarise } from './report.js';
export type { Outcome, Status } from './run.js';

/** Outcomes of every case under `dir`, or undefined when the folder does not exist. */
export async function runConformance(
  dir: string,
  onOutcome: (outcome: Outcome) => void = () => undefined,
): Promise<Outcome[] | undefined> {
  try {
    await access(dir);
  } catch {
    return undefined;
  }
  const outcomes: Outcome[] = [];
  for (const loaded of await loadCases(dir)) {
    const outcome = await runCase(loaded);
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return outcomes;
}
