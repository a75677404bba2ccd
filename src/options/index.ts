// Option values both faces take, parsed and refused the same way; each face names the option.
export {
  DEFAULT_MAX_REMOVALS,
  parseMaxRemovals,
  parseByteCount,
  parseJudgeMinutes,
  parseTimeout,
  parseWarnDays,
} from './counts.js';
export { parseFormat } from './format.js';
export { parseNow, parseWindowBound } from './instants.js';
export { OptionValueError } from './value-error.js';
