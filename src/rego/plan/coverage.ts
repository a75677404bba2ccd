// Coverage for `accessctl test --coverage`: a copy of the plan in which the first
// statement planned from each source line of a block is preceded by a call that reports
// the line to the host. The calls use `trace`, a builtin every runtime answers through
// the host's print hook, so neither the Wasm runtime nor the SDK changes; the plan of a
// normal build never carries them. A line counts as run when evaluation reached a
// statement planned from it (entering an expression, as `opa test --coverage` counts).
import type { Block, Policy, Stmt } from '../ir/ir.js';

/** Far above any local a plan uses: the call's result is written there and never read. */
const SINK_LOCAL = 999_999_999;

export interface CoverageProbe {
  /** The plan with the reporting calls in place. */
  policy: Policy;
  /** The `trace` note a probe prints for `file`/`row` is `${prefix}${file}:${row}`. */
  prefix: string;
  /** The lines of each probed file that some statement was planned from. */
  planned: Map<string, Set<number>>;
}

/**
 * Probes every line of the files `include` accepts. The prefix carries a random nonce so
 * a policy's own `trace` text can never be mistaken for a probe.
 */
export function instrumentCoverage(
  source: Policy,
  include: (file: string) => boolean,
  nonce: string,
): CoverageProbe {
  const policy = structuredClone(source);
  const prefix = `accessctl-coverage:${nonce}:`;
  const files = (policy.static?.files ?? []).map((f) => f.value);
  const strings = (policy.static ??= {}).strings ?? (policy.static.strings = []);
  const noteIndex = new Map<string, number>();
  const planned = new Map<string, Set<number>>();
  const note = (file: string, row: number): number => {
    const text = `${prefix}${file}:${row}`;
    planned.set(file, (planned.get(file) ?? new Set()).add(row));
    let index = noteIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push({ value: text });
      noteIndex.set(text, index);
    }
    return index;
  };

  const probeBlock = (block: Block): void => {
    const stmts: Stmt[] = [];
    let last = '';
    for (const stmt of block.stmts) {
      const at = stmt.stmt;
      const file = files[at.file];
      if (file !== undefined && at.row > 0 && include(file)) {
        const key = `${at.file}:${at.row}`;
        if (key !== last) {
          stmts.push({
            type: 'CallStmt',
            stmt: {
              func: 'trace',
              args: [{ type: 'string_index', value: note(file, at.row) }],
              result: SINK_LOCAL,
              file: at.file,
              row: at.row,
              col: at.col,
            },
          });
          last = key;
        }
      }
      for (const nested of nestedBlocks(stmt)) probeBlock(nested);
      stmts.push(stmt);
    }
    block.stmts = stmts;
  };

  for (const plan of policy.plans?.plans ?? []) plan.blocks.forEach(probeBlock);
  for (const func of policy.funcs?.funcs ?? []) func.blocks.forEach(probeBlock);
  return { policy, prefix, planned };
}

function nestedBlocks(stmt: Stmt): Block[] {
  switch (stmt.type) {
    case 'BlockStmt':
      return stmt.stmt.blocks;
    case 'ScanStmt':
    case 'NotStmt':
    case 'WithStmt':
      return [stmt.stmt.block];
    default:
      return [];
  }
}

/** Reads a probe's `trace` output line back: the file and row, or undefined for other text. */
export function readProbe(line: string, prefix: string): { file: string; row: number } | undefined {
  // The host prints a trace note as `Note "<text>"`, the text JSON-quoted.
  if (!line.startsWith('Note "')) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(line.slice('Note '.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || !text.startsWith(prefix)) return undefined;
  const rest = text.slice(prefix.length);
  const cut = rest.lastIndexOf(':');
  return { file: rest.slice(0, cut), row: Number(rest.slice(cut + 1)) };
}
