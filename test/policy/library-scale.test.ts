import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildAccessModel, type AccessSourceFile } from '../../src/model/index.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { compileSources, collectSources, type Sources } from '../../src/rego/bundle/index.js';
import { loadModule, type PolicyEvaluator } from '../../src/rego/runtime/index.js';

/**
 * The built-in library over a pull request in a 100,000-grant repository: deny and warn
 * over one parse of the input give what each gives over its own, and the memory they need
 * stays proportional to the input (measured: the input's JSON, its parsed values and the
 * larger entrypoint's heap come to about 3 bytes a byte; 2.5 runs out). A rule that scans
 * every user for each grant breaks the bound. Values that the input's first reader sorts
 * into memory the next entrypoint reuses are tested in test/rego/wasm/collections.test.ts.
 */

const GRANTS = 100_000;
const NOW = new Date('2026-11-27T12:00:00Z');
/** Bytes of heap the library may use for each byte of input JSON (measured: about 3). */
const HEAP_PER_INPUT_BYTE = 4;
const ENTRYPOINTS = ['access/deny', 'access/warn'];
const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

function file(relativePath: string, documents: string[]): AccessSourceFile {
  const text = documents.join('---\n');
  return {
    path: `access/${relativePath}`,
    relativePath,
    size: Buffer.byteLength(text),
    read: () => text,
  };
}

/**
 * A repository shaped like the bench's (bench/generate-access.ts) without touching the disk:
 * one user for every 20 grants, listed user-0, user-1, ... so that the users keyed by login
 * (user-10 sorts before user-2) reach the module out of order.
 */
function repository(grants: number): AccessSourceFile[] {
  const users = grants / 20;
  const teams = users / 25;
  const repos = grants / 200;
  const roles = ['pull', 'triage', 'push', 'maintain', 'admin'];
  const catalog = Array.from(
    { length: repos },
    (_, r) => `kind: Resource
id: github:repo/bench/repo-${r}
owners: [team:team-${r % teams}]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  triage: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 180 }
  maintain: { risk: high, maxDays: 90, approvals: 2 }
  admin: { risk: critical, maxDays: 30, approvals: 2, requires: [ticket] }
`,
  );
  const people = Array.from(
    { length: users },
    (_, u) => `kind: User\nid: user-${u}\n${u % 97 === 3 ? 'status: leaver\n' : ''}`,
  );
  const groups = Array.from(
    { length: teams },
    (_, t) =>
      `kind: Team\nid: team-${t}\nmembers: [${Array.from({ length: 10 }, (_, i) => `user-${t * 10 + i}`).join(', ')}]\n`,
  );
  const files = [
    file('catalog/resources.yaml', catalog),
    file('identities/users.yaml', people),
    file('identities/teams.yaml', groups),
  ];
  for (let batch = 0; batch < grants / 1000; batch++) {
    const documents = Array.from({ length: 1000 }, (_, i) => {
      const g = batch * 1000 + i;
      // the first two grants of a batch are admin and pull of one user on one repository
      // (the pull is redundant); every 50th expires within the week
      const twin = i === 1 ? g - 1 : g;
      const role = i === 0 ? 'admin' : i === 1 ? 'pull' : (roles[g % roles.length] as string);
      const expires = g % 50 === 0 ? '2026-12-01' : `2027-0${1 + (g % 9)}-1${g % 10}`;
      return `kind: Grant
id: grant-${g}
subject: user:user-${(twin * 7919) % users}
resource: github:repo/bench/repo-${twin % repos}
role: ${role}
reason: Generated request number ${g} for load testing of the access model
expires: ${expires}
${role === 'admin' ? `ticket: BENCH-${g}\n` : ''}`;
    });
    files.push(file(`grants/batch-${batch}.yaml`, documents));
  }
  return files;
}

let sources: Sources;
let wasm: Uint8Array;
let input: unknown;
let inputBytes: number;

beforeAll(async () => {
  sources = await collectSources([POLICIES]);
  wasm = await compileSources(sources, ENTRYPOINTS);
  const model = buildAccessModel(repository(GRANTS));
  // every document is valid: the model's only findings are about the leavers
  expect(new Set(model.findings.map((f) => f.rule))).toEqual(
    new Set(['leaver-has-grant', 'leaver-in-team']),
  );
  const changed = ['grant-7', 'grant-50007', 'grant-99997'];
  input = buildPolicyInput(model, {
    now: NOW,
    changes: { added: [], modified: changed, removed: [], files: [] },
  });
  inputBytes = Buffer.byteLength(JSON.stringify(input));
}, 120_000);

/** The library's module; `memoryPages` fixes its memory instead of sizing it to the input. */
async function library(memoryPages?: number): Promise<PolicyEvaluator> {
  return loadModule(wasm, sources.data, { now: NOW, strictBuiltinErrors: true, memoryPages });
}

describe(`the built-in library over ${GRANTS.toLocaleString('en')} grants`, () => {
  it(`judges deny and warn over one parse in ${HEAP_PER_INPUT_BYTE} bytes of memory a byte of input, as each alone`, async () => {
    const bounded = await library(Math.ceil((inputBytes * HEAP_PER_INPUT_BYTE) / 65_536));
    const [deny, warn] = bounded.evaluateEach(input, ENTRYPOINTS);
    const rules = (results: typeof deny) =>
      new Set((results?.[0]?.result as { rule: string }[]).map((f) => f.rule));
    expect(rules(deny)).toEqual(new Set(['leaver-has-grant', 'max-duration']));
    expect(rules(warn)).toEqual(new Set(['expires-soon', 'redundant-role']));
    // each entrypoint over an input of its own, with the default limit
    const alone = await library();
    expect(alone.evaluate(input, 'access/warn')).toEqual(warn);
    expect(alone.evaluate(input, 'access/deny')).toEqual(deny);
  }, 120_000);
});
