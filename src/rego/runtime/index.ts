// Evaluating compiled policies through the opa-wasm SDK.
export { DEADLINE_CODE, DEFAULT_TIMEOUT_MS, LONGEST_TIMEOUT_MS } from './deadline.js';
export { type EvalErrorCode, RegoEvalError } from './errors.js';
export { indentJson } from './json-text.js';
export {
  DEFAULT_MEMORY_PAGES,
  type LoadOptions,
  type PolicyEvaluator,
  type ResultSet,
  loadBundle,
  loadModule,
  loadWasm,
} from './runtime.js';
