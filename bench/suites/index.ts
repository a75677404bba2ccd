import type { BenchSuite } from '../suite.js';
import { actionPrCheckSuite } from './action-pr-check.js';
import { checkSuite } from './check.js';
import { compileSuite } from './compile.js';
import { diffSuite } from './diff.js';
import { evidenceSuite } from './evidence.js';
import { evidenceRequestsSuite } from './evidence-requests.js';
import { evidenceScaleSuite } from './evidence-scale.js';
import { expireHistorySuite } from './expire-history.js';
import { loadSuite } from './load.js';
import { policySuite } from './policy.js';
import { prCheckSuite } from './pr-check.js';
import { provisionSuite } from './provision.js';

/** Every suite `npm run bench` runs, in order; `npm run bench -- <name>` runs one. */
export const suites: BenchSuite[] = [
  loadSuite,
  diffSuite,
  policySuite,
  compileSuite,
  checkSuite,
  prCheckSuite,
  actionPrCheckSuite,
  evidenceSuite,
  evidenceRequestsSuite,
  evidenceScaleSuite,
  expireHistorySuite,
  provisionSuite,
];
