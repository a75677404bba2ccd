// Which scans may visit a set's or object's members in the order they were inserted
// instead of OPA's sorted order. Sorting a large collection costs n log n comparisons,
// and most scans cannot tell the difference: a body that only adds to sets, inserts
// object keys once or assigns once gives the same result in any order. A scan stays
// ordered when its body could show the order: appending to an array made outside the
// body, any other write to a local used outside it, breaking or returning out of it,
// calling something that prints, or a dynamic call.

import type { Block, Func, Local, Plan, Stmt } from '../ir/ir.js';

type ScanStmt = Extract<Stmt, { type: 'ScanStmt' }>['stmt'];

// Writes whose outcome does not depend on the order they happen in: the same members
// end up in the set, and a second, different value is the same conflict error.
const COMMUTATIVE = new Set(['SetAddStmt', 'ObjectInsertOnceStmt', 'AssignVarOnceStmt']);

const WRITE_FIELDS = ['target', 'result', 'array', 'object', 'set', 'local'] as const;

const PRINT = new Set(['print', 'internal.print']);

/** Statements of a block and of every block nested in it. */
function* walk(block: Block): Generator<Stmt> {
  for (const s of block.stmts) {
    yield s;
    const st = s.stmt as { block?: Block; blocks?: Block[] };
    if (st.block) yield* walk(st.block);
    if (st.blocks) for (const b of st.blocks) yield* walk(b);
  }
}

// Fields that hold numbers which are not locals.
const NOT_LOCALS = new Set(['file', 'row', 'col', 'capacity', 'Index', 'index', 'path']);

/** The locals a statement names outside its nested blocks (operands and fields). */
function mentioned(s: Stmt): Set<number> {
  const into = new Set<number>();
  const literal = s.type === 'MakeNumberIntStmt' || s.type === 'AssignIntStmt';
  const visit = (value: unknown, key: string): void => {
    if (key === 'block' || key === 'blocks' || NOT_LOCALS.has(key)) return;
    if (literal && key === 'value') return;
    if (typeof value === 'number') into.add(value);
    else if (Array.isArray(value)) for (const v of value) visit(v, '');
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      // An operand: only a local one names a local (the others index static strings).
      if (typeof o.type === 'string') {
        if (o.type === 'local' && typeof o.value === 'number') into.add(o.value);
        return;
      }
      for (const [k, v] of Object.entries(o)) visit(v, k);
    }
  };
  visit(s.stmt, '');
  return into;
}

// What each statement reads and writes, worked out once: every scan of a function asks
// about every statement of it (measured on the default library: 56 scans over 1,645
// statements; without the memo the analysis took longer than writing the module).
const readsOf = new WeakMap<Stmt, Set<Local>>();
const writesOf = new WeakMap<Stmt, Local[]>();

function writes(s: Stmt): Local[] {
  let out = writesOf.get(s);
  if (out !== undefined) return out;
  const st = s.stmt as Record<string, unknown>;
  out = [];
  for (const f of WRITE_FIELDS) if (typeof st[f] === 'number') out.push(st[f] as number);
  if (s.type === 'ScanStmt') out.push(s.stmt.key, s.stmt.value);
  writesOf.set(s, out);
  return out;
}

/** What a statement reads: what it mentions that it does not write. */
function reads(s: Stmt): Set<Local> {
  let r = readsOf.get(s);
  if (r !== undefined) return r;
  r = mentioned(s);
  for (const l of writes(s)) r.delete(l);
  readsOf.set(s, r);
  return r;
}

/** The blocks among `roots` that hold `target` at any depth, `target` included. */
function enclosing(roots: readonly Block[], target: Block): Set<Block> {
  const holding = new Set<Block>();
  const seen = new Map<Block, boolean>();
  const visit = (b: Block): boolean => {
    const known = seen.get(b);
    if (known !== undefined) return known;
    let found = b === target;
    for (const s of b.stmts) {
      const st = s.stmt as { block?: Block; blocks?: Block[] };
      if (st.block && visit(st.block)) found = true;
      for (const n of st.blocks ?? []) if (visit(n)) found = true;
    }
    seen.set(b, found);
    if (found) holding.add(b);
    return found;
  };
  for (const root of roots) visit(root);
  return holding;
}

/**
 * Whether some statement could read a value in `watched` that the scan over `scan`
 * left behind: reading it after the scan ran (or on the next round of a loop around
 * the scan) before writing it anew. Writes in a nested block do not count as done
 * after it. The scan's own body is not walked. Only watched locals are tracked as
 * written, which keeps the sets copied into each nested block small.
 */
function readsLeftover(
  stmts: readonly Stmt[],
  watched: Set<Local>,
  defined: Set<Local>,
  scan: Block,
  around: Set<Block>,
): boolean {
  const d = new Set(defined);
  for (const s of stmts) {
    for (const l of reads(s)) if (watched.has(l) && !d.has(l)) return true;
    const st = s.stmt as { block?: Block; blocks?: Block[] };
    const nested = [...(st.block ? [st.block] : []), ...(st.blocks ?? [])];
    let passed = false;
    for (const b of nested) {
      if (b === scan) {
        passed = true;
        continue;
      }
      const holdsScan = around.has(b);
      passed ||= holdsScan;
      const inner = new Set(d);
      if (s.type === 'ScanStmt') {
        for (const l of [s.stmt.key, s.stmt.value]) if (watched.has(l)) inner.add(l);
        // A loop around the scan starts its next round with the scan's leftovers.
        if (holdsScan) for (const l of watched) inner.delete(l);
      }
      if (readsLeftover(b.stmts, watched, inner, scan, around)) return true;
    }
    for (const l of writes(s)) if (watched.has(l)) d.add(l);
    if (passed) for (const l of watched) d.delete(l);
  }
  return false;
}

/** IR functions that print, directly or through functions they call. */
export function printingFunctions(funcs: readonly Func[]): Set<string> {
  const calls = new Map<string, Set<string>>();
  for (const f of funcs) {
    const callees = new Set<string>();
    for (const b of f.blocks)
      for (const s of walk(b)) if (s.type === 'CallStmt') callees.add(s.stmt.func);
    calls.set(f.name, callees);
  }
  const printing = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, callees] of calls) {
      if (printing.has(name)) continue;
      if ([...callees].some((c) => PRINT.has(c) || printing.has(c))) {
        printing.add(name);
        changed = true;
      }
    }
  }
  return printing;
}

/** The scans of one function (or plan) whose order nothing can observe. */
export function unorderedScans(owner: Func | Plan, printing: Set<string>): Set<ScanStmt> {
  const out = new Set<ScanStmt>();
  for (const block of owner.blocks)
    for (const scan of walk(block)) {
      if (scan.type !== 'ScanStmt') continue;
      if (orderFree(owner, scan.stmt, printing)) out.add(scan.stmt);
    }
  return out;
}

function orderFree(owner: Func | Plan, scan: ScanStmt, printing: Set<string>): boolean {
  // What an iteration leaves behind that is not the same in any order.
  const left = new Set<Local>([scan.key, scan.value]);
  for (const s of walk(scan.block)) {
    switch (s.type) {
      case 'BreakStmt':
      case 'ReturnLocalStmt':
      case 'CallDynamicStmt':
        return false;
      case 'CallStmt':
        if (PRINT.has(s.stmt.func) || printing.has(s.stmt.func)) return false;
        break;
      default:
        break;
    }
    if (!COMMUTATIVE.has(s.type)) for (const l of writes(s)) left.add(l);
  }
  if ('params' in owner && (owner.params.some((p) => left.has(p)) || left.has(owner.return)))
    return false;
  // Nothing outside the body, nor the body's next iteration, may read what was left.
  const around = enclosing(owner.blocks, scan.block);
  const first = new Set([scan.key, scan.value]);
  if (readsLeftover(scan.block.stmts, left, first, scan.block, around)) return false;
  return !owner.blocks.some((b) => readsLeftover(b.stmts, left, new Set(), scan.block, around));
}
