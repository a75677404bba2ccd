// Which scans may visit a set's or object's members in the order they were inserted
// instead of OPA's sorted order. Sorting a large collection costs n log n comparisons,
// and most scans cannot tell the difference: a body that only adds to sets, inserts
// object keys once or assigns once gives the same result in any order. A scan stays
// ordered when its body could show the order: appending to an array made outside the
// body, any other write to a local used outside it, breaking or returning out of it,
// calling something that prints, or a dynamic call.

import type { Block, Func, Local, Operand, Plan, Stmt } from '../ir/ir.js';

type ScanStmt = Extract<Stmt, { type: 'ScanStmt' }>['stmt'];

// Writes whose outcome does not depend on the order they happen in: the same members
// end up in the set, and a second, different value is the same conflict error.
const COMMUTATIVE = new Set(['SetAddStmt', 'ObjectInsertOnceStmt', 'AssignVarOnceStmt']);

const WRITE_FIELDS = ['target', 'result', 'array', 'object', 'set', 'local'] as const;

const PRINT = new Set(['print', 'internal.print']);

/** A statement's nested blocks: a scan's, not's or with's body, a block statement's blocks. */
function nestedBlocks(s: Stmt): Block[] {
  switch (s.type) {
    case 'ScanStmt':
    case 'NotStmt':
    case 'WithStmt':
      return [s.stmt.block];
    case 'BlockStmt':
      return s.stmt.blocks;
    default:
      return [];
  }
}

/** Statements of a block and of every block nested in it, in order. */
function walk(block: Block, into: Stmt[] = []): Stmt[] {
  for (const s of block.stmts) {
    into.push(s);
    for (const b of nestedBlocks(s)) walk(b, into);
  }
  return into;
}

/** The locals an operand list names (string and boolean operands name none). */
function operandLocals(ops: readonly Operand[], into: Local[]): void {
  for (const op of ops) if (op.type === 'local') into.push(op.value);
}

/** The locals a statement names outside its nested blocks (operands and fields). */
function mentioned(s: Stmt): Local[] {
  const out: Local[] = [];
  switch (s.type) {
    case 'ReturnLocalStmt':
    case 'IsDefinedStmt':
    case 'IsUndefinedStmt':
      out.push(s.stmt.source);
      break;
    case 'ResultSetAddStmt':
      out.push(s.stmt.value);
      break;
    case 'CallStmt':
      operandLocals(s.stmt.args, out);
      out.push(s.stmt.result);
      break;
    case 'CallDynamicStmt':
      out.push(...s.stmt.args);
      operandLocals(s.stmt.path, out);
      out.push(s.stmt.result);
      break;
    case 'DotStmt':
      operandLocals([s.stmt.source, s.stmt.key], out);
      out.push(s.stmt.target);
      break;
    case 'LenStmt':
    case 'AssignVarStmt':
    case 'AssignVarOnceStmt':
      operandLocals([s.stmt.source], out);
      out.push(s.stmt.target);
      break;
    case 'ScanStmt':
      out.push(s.stmt.source, s.stmt.key, s.stmt.value);
      break;
    case 'AssignIntStmt':
    case 'ResetLocalStmt':
    case 'MakeNullStmt':
    case 'MakeNumberIntStmt':
    case 'MakeNumberRefStmt':
    case 'MakeArrayStmt':
    case 'MakeObjectStmt':
    case 'MakeSetStmt':
      out.push(s.stmt.target);
      break;
    case 'EqualStmt':
    case 'NotEqualStmt':
      operandLocals([s.stmt.a, s.stmt.b], out);
      break;
    case 'IsArrayStmt':
    case 'IsObjectStmt':
    case 'IsSetStmt':
      operandLocals([s.stmt.source], out);
      break;
    case 'ArrayAppendStmt':
      operandLocals([s.stmt.value], out);
      out.push(s.stmt.array);
      break;
    case 'ObjectInsertStmt':
    case 'ObjectInsertOnceStmt':
      operandLocals([s.stmt.key, s.stmt.value], out);
      out.push(s.stmt.object);
      break;
    case 'ObjectMergeStmt':
      out.push(s.stmt.a, s.stmt.b, s.stmt.target);
      break;
    case 'SetAddStmt':
      operandLocals([s.stmt.value], out);
      out.push(s.stmt.set);
      break;
    case 'WithStmt':
      out.push(s.stmt.local);
      operandLocals([s.stmt.value], out);
      break;
    case 'BlockStmt':
    case 'BreakStmt':
    case 'NotStmt':
    case 'NopStmt':
      break;
    default: {
      const unknown: never = s;
      throw new Error(`scan order: unknown IR statement ${(unknown as Stmt).type}`);
    }
  }
  return out;
}

interface StmtFacts {
  /** What the statement reads: what it mentions that it does not write. */
  reads: Local[];
  writes: Local[];
  /** Its nested blocks (a scan's body, a block statement's blocks, ...). */
  nested: Block[];
}

// Worked out once per statement: every scan of a function asks about every statement
// of it (the default library: 56 scans over 1,645 statements), mostly before the JIT
// has warmed up, so the walks below touch these small arrays and allocate little.
const factsOf = new WeakMap<Stmt, StmtFacts>();

function facts(s: Stmt): StmtFacts {
  let f = factsOf.get(s);
  if (f !== undefined) return f;
  const st = s.stmt as Record<string, unknown> & { block?: Block; blocks?: Block[] };
  const writes: Local[] = [];
  for (const field of WRITE_FIELDS)
    if (typeof st[field] === 'number') writes.push(st[field] as number);
  if (s.type === 'ScanStmt') writes.push(s.stmt.key, s.stmt.value);
  const reads = [...new Set(mentioned(s))].filter((l) => !writes.includes(l));
  f = { reads, writes, nested: nestedBlocks(s) };
  factsOf.set(s, f);
  return f;
}

/** The blocks among `roots` that hold `target` at any depth, `target` included. */
function enclosing(roots: readonly Block[], target: Block): Set<Block> {
  const holding = new Set<Block>();
  const seen = new Map<Block, boolean>();
  const visit = (b: Block): boolean => {
    const known = seen.get(b);
    if (known !== undefined) return known;
    let found = b === target;
    for (const s of b.stmts) for (const n of nestedBlocks(s)) if (visit(n)) found = true;
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
 * written, which keeps the sets copied into each nested block small. `defined` is the
 * caller's to give away: it is updated as the statements run.
 */
function readsLeftover(
  stmts: readonly Stmt[],
  watched: Set<Local>,
  defined: Set<Local>,
  scan: Block,
  around: ReadonlySet<Block>,
): boolean {
  const d = defined;
  for (const s of stmts) {
    const f = facts(s);
    for (const l of f.reads) if (watched.has(l) && !d.has(l)) return true;
    let passed = false;
    for (const b of f.nested) {
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
    for (const l of f.writes) if (watched.has(l)) d.add(l);
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
  const stmts: Stmt[] = [];
  for (const block of owner.blocks) walk(block, stmts);
  let readers: Map<Local, number> | undefined;
  for (const scan of stmts) {
    if (scan.type !== 'ScanStmt') continue;
    readers ??= readCounts(stmts);
    if (orderFree(owner, scan.stmt, printing, readers)) out.add(scan.stmt);
  }
  return out;
}

/** How many statements read each local. */
function readCounts(stmts: readonly Stmt[]): Map<Local, number> {
  const counts = new Map<Local, number>();
  for (const s of stmts) for (const l of facts(s).reads) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

const NO_BLOCKS: ReadonlySet<Block> = new Set();

function orderFree(
  owner: Func | Plan,
  scan: ScanStmt,
  printing: Set<string>,
  readers: Map<Local, number>,
): boolean {
  // What an iteration leaves behind that is not the same in any order.
  const left = new Set<Local>([scan.key, scan.value]);
  const body = walk(scan.block);
  for (const s of body) {
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
    if (!COMMUTATIVE.has(s.type)) for (const l of facts(s).writes) left.add(l);
  }
  if ('params' in owner && (owner.params.some((p) => left.has(p)) || left.has(owner.return)))
    return false;
  // The body's next iteration may not read what the last one left (no block inside the
  // body holds the body, so none is "around" the scan there).
  const first = new Set([scan.key, scan.value]);
  if (readsLeftover(scan.block.stmts, left, first, scan.block, NO_BLOCKS)) return false;
  // Nor may anything outside the body. Most of what a body leaves is read by nobody
  // else: then there is nothing to look for.
  const inBody = readCounts(body);
  const readOutside = [...left].some((l) => (readers.get(l) ?? 0) > (inBody.get(l) ?? 0));
  if (!readOutside) return true;
  const around = enclosing(owner.blocks, scan.block);
  return !owner.blocks.some((b) => readsLeftover(b.stmts, left, new Set(), scan.block, around));
}
