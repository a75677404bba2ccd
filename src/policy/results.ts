// What `deny` and `warn` gave, checked before it becomes findings: each element must be a
// string or an object with a string `msg` (DESIGN.md section 3). A value of another shape
// is the policy author's mistake, reported at the rule that produced it, never guessed
// into a finding or dropped.
import { bundleSources, type Sources } from '../rego/bundle/index.js';
import { loadBundle, type PolicyEvaluator } from '../rego/runtime/index.js';
import { PolicyResultError } from './errors.js';
import { readWaivers, type Waiver } from './exceptions.js';
import { ENTRYPOINTS, EXCEPTION_ENTRYPOINT } from './library.js';
import { ruleHeads, type RuleHead } from './rule-heads.js';

export interface PolicyResults {
  deny: unknown[];
  warn: unknown[];
  /** The waivers `exception` gives (empty when the policies define none). */
  waivers: Waiver[];
}

/** The fields of a finding object that, when present, must be strings. */
const TEXT_FIELDS = ['msg', 'rule', 'grant', 'serviceAccount', 'resource', 'user', 'file', 'field'];

export interface EvaluateOptions {
  /** Where the evaluator came from: a wrong result is searched for in these modules. */
  sources: Sources;
  now?: Date;
  strictBuiltinErrors?: boolean;
}

/**
 * Evaluates `access/deny` and `access/warn` (a bundle may lack `warn`) and returns their
 * elements. Evaluation errors propagate as they are; a wrong shape is a PolicyResultError.
 */
export async function evaluatePolicies(
  evaluator: PolicyEvaluator,
  input: unknown,
  options: EvaluateOptions,
): Promise<PolicyResults> {
  const present = [...ENTRYPOINTS, EXCEPTION_ENTRYPOINT].filter((entrypoint) =>
    evaluator.entrypoints.includes(entrypoint),
  );
  // one serialisation of the input for both entrypoints: a repository's input is megabytes
  const sets = evaluator.evaluateEach(input, present);
  const [deny, warn] = await Promise.all(
    ENTRYPOINTS.map(async (entrypoint) => {
      const index = present.indexOf(entrypoint);
      if (index < 0) return [];
      const results = sets[index] ?? [];
      if (results.length === 0) return [];
      const value: unknown = results[0]?.result;
      const name = entrypoint.split('/').pop() as string;
      if (!Array.isArray(value)) {
        const head = await blame(entrypoint, value, input, options, (h) => !h.contains);
        throw wrongShape(
          `${name} gave ${show(value)} (${kindOf(value)}), not a set of findings: define it as \`${name} contains {"msg": ...} if { ... }\``,
          head,
        );
      }
      for (const element of value) {
        const problem = shapeProblem(name, element);
        if (problem === undefined) continue;
        throw wrongShape(problem, await blame(entrypoint, element, input, options));
      }
      return value;
    }),
  );
  const waiving = present.indexOf(EXCEPTION_ENTRYPOINT);
  const exception: unknown = waiving < 0 ? [] : (sets[waiving]?.[0]?.result ?? []);
  if (!Array.isArray(exception))
    throw wrongShape(
      `exception gave ${show(exception)} (${kindOf(exception)}), not a set of waivers: define it as \`exception contains {"grant": ..., "rules": [...], "reason": ...} if { ... }\``,
      undefined,
    );
  return { deny: deny ?? [], warn: warn ?? [], waivers: readWaivers(exception) };
}

function wrongShape(problem: string, head: RuleHead | undefined): PolicyResultError {
  return new PolicyResultError(problem, head && { file: head.file, row: head.row, col: head.col });
}

/** Why `value` cannot be a finding, or undefined when it can. */
function shapeProblem(name: string, value: unknown): string | undefined {
  const expected = `each element of ${name} must be a string or an object {"msg": string, "rule", "grant", "field", ...}`;
  if (typeof value === 'string') return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${name} gave ${show(value)} (${kindOf(value)}); ${expected}`;
  const item = value as Record<string, unknown>;
  if (!Object.hasOwn(item, 'msg'))
    return `${name} gave ${show(value)}, an object without "msg"; add "msg": a sentence that says what is wrong and how to fix it`;
  for (const field of TEXT_FIELDS) {
    if (!Object.hasOwn(item, field) || typeof item[field] === 'string') continue;
    return `${name} gave ${show(value)}, whose "${field}" is ${kindOf(item[field])}; make "${field}" a string${field === 'msg' ? ' (sprintf builds one)' : ''}`;
  }
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/**
 * The rule that produced `value`. With one candidate it is that rule. With several, each
 * is renamed in its source to a rule of its own, the renamed rules are compiled and
 * evaluated on the same input, and the first one that yields the value is the culprit.
 * This costs a compile, paid only when a policy is already known to be wrong.
 */
async function blame(
  entrypoint: string,
  value: unknown,
  input: unknown,
  options: EvaluateOptions,
  eligible: (head: RuleHead) => boolean = () => true,
): Promise<RuleHead | undefined> {
  const path = entrypoint.split('/');
  const candidates = ruleHeads(options.sources.modules).filter(
    (h) => h.path.length === path.length && h.path.every((p, i) => p === path[i]) && eligible(h),
  );
  if (candidates.length <= 1) return candidates[0];
  const renamed = renameRules(options.sources, candidates);
  const entrypoints = candidates.map((_, i) => [...path.slice(0, -1), alias(path, i)].join('/'));
  const evaluator = await loadBundle(await bundleSources(renamed, entrypoints), {
    now: options.now,
    strictBuiltinErrors: options.strictBuiltinErrors,
  });
  const wanted = canonical(value);
  return candidates.find((_, i) => {
    const result: unknown = evaluator.evaluate(input, entrypoints[i] as string)[0]?.result;
    if (canonical(result) === wanted) return true;
    return Array.isArray(result) && result.some((r) => canonical(r) === wanted);
  });
}

function alias(path: string[], index: number): string {
  return `${path[path.length - 1]}__accessctl_blame_${index}`;
}

/** The sources with each candidate's name rewritten in place (later spots first). */
function renameRules(sources: Sources, candidates: RuleHead[]): Sources {
  const byFile = new Map<string, { head: RuleHead; index: number }[]>();
  candidates.forEach((head, index) =>
    byFile.set(head.file, [...(byFile.get(head.file) ?? []), { head, index }]),
  );
  const modules = sources.modules.map((m) => {
    const spots = byFile.get(m.file);
    if (spots === undefined) return m;
    const lines = m.source.split('\n');
    for (const { head, index } of spots.sort(
      (a, b) => b.head.row - a.head.row || b.head.col - a.head.col,
    )) {
      const line = lines[head.row - 1] ?? '';
      const at = head.col - 1;
      if (line.slice(at, at + head.name.length) !== head.name) continue;
      lines[head.row - 1] =
        line.slice(0, at) + alias(head.path, index) + line.slice(at + head.name.length);
    }
    return { ...m, source: lines.join('\n') };
  });
  return { modules, data: sources.data };
}

/** JSON with object keys sorted, so equal values compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
