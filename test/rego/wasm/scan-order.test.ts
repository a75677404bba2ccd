import { describe, expect, it } from 'vitest';

import type { Block, Func, Stmt } from '../../../src/rego/ir/ir.js';
import { compileToPlan } from '../../../src/rego/compiler.js';
import { block, local, st, str } from './helpers.js';
import { printingFunctions, unorderedScans } from '../../../src/rego/wasm/scan-order.js';

function plan(source: string, entrypoints: string[]) {
  const r = compileToPlan([{ file: 'test.rego', source }], { entrypoints });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.policy;
}

function scans(block: Block): Stmt[] {
  const out: Stmt[] = [];
  for (const s of block.stmts) {
    if (s.type === 'ScanStmt') out.push(s);
    const st = s.stmt as { block?: Block; blocks?: Block[] };
    if (st.block) out.push(...scans(st.block));
    for (const b of st.blocks ?? []) out.push(...scans(b));
  }
  return out;
}

/** For the rule function named `rule`: how many of its scans may run unordered, of all. */
function unordered(source: string, rule: string): [number, number] {
  const policy = plan(source, [`t/${rule}`]);
  const funcs: Func[] = policy.funcs?.funcs ?? [];
  const fn = funcs.find((f) => f.name === `g0.data.t.${rule}`);
  if (!fn) throw new Error(`no function for ${rule}: ${funcs.map((f) => f.name).join(', ')}`);
  const all = fn.blocks.flatMap(scans);
  return [unorderedScans(fn, printingFunctions(funcs)).size, all.length];
}

describe('scans whose order nothing observes', () => {
  it('a body that only adds to a set may run in any order', () => {
    expect(unordered('package t\ns contains x if { some x in input.s; x != 1 }\n', 's')).toEqual([
      1, 1,
    ]);
  });

  it('each of several bodies reusing the same locals may too', () => {
    const source = `package t
s contains x if { some x in input.a }
s contains x if { some x in input.b }
s contains y if { some x in input.c; y := concat("-", [x, "c"]) }
`;
    expect(unordered(source, 's')).toEqual([3, 3]);
  });

  it('an array built across iterations keeps the order', () => {
    expect(unordered('package t\na := [x | some x in input.s]\n', 'a')).toEqual([0, 1]);
  });

  it('a value the last iteration leaves behind and the code after the scan reads keeps the order', () => {
    // last := x for every x, then return last: the answer depends on the order.
    const fn: Func = {
      name: 'g0.data.t.last',
      params: [0, 1],
      return: 2,
      blocks: [
        block(
          st('DotStmt', { source: local(0), key: str(0), target: 3 }),
          // Set before the scan too: that write does not make the read after it safe.
          st('AssignVarStmt', { source: local(3), target: 6 }),
          st('ScanStmt', {
            source: 3,
            key: 4,
            value: 5,
            block: block(st('AssignVarStmt', { source: local(5), target: 6 })),
          }),
          st('AssignVarStmt', { source: local(6), target: 2 }),
        ),
        block(st('ReturnLocalStmt', { source: 2 })),
      ],
    };
    expect(unorderedScans(fn, new Set()).size).toBe(0);
  });

  it('printing in the body, directly or through a function, keeps the order', () => {
    const scanCalling = (func: string): Func => ({
      name: 'g0.data.t.s',
      params: [0, 1],
      return: 2,
      blocks: [
        block(st('MakeSetStmt', { target: 2 })),
        block(
          st('DotStmt', { source: local(0), key: str(0), target: 3 }),
          st('ScanStmt', {
            source: 3,
            key: 4,
            value: 5,
            block: block(
              st('CallStmt', { func, args: [local(5)], result: 6 }),
              st('SetAddStmt', { value: local(5), set: 2 }),
            ),
          }),
        ),
        block(st('ReturnLocalStmt', { source: 2 })),
      ],
    });
    const printer: Func = {
      name: 'g0.data.t.show',
      params: [0, 1, 7],
      return: 8,
      blocks: [block(st('CallStmt', { func: 'internal.print', args: [local(7)], result: 8 }))],
    };
    expect(unorderedScans(scanCalling('internal.print'), new Set()).size).toBe(0);
    const printing = printingFunctions([printer]);
    expect([...printing]).toEqual(['g0.data.t.show']);
    expect(unorderedScans(scanCalling('g0.data.t.show'), printing).size).toBe(0);
    expect(unorderedScans(scanCalling('lower'), printing).size).toBe(1);
  });

  it('a complete rule assigning once may run in any order (a conflict is the same error)', () => {
    expect(unordered('package t\np := x if { some x in input.s; x > 2 }\n', 'p')).toEqual([1, 1]);
  });
});
