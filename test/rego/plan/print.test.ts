import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../src/rego/ir/ir.js';
import { goString, printPlan } from '../../../src/rego/plan/print.js';

describe('printPlan', () => {
  it('writes fields in Go struct order, the location where each struct embeds it', () => {
    const policy: Policy = {
      static: { strings: [{ value: 'result' }], files: [{ value: 'p.rego' }] },
      plans: { plans: [{ name: 't/p', blocks: [] }] },
      funcs: {
        funcs: [
          {
            name: 'g0.data.t.p',
            params: [0, 1],
            return: 2,
            path: ['g0', 't', 'p'],
            blocks: [
              {
                stmts: [
                  {
                    type: 'DotStmt',
                    stmt: {
                      target: 4,
                      key: { type: 'string_index', value: 0 },
                      source: { type: 'local', value: 0 },
                      file: 0,
                      row: 3,
                      col: 1,
                    },
                  },
                  {
                    type: 'MakeNumberRefStmt',
                    stmt: { target: 5, Index: 0, file: 0, row: 3, col: 1 },
                  },
                  {
                    type: 'CallStmt',
                    stmt: { func: 'time.now_ns', args: [], result: 6, file: 0, row: 3, col: 1 },
                  },
                ],
              },
            ],
          },
        ],
      },
    };
    expect(printPlan(policy)).toBe(
      '{"static":{"strings":[{"value":"result"}],"files":[{"value":"p.rego"}]},' +
        '"plans":{"plans":[{"name":"t/p","blocks":null}]},' +
        '"funcs":{"funcs":[{"name":"g0.data.t.p","params":[0,1],"blocks":[{"stmts":[' +
        '{"stmt":{"source":{"value":0,"type":"local"},"key":{"value":0,"type":"string_index"},"file":0,"col":1,"row":3,"target":4},"type":"DotStmt"},' +
        '{"stmt":{"file":0,"col":1,"row":3,"Index":0,"target":5},"type":"MakeNumberRefStmt"},' +
        '{"stmt":{"file":0,"col":1,"row":3,"func":"time.now_ns","args":null,"result":6},"type":"CallStmt"}' +
        ']}],"path":["g0","t","p"],"return":2}]}}',
    );
  });

  it('leaves out empty static lists and prints a missing function list as null', () => {
    expect(printPlan({ static: {}, plans: { plans: [] }, funcs: { funcs: [] } })).toBe(
      '{"static":{},"plans":{"plans":null},"funcs":{"funcs":null}}',
    );
  });

  it('escapes strings as Go does', () => {
    expect(goString('a"b\\c\n<&>\u0001\u2028é')).toBe(
      '"a\\"b\\\\c\\n\\u003c\\u0026\\u003e\\u0001\\u2028é"',
    );
  });
});
