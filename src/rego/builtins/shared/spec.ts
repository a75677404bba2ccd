import type { FunctionDecl } from '../../ir/ir.js';

/**
 * A JSON value as the Wasm SDK hands it to a host builtin: it dumps arguments with
 * `opa_json_dump`, so sets arrive as arrays, and parses the returned value back.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A host builtin's result: JSON whose integers may be bigints, which stay exact. */
export type HostValue =
  null | boolean | number | bigint | string | HostValue[] | { [key: string]: HostValue };

/** One Rego builtin: its OPA declaration and, unless the module implements it, its host code. */
export interface BuiltinSpec {
  /** Dotted name as written in Rego and in the IR's CallStmt, e.g. `time.parse_rfc3339_ns`. */
  name: string;
  /** OPA's declaration; the arity is `decl.args.length`. */
  decl: FunctionDecl;
  /** The operator that calls it, where there is one (`+` for `plus`, `==` for `equal`). */
  infix?: string;
  /** True for relations such as `walk`: called with an output, they enumerate solutions. */
  relation?: boolean;
  /**
   * The host implementation handed to the SDK as a custom builtin. Absent when the Wasm
   * runtime implements the builtin natively. A bigint, at any depth of the result, is an
   * exact integer, handed to the module as its decimal text (a JSON number would round
   * it beyond 2^53).
   */
  host?: (...args: Json[]) => HostValue | undefined;
  /**
   * A host implementation that reads integers past 2^53 exactly, as bigints, instead of
   * `host`: the module records each host call's operands, and an operand holding such an
   * integer is dumped again and read digit for digit (host.ts).
   */
  exactHost?: (...args: HostValue[]) => HostValue | undefined;
}
