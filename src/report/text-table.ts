// Columns for a terminal: each padded to its widest cell, two spaces apart and indented by
// two; the last column is not padded, so a long message leaves no trailing blanks.
export function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((_, i) =>
    Math.max(...[head, ...rows].map((row) => (row[i] ?? '').length)),
  );
  const render = (row: string[]) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}\n`;
  return [head, ...rows].map(render).join('');
}
