/**
 * A line diff for pull-request file lists: counts and a unified patch with full context, from
 * a longest-common-subsequence walk. Test files are small, so the quadratic table is fine; past
 * the cap the whole file counts as replaced.
 */

export interface LineDiff {
  additions: number;
  deletions: number;
  patch: string;
}

const CELL_CAP = 4_000_000;

function lines(text: string): string[] {
  if (text === '') return [];
  const split = text.split('\n');
  if (split[split.length - 1] === '') split.pop();
  return split;
}

export function diffLines(before: string, after: string): LineDiff {
  const a = lines(before);
  const b = lines(after);
  const ops: string[] = [];
  if (a.length * b.length > CELL_CAP) {
    ops.push(...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`));
  } else {
    const width = b.length + 1;
    const table = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        table[i * width + j] =
          a[i] === b[j]
            ? (table[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        ops.push(` ${a[i]}`);
        i++;
        j++;
      } else if (
        j < b.length &&
        (i >= a.length || (table[i * width + j + 1] ?? 0) >= (table[(i + 1) * width + j] ?? 0))
      ) {
        ops.push(`+${b[j]}`);
        j++;
      } else {
        ops.push(`-${a[i]}`);
        i++;
      }
    }
  }
  const additions = ops.filter((op) => op.startsWith('+')).length;
  const deletions = ops.filter((op) => op.startsWith('-')).length;
  const header = `@@ -${a.length === 0 ? 0 : 1},${a.length} +${b.length === 0 ? 0 : 1},${b.length} @@`;
  return { additions, deletions, patch: [header, ...ops].join('\n') };
}
