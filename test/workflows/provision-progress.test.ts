import { describe, expect, it } from 'vitest';

import { Progress, PROGRESS_EVERY_MS } from '../../src/workflows/provision/progress.js';

/** Progress lines of a long run of spaced writes: done, left, and the time to go. */

function run(total: number, msPerOperation: number, steps?: string): string[] {
  let now = 0;
  const lines: string[] = [];
  const progress = new Progress(
    total,
    (line) => lines.push(line),
    () => now,
    steps,
  );
  for (let n = 0; n < total; n++) {
    now += msPerOperation;
    progress.tick();
  }
  return lines;
}

describe('progress of a long provisioning run', () => {
  it('says what is done, what is left and the time to go, every 15 s and at the end', () => {
    const lines = run(500, 2000);
    expect(lines[0]).toBe('progress: 8 of 500 operations done, 492 left, about 16 min 24 s to go');
    expect(lines.at(-1)).toBe('progress: 500 of 500 operations done, 0 left, in 16 min 40 s');
    // a line once PROGRESS_EVERY_MS has passed (every 8 operations here) and one at the end
    expect(lines.length).toBe(Math.floor(500 / Math.ceil(PROGRESS_EVERY_MS / 2000)) + 1);
  });

  it('stays quiet on a short run: few steps, or many over within 15 s', () => {
    expect(run(5, 2000)).toEqual([]);
    expect(run(800, 10)).toEqual([]);
  });

  it('names its steps as asked', () => {
    expect(run(40, 1000, 'changed grants traced').at(-1)).toBe(
      'progress: 40 of 40 changed grants traced, 0 left, in 40 s',
    );
  });
});
