// Evaluating compiled policies through the opa-wasm SDK.
export { type EvalErrorCode, RegoEvalError } from './errors.js';
export { indentJson } from './json-text.js';
export {
  DEFAULT_MEMORY_PAGES,
  type LoadOptions,
  type PolicyEvaluator,
  type ResultSet,
  loadBundle,
  loadWasm,
} from './runtime.js';
