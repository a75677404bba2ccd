import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { compileToPlan } from '../../../src/rego/compiler.js';
import { RegoEvalError, loadWasm } from '../../../src/rego/runtime/index.js';
import { loadWithDeadline } from '../../../src/rego/runtime/deadline.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

// A policy that would run for minutes in little memory (400 million host calls): one that
// built a large value instead could reach its memory limit before the deadline.
const slow = `package t
forever if {
\tsome a in numbers.range(1, 20000)
\tsome b in numbers.range(1, 20000)
\tsprintf("%x", [a * b]) == ""
}
quick := 42
shown if trace("from the policy")
`;

function wasmOf(source: string, entrypoints: string[]): Uint8Array {
  const r = compileToPlan([{ file: 'slow.rego', source }], { entrypoints });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return emitWasm(r.policy);
}

// A line for the policy's author, then a loop in little memory (400 million host calls).
const printsThenLoops = `package t
forever if {
\ttrace("looping")
\tsome a in numbers.range(1, 20000)
\tsome b in numbers.range(1, 20000)
\tsprintf("%x", [a * b]) == ""
}
shown if trace("from the policy")
`;

describe('evaluation deadline', () => {
  const wasm = wasmOf(slow, ['t/forever', 't/quick', 't/shown']);

  it('stops a policy past its deadline, naming the entrypoint, and fails every later call', async () => {
    const policy = await loadWithDeadline(wasm, { timeoutMs: 300 });
    expect(policy.evaluate({}, 't/quick')).toEqual([{ result: 42 }]);
    const started = performance.now();
    let error: unknown;
    try {
      policy.evaluateEach({}, ['t/quick', 't/forever']);
    } catch (e) {
      error = e;
    }
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(RegoEvalError);
    expect((error as RegoEvalError).code).toBe('eval_cancel_error');
    expect((error as Error).message).toMatch(
      /^eval_cancel_error: t\/forever: evaluation stopped after 0.3 s, its deadline; .*--timeout/,
    );
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(5000);
    // Spent: no later answer comes from a thread that was stopped halfway.
    expect(() => policy.evaluate({}, 't/quick')).toThrow(/t\/forever: evaluation stopped/);
  });

  it('reads a whole input in one evaluation exactly as the module in this thread reads it', async () => {
    // evaluateEach serialises the input before it crosses to the thread, as this thread's
    // evaluator does: what JSON gives (a toJSON, a mapping without a prototype, text in any
    // script, numbers past 2^53) is what both judge
    const echo = wasmOf('package t\nechoed := input\ncounted := count(input.grants)', [
      't/echoed',
      't/counted',
    ]);
    const policy = await loadWithDeadline(echo, { timeoutMs: 10_000 });
    const here = await loadWasm(echo);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { id: 'g-1' });
    const input = {
      grants: [bare, { id: 'g-2', reason: 'für das Team, 日本語 \u2028' }],
      when: new Date('2026-12-07T08:00:00Z'),
      stamped: { toJSON: () => 'as JSON says' },
      big: 2 ** 60,
    };
    const names = ['t/echoed', 't/counted'];
    expect(policy.evaluateEach(input, names)).toEqual(here.evaluateEach(input, names));
    expect(policy.evaluateEach(input, names)[0]).toEqual([
      { result: JSON.parse(JSON.stringify(input)) as unknown },
    ]);
  });

  it('answers as the same module in this thread does, errors and print lines included', async () => {
    const lines: string[] = [];
    const policy = await loadWithDeadline(wasm, { timeoutMs: 10_000, print: (l) => lines.push(l) });
    const here = await loadWasm(wasm, { print: () => {} });
    const input = { grants: [1, 2, 3] };
    expect(policy.evaluateEach(input, ['t/quick', 't/shown'])).toEqual(
      here.evaluateEach(input, ['t/quick', 't/shown']),
    );
    expect(policy.evaluateEachJson(JSON.stringify(input), ['t/quick', 't/shown'])).toEqual(
      here.evaluateEach(input, ['t/quick', 't/shown']),
    );
    expect(lines).toEqual([`Note "from the policy"`, `Note "from the policy"`]);
    expect(() => policy.evaluate({}, 't/missing')).toThrow(
      /entrypoint t\/missing is not in this bundle/,
    );
    const failing = await loadWithDeadline(wasmOf('package t\np := 1 / input.zero', ['t/p']), {
      timeoutMs: 10_000,
      strictBuiltinErrors: true,
    });
    expect(() => failing.evaluate({ zero: 0 }, 't/p')).toThrow(/div: divide by zero/);
  });

  it('writes print lines to standard error as they come, even from a policy then stopped', () => {
    // A child process: its standard error is what a policy author reads. The thread never
    // returns to an event loop, so a line it wrote through one would never arrive.
    const script = `
      import { compileToPlan } from './src/rego/compiler.ts';
      import { emitWasm } from './src/rego/wasm/emit.ts';
      import { loadWithDeadline } from './src/rego/runtime/deadline.ts';
      const source = ${JSON.stringify(printsThenLoops)};
      const r = compileToPlan([{ file: 'slow.rego', source }], { entrypoints: ['t/forever', 't/shown'] });
      const policy = await loadWithDeadline(emitWasm(r.policy), { timeoutMs: 1000 });
      policy.evaluate({}, 't/shown');
      try { policy.evaluate({}, 't/forever'); } catch (error) { console.log(error.message); }
    `;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8' },
    );
    expect(run.stdout).toMatch(/t\/forever: evaluation stopped after 1 s/);
    expect(run.stderr).toContain('Note "from the policy"\nNote "looping"\n');
  });

  it('answers queued evaluations in order while the caller goes on, each under the deadline', async () => {
    const lines: string[] = [];
    const policy = await loadWithDeadline(wasm, { timeoutMs: 400, print: (l) => lines.push(l) });
    const here = await loadWasm(wasm, { print: () => {} });
    const inputs = Array.from({ length: 20 }, (_, k) => JSON.stringify({ k }));
    const answers = inputs.map((input) => policy.queueEachJson(input, ['t/quick', 't/shown']));
    // the caller is not blocked: nothing can have been answered before it looks
    let settled = 0;
    for (const answer of answers) void answer.then(() => (settled += 1));
    expect(settled).toBe(0);
    expect(() => policy.evaluate({}, 't/quick')).toThrow(/queued ones are still under way/);
    const expected = here.evaluateEachJson(inputs[0] as string, ['t/quick', 't/shown']);
    for (const answer of answers) expect(await answer).toEqual(expected);
    expect(lines).toHaveLength(20);
    // a queued evaluation past its deadline fails, and so does everything queued after it
    const quick = policy.queueEachJson('{}', ['t/quick']);
    const looping = policy.queueEachJson('{}', ['t/quick', 't/forever']);
    const after = policy.queueEachJson('{}', ['t/quick']);
    expect(await quick).toEqual([[{ result: 42 }]]);
    await expect(looping).rejects.toThrow(/t\/forever: evaluation stopped after 0.4 s/);
    await expect(after).rejects.toThrow(/t\/forever: evaluation stopped/);
    await expect(policy.queueEachJson('{}', ['t/quick'])).rejects.toThrow(/evaluation stopped/);
  });

  it('never stops a queued evaluation that was answered while the caller was busy', async () => {
    const policy = await loadWithDeadline(wasm, { timeoutMs: 200 });
    const answers = [1, 2, 3].map((k) => policy.queueEachJson(`{"k":${k}}`, ['t/quick']));
    // the caller works past the deadline without looking at its event loop, where the loop
    // next runs the timers that are due before it reads any message
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        for (const until = Date.now() + 600; Date.now() < until;);
        resolve();
      }),
    );
    for (const answer of answers) expect(await answer).toEqual([[{ result: 42 }]]);
    expect(await policy.queueEachJson('{}', ['t/quick'])).toEqual([[{ result: 42 }]]);
  });

  it('answers what was queued before it closes', async () => {
    const policy = await loadWithDeadline(wasm, { timeoutMs: 10_000 });
    const answers = [1, 2, 3].map((k) => policy.queueEachJson(`{"k":${k}}`, ['t/quick']));
    await policy.close?.();
    for (const answer of answers) expect(await answer).toEqual([[{ result: 42 }]]);
    await expect(policy.queueEachJson('{}', ['t/quick'])).rejects.toThrow(/closed/);
  });

  it('refuses a deadline that is not a positive number', async () => {
    await expect(loadWithDeadline(wasm, { timeoutMs: 0 })).rejects.toThrow(/positive/);
  });
});
