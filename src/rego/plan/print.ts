// Prints a Policy byte for byte as `opa build -t plan` writes it: Go's encoding/json over
// OPA's IR structs, so fields come in struct order (the embedded location sits where each
// struct embeds it), empty optional fields are left out, a nil list is `null`, and strings
// are escaped as Go escapes them (`<`, `>`, `&` as \u003c, \u003e, \u0026).
import type { Block, Func, Operand, Plan, Policy, Stmt } from '../ir/ir.js';

const LOC = ['file', 'col', 'row'];

/** Field order of each statement's Go struct; `@` is the embedded location. */
const fieldOrder: Record<Stmt['type'], string[]> = {
  ReturnLocalStmt: ['@', 'source'],
  CallStmt: ['@', 'func', 'args', 'result'],
  CallDynamicStmt: ['@', 'args', 'path', 'result'],
  BlockStmt: ['@', 'blocks'],
  BreakStmt: ['@', 'index'],
  DotStmt: ['source', 'key', '@', 'target'],
  LenStmt: ['source', '@', 'target'],
  ScanStmt: ['block', '@', 'source', 'key', 'value'],
  NotStmt: ['block', '@'],
  AssignIntStmt: ['@', 'value', 'target'],
  AssignVarStmt: ['source', '@', 'target'],
  AssignVarOnceStmt: ['source', '@', 'target'],
  ResetLocalStmt: ['@', 'target'],
  MakeNullStmt: ['@', 'target'],
  MakeNumberIntStmt: ['@', 'value', 'target'],
  MakeNumberRefStmt: ['@', 'Index', 'target'],
  MakeArrayStmt: ['@', 'target', 'capacity'],
  MakeObjectStmt: ['@', 'target'],
  MakeSetStmt: ['@', 'target'],
  EqualStmt: ['a', 'b', '@'],
  NotEqualStmt: ['a', 'b', '@'],
  IsArrayStmt: ['source', '@'],
  IsObjectStmt: ['source', '@'],
  IsSetStmt: ['source', '@'],
  IsDefinedStmt: ['@', 'source'],
  IsUndefinedStmt: ['@', 'source'],
  ArrayAppendStmt: ['value', '@', 'array'],
  ObjectInsertStmt: ['key', 'value', '@', 'object'],
  ObjectInsertOnceStmt: ['key', 'value', '@', 'object'],
  ObjectMergeStmt: ['@', 'a', 'b', 'target'],
  SetAddStmt: ['value', '@', 'set'],
  WithStmt: ['value', 'block', '@', 'path', 'local'],
  NopStmt: ['@'],
  ResultSetAddStmt: ['@', 'value'],
};

/** Lists that OPA's planner leaves nil when empty, and so print as `null`. */
const nilWhenEmpty = new Set(['CallStmt.args', 'BlockStmt.blocks']);

export function printPlan(policy: Policy): string {
  const parts: string[] = [];
  if (policy.static) {
    const s = policy.static;
    const fields: string[] = [];
    if (s.strings?.length) fields.push(`"strings":[${s.strings.map(constant).join(',')}]`);
    if (s.builtin_funcs?.length) {
      const funcs = s.builtin_funcs.map(
        (b) => `{"decl":${json(b.decl)},"name":${goString(b.name)}}`,
      );
      fields.push(`"builtin_funcs":[${funcs.join(',')}]`);
    }
    if (s.files?.length) fields.push(`"files":[${s.files.map(constant).join(',')}]`);
    parts.push(`"static":{${fields.join(',')}}`);
  }
  if (policy.plans) parts.push(`"plans":{"plans":${list(policy.plans.plans, plan)}}`);
  if (policy.funcs) parts.push(`"funcs":{"funcs":${list(policy.funcs.funcs, func)}}`);
  return `{${parts.join(',')}}`;
}

const constant = (c: { value: string }): string => `{"value":${goString(c.value)}}`;

function list<T>(items: T[] | undefined, f: (x: T) => string): string {
  return items && items.length > 0 ? `[${items.map(f).join(',')}]` : 'null';
}

function plan(p: Plan): string {
  return `{"name":${goString(p.name)},"blocks":${list(p.blocks, block)}}`;
}

function func(f: Func): string {
  const path = f.path && f.path.length > 0 ? `,"path":[${f.path.map(goString).join(',')}]` : '';
  return (
    `{"name":${goString(f.name)},"params":[${f.params.join(',')}],` +
    `"blocks":${list(f.blocks, block)}${path},"return":${f.return}}`
  );
}

function block(b: Block): string {
  return `{"stmts":[${b.stmts.map(stmt).join(',')}]}`;
}

function stmt(s: Stmt): string {
  const body = s.stmt as unknown as Record<string, unknown>;
  const fields: string[] = [];
  for (const name of fieldOrder[s.type]) {
    const names = name === '@' ? LOC : [name];
    for (const n of names) {
      const v = body[n];
      if (Array.isArray(v) && v.length === 0 && nilWhenEmpty.has(`${s.type}.${n}`)) {
        fields.push(`"${n}":null`);
      } else fields.push(`"${n}":${value(v)}`);
    }
  }
  return `{"stmt":{${fields.join(',')}},"type":"${s.type}"}`;
}

function value(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map(value).join(',')}]`;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.stmts)) return block(o as unknown as Block);
  if (o.type === 'local' || o.type === 'string_index' || o.type === 'bool') {
    const op = o as unknown as Operand;
    return `{"value":${String(op.value)},"type":"${op.type}"}`;
  }
  return json(o);
}

/** Plain JSON in insertion order, with Go's string escaping. */
function json(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return goString(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(json).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${goString(k)}:${json(x)}`).join(',')}}`;
}

/** A string as Go's encoding/json writes it. */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}
