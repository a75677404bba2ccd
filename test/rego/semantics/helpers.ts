// Rego source in, the SDK's result out: the whole toolchain (compile, plan, emit) run
// through the official loader, so a test states only the policy and what OPA answers.
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { hostBuiltins } from '../../../src/rego/builtins/index.js';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { preferHostBuiltins } from '../../../src/rego/runtime/sdk-builtins.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

/**
 * The value of `data.t.<rule>` for `input` (undefined when the rule is undefined), for a
 * module whose package is `t`. `strict` makes builtin errors errors, as OPA's
 * strict-builtin-errors does; without it a failing builtin is undefined.
 */
export async function evalRule(
  source: string,
  rule: string,
  input: unknown = {},
  { strict = false } = {},
): Promise<unknown> {
  const entry = `t/${rule}`;
  const r = compileToPlan([{ file: 'test.rego', source }], { entrypoints: [entry] });
  if (!r.ok) {
    throw new Error(r.errors.map((e) => `${e.row}:${e.col}: ${e.code}: ${e.message}`).join('\n'));
  }
  const builtins = hostBuiltins({ now: new Date('2026-11-27T00:00:00Z'), strict });
  // As the project's own loader does: the host table, not the SDK's JavaScript, answers.
  preferHostBuiltins(Object.keys(builtins));
  const policy = await loadPolicy(emitWasm(r.policy), { initial: 5 }, builtins);
  if (strict) policy.wasmInstance.exports.accessctl_strict_builtin_errors(1);
  const out = policy.evaluate(input, entry) as { result: unknown }[];
  if (out.length === 0) return undefined;
  return out[0]?.result;
}

/** The compile errors as `row:col: code: message` lines (empty when it compiles). */
export function compileErrors(source: string, rule = 'p'): string[] {
  const r = compileToPlan([{ file: 'test.rego', source }], { entrypoints: [`t/${rule}`] });
  return r.ok ? [] : r.errors.map((e) => `${e.row}:${e.col}: ${e.code}: ${e.message}`);
}
