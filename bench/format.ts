import type { Measurement, StepDetail } from './suite.js';

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MiB`;
}

export function formatDetail(detail: StepDetail): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

/** "3.10x baseline": how many times slower (or faster) than the baseline of the same run. */
export function ratio(measured: Measurement, baseline: Measurement): string {
  return `${(measured.ms / baseline.ms).toFixed(2)}x baseline`;
}

/** Left-aligned columns, for rows of figures a person reads. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
