// OPA's intermediate representation, exactly as `opa build -t plan` writes it as JSON
// (openpolicyagent.org/docs/ir; Go types in open-policy-agent/opa v1/ir/ir.go).
// The planner writes these values and the Wasm emitter reads them: they are the contract
// between the Rego front end and the machine, and a plan printed with JSON.stringify
// reads the same as OPA's.

/** A plan-scoped variable. Local 0 is `input`, local 1 is `data`. */
export type Local = number;
export const INPUT: Local = 0;
export const DATA: Local = 1;

export type Operand =
  | { type: 'local'; value: Local }
  | { type: 'string_index'; value: number }
  | { type: 'bool'; value: boolean };

/** The position a statement was planned from; `file` indexes `static.files`. */
export interface PlanLocation {
  file: number;
  col: number;
  row: number;
}

export interface Policy {
  static?: Static;
  plans?: { plans: Plan[] };
  funcs?: { funcs: Func[] };
}

export interface Static {
  strings?: { value: string }[];
  builtin_funcs?: BuiltinFunc[];
  files?: { value: string }[];
}

/** A builtin the policy calls; `decl` is OPA's type declaration of the function. */
export interface BuiltinFunc {
  name: string;
  decl: FunctionDecl;
}

/** OPA's `types.Function` JSON: `{"type":"function","args":[...],"result":{...}}`. */
export interface FunctionDecl {
  type: 'function';
  args?: TypeDecl[];
  result?: TypeDecl;
  variadic?: TypeDecl;
}

/** An OPA type in its JSON form (`{"type":"string"}`, `{"type":"any","of":[...]}`, ...). */
export interface TypeDecl {
  type: string;
  [key: string]: unknown;
}

/** A query plan: blocks run in order until one returns or adds to the result set. */
export interface Plan {
  name: string;
  blocks: Block[];
}

/** A function: `g0.data.a.b` for rules, with input and data as the first two params. */
export interface Func {
  name: string;
  params: Local[];
  blocks: Block[];
  path?: string[];
  return: Local;
}

export interface Block {
  stmts: Stmt[];
}

type At<T> = T & PlanLocation;

/** Every statement, tagged as OPA tags them in JSON: `{"type":"DotStmt","stmt":{...}}`. */
export type Stmt =
  | { type: 'ReturnLocalStmt'; stmt: At<{ source: Local }> }
  | { type: 'CallStmt'; stmt: At<{ func: string; args: Operand[]; result: Local }> }
  | { type: 'CallDynamicStmt'; stmt: At<{ args: Local[]; path: Operand[]; result: Local }> }
  | { type: 'BlockStmt'; stmt: At<{ blocks: Block[] }> }
  | { type: 'BreakStmt'; stmt: At<{ index: number }> }
  | { type: 'DotStmt'; stmt: At<{ source: Operand; key: Operand; target: Local }> }
  | { type: 'LenStmt'; stmt: At<{ source: Operand; target: Local }> }
  | { type: 'ScanStmt'; stmt: At<{ source: Local; key: Local; value: Local; block: Block }> }
  | { type: 'NotStmt'; stmt: At<{ block: Block }> }
  | { type: 'AssignIntStmt'; stmt: At<{ value: number; target: Local }> }
  | { type: 'AssignVarStmt'; stmt: At<{ source: Operand; target: Local }> }
  | { type: 'AssignVarOnceStmt'; stmt: At<{ source: Operand; target: Local }> }
  | { type: 'ResetLocalStmt'; stmt: At<{ target: Local }> }
  | { type: 'MakeNullStmt'; stmt: At<{ target: Local }> }
  | { type: 'MakeNumberIntStmt'; stmt: At<{ value: number; target: Local }> }
  // OPA's Go struct has no JSON tag on this field, so it is spelled `Index` in the JSON.
  | { type: 'MakeNumberRefStmt'; stmt: At<{ Index: number; target: Local }> }
  | { type: 'MakeArrayStmt'; stmt: At<{ capacity: number; target: Local }> }
  | { type: 'MakeObjectStmt'; stmt: At<{ target: Local }> }
  | { type: 'MakeSetStmt'; stmt: At<{ target: Local }> }
  | { type: 'EqualStmt'; stmt: At<{ a: Operand; b: Operand }> }
  | { type: 'NotEqualStmt'; stmt: At<{ a: Operand; b: Operand }> }
  | { type: 'IsArrayStmt'; stmt: At<{ source: Operand }> }
  | { type: 'IsObjectStmt'; stmt: At<{ source: Operand }> }
  | { type: 'IsSetStmt'; stmt: At<{ source: Operand }> }
  | { type: 'IsDefinedStmt'; stmt: At<{ source: Local }> }
  | { type: 'IsUndefinedStmt'; stmt: At<{ source: Local }> }
  | { type: 'ArrayAppendStmt'; stmt: At<{ value: Operand; array: Local }> }
  | { type: 'ObjectInsertStmt'; stmt: At<{ key: Operand; value: Operand; object: Local }> }
  | { type: 'ObjectInsertOnceStmt'; stmt: At<{ key: Operand; value: Operand; object: Local }> }
  | { type: 'ObjectMergeStmt'; stmt: At<{ a: Local; b: Local; target: Local }> }
  | { type: 'SetAddStmt'; stmt: At<{ value: Operand; set: Local }> }
  | { type: 'WithStmt'; stmt: At<{ local: Local; path: number[]; value: Operand; block: Block }> }
  | { type: 'NopStmt'; stmt: At<object> }
  | { type: 'ResultSetAddStmt'; stmt: At<{ value: Local }> };

export type StmtType = Stmt['type'];
