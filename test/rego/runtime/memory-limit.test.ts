import { describe, expect, it } from 'vitest';

import { bundleSources } from '../../../src/rego/bundle/index.js';
import { loadBundle } from '../../../src/rego/runtime/index.js';
import {
  DEFAULT_MEMORY_PAGES,
  HEAP_PER_INPUT_BYTE,
  MAX_MEMORY_PAGES,
  memoryPagesFor,
} from '../../../src/rego/runtime/memory-limit.js';

// Each item is copied eight times over: the heap an evaluation needs grows with its input,
// as the default library's does with the grants (about ten bytes of heap a byte of input).
const COPIES = `package test
copies contains concat("", [s, s, s, s, s, s, s, s]) if some s in input.items
size := count(copies)
`;
// A value for every pair of items: an input a thousandth of the limit still exhausts it.
const PAIRS = `package test
pairs contains [a, b] if {
  some a in input.items
  some b in input.items
}
`;

/** `count` distinct strings of `length` characters: about count * (length + 3) bytes of JSON. */
function items(count: number, length: number): { items: string[] } {
  return { items: Array.from({ length: count }, (_, i) => String(i).padEnd(length, 'x')) };
}

async function load(source: string, entrypoints: string[], options = {}) {
  const buf = await bundleSources(
    { modules: [{ file: 'test.rego', source }], data: {} },
    entrypoints,
  );
  return loadBundle(buf, options);
}

// A floor of 16 pages (1 MiB) stands for the default 256 MiB, so that an input of a
// megabyte plays a repository of 100,000 grants without making the test slow.
const FLOOR = 16;

describe('the memory limit of an evaluation', () => {
  it('grows with the input from a floor, up to what 32-bit memory can address', () => {
    expect(memoryPagesFor(0)).toBe(DEFAULT_MEMORY_PAGES);
    expect(memoryPagesFor(1_000_000)).toBe(DEFAULT_MEMORY_PAGES);
    // 100,000 generated grants make about 40 MB of input JSON
    const large = memoryPagesFor(40_000_000);
    expect(large).toBe(Math.ceil((40_000_000 * HEAP_PER_INPUT_BYTE) / 65_536));
    expect(large).toBeGreaterThan(DEFAULT_MEMORY_PAGES);
    expect(memoryPagesFor(1e12)).toBe(MAX_MEMORY_PAGES);
    expect(memoryPagesFor(100, 32)).toBe(32);
  });

  it('lets an input larger than the floor allows be judged, where a fixed limit fails', async () => {
    const input = items(2_500, 500);
    expect(JSON.stringify(input).length).toBeGreaterThan(FLOOR * 65_536);
    const fixed = await load(COPIES, ['test/size'], { memoryPages: FLOOR });
    expect(() => fixed.evaluate(input, 'test/size')).toThrow(
      expect.objectContaining({ code: 'eval_memory_error' }),
    );
    const sized = await load(COPIES, ['test/size', 'test/copies'], { memoryFloorPages: FLOOR });
    const asText = await load(COPIES, ['test/size', 'test/copies'], { memoryFloorPages: FLOOR });
    expect(asText.evaluateEachJson(JSON.stringify(input), ['test/size', 'test/copies'])[0]).toEqual(
      [{ result: 2_500 }],
    );
    expect(sized.evaluate(input, 'test/size')).toEqual([{ result: 2_500 }]);
    expect(sized.evaluateEach(input, ['test/size', 'test/copies'])[0]).toEqual([{ result: 2_500 }]);
    expect(JSON.parse(sized.evaluateText(JSON.stringify(input), 'test/size'))).toEqual([
      { result: 2_500 },
    ]);
    // a small input after a large one is judged by the same, larger, instance
    expect(sized.evaluate(items(3, 2), 'test/size')).toEqual([{ result: 3 }]);
  });

  it('keeps the data set before the limit grew', async () => {
    const source = `package test\nn := count(input.items) + data.extra\n`;
    const policy = await load(source, ['test/n'], { memoryFloorPages: FLOOR });
    policy.setData({ extra: 5 });
    expect(policy.evaluate(items(4_000, 400), 'test/n')).toEqual([{ result: 4_005 }]);
  });

  it('grows the same way in the thread a deadline runs the policy in', async () => {
    const policy = await load(COPIES, ['test/size', 'test/copies'], {
      memoryFloorPages: FLOOR,
      timeoutMs: 20_000,
    });
    expect(policy.evaluateEach(items(2_500, 500), ['test/size', 'test/copies'])[0]).toEqual([
      { result: 2_500 },
    ]);
  });

  it('still stops a policy that builds a value for every pair of its input', async () => {
    const policy = await load(PAIRS, ['test/pairs'], { memoryFloorPages: FLOOR });
    const input = items(3_000, 8);
    expect(JSON.stringify(input).length).toBeLessThan(FLOOR * 65_536);
    expect(() => policy.evaluate(input, 'test/pairs')).toThrow(
      expect.objectContaining({ code: 'eval_memory_error' }),
    );
  });

  it('stops it too once the limit has grown for a large input', async () => {
    const policy = await load(PAIRS, ['test/pairs'], { memoryFloorPages: FLOOR });
    const input = items(3_000, 400);
    expect(memoryPagesFor(JSON.stringify(input).length, FLOOR)).toBeGreaterThan(FLOOR);
    expect(() => policy.evaluate(input, 'test/pairs')).toThrow(
      expect.objectContaining({ code: 'eval_memory_error' }),
    );
  });
});
