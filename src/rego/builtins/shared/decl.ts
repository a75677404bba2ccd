// Builders for OPA's type declarations in their JSON form (`types.Function` and friends as
// `opa capabilities` prints them), so each family file states a signature in one line.
import type { FunctionDecl, TypeDecl } from '../../ir/ir.js';
import type { BuiltinSpec } from './spec.js';

export const any: TypeDecl = { type: 'any' };
export const str: TypeDecl = { type: 'string' };
export const num: TypeDecl = { type: 'number' };
export const bool: TypeDecl = { type: 'boolean' };
export const nul: TypeDecl = { type: 'null' };

/** `array[T]`: an array of any length whose elements are T. */
export function arrayOf(element: TypeDecl): TypeDecl {
  return { type: 'array', dynamic: element };
}

/** A fixed-length array, one type per position (a tuple). */
export function tuple(...elements: TypeDecl[]): TypeDecl {
  return { type: 'array', static: elements };
}

export function setOf(element: TypeDecl): TypeDecl {
  return { type: 'set', of: element };
}

/** `object[K: V]`: any keys of type K, each mapping to a V. */
export function objectOf(key: TypeDecl, value: TypeDecl): TypeDecl {
  return { type: 'object', dynamic: { key, value } };
}

/** An object with named properties, and optionally further keys of a dynamic shape. */
export function record(
  properties: Record<string, TypeDecl>,
  rest?: { key: TypeDecl; value: TypeDecl },
): TypeDecl {
  const decl: TypeDecl = {
    type: 'object',
    static: Object.entries(properties).map(([key, value]) => ({ key, value })),
  };
  if (rest) decl.dynamic = rest;
  return decl;
}

// OPA sorts the members of a union by kind, and its JSON shows them in that order.
const kindOrder = ['null', 'boolean', 'number', 'string', 'array', 'object', 'set', 'any'];

/** A union: a value of any one of the given types. Nested unions are flattened, as in OPA. */
export function oneOf(...types: TypeDecl[]): TypeDecl {
  const members = types.flatMap((t) =>
    t.type === 'any' && Array.isArray(t.of) ? (t.of as TypeDecl[]) : [t],
  );
  const of = members.sort((a, b) => kindOrder.indexOf(a.type) - kindOrder.indexOf(b.type));
  return { type: 'any', of };
}

export const anyArray = arrayOf(any);
export const anySet = setOf(any);
export const anyObject = objectOf(any, any);
/** An array or a set of T: OPA's usual "collection" argument. */
export function collectionOf(element: TypeDecl): TypeDecl {
  return oneOf(arrayOf(element), setOf(element));
}

export function fn(args: TypeDecl[], result?: TypeDecl): FunctionDecl {
  const decl: FunctionDecl = { type: 'function', args };
  if (result) decl.result = result;
  return decl;
}

type Host = NonNullable<BuiltinSpec['host']>;

/** One row of a family's table: the signature, plus the operator or host code if any. */
export function builtin(
  name: string,
  args: TypeDecl[],
  result: TypeDecl | undefined,
  extra: {
    infix?: string;
    host?: Host;
    exactHost?: BuiltinSpec['exactHost'];
    relation?: boolean;
  } = {},
): BuiltinSpec {
  return { name, decl: fn(args, result), ...extra };
}
