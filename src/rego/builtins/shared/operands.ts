// Operand checks shared by the host implementations. Values arrive as JSON (sets as
// arrays), so "set" and "array" cannot be told apart; messages name both where OPA would.
import { typeError } from './errors.js';
import type { Json } from './spec.js';

export type JsonObject = { [key: string]: Json };

/** OPA's name for the kind of a value, as its error messages print it. */
export function kindOf(value: Json | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'undefined';
  }
}

function mismatch(position: number, wanted: string, value: Json | undefined): never {
  throw typeError(`operand ${position} must be ${wanted} but got ${kindOf(value)}`);
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOperand(value: Json | undefined, position: number): string {
  if (typeof value !== 'string') mismatch(position, 'string', value);
  return value;
}

export function numberOperand(value: Json | undefined, position: number): number {
  if (typeof value !== 'number') mismatch(position, 'number', value);
  return value;
}

export function integerOperand(value: Json | undefined, position: number): number {
  const n = numberOperand(value, position);
  if (!Number.isInteger(n)) {
    throw typeError(`operand ${position} must be integer number but got floating-point number`);
  }
  return n;
}

export function booleanOperand(value: Json | undefined, position: number): boolean {
  if (typeof value !== 'boolean') mismatch(position, 'boolean', value);
  return value;
}

export function arrayOperand(value: Json | undefined, position: number): Json[] {
  if (!Array.isArray(value)) mismatch(position, 'array', value);
  return value;
}

/** An array or a set: both arrive as arrays. */
export function collectionOperand(value: Json | undefined, position: number): Json[] {
  if (!Array.isArray(value)) mismatch(position, 'one of {set, array}', value);
  return value;
}

export function objectOperand(value: Json | undefined, position: number): JsonObject {
  if (!isObject(value)) mismatch(position, 'object', value);
  return value;
}

/** An array or set whose elements are all strings. */
export function stringsOperand(value: Json | undefined, position: number): string[] {
  const items = collectionOperand(value, position);
  for (const item of items) {
    if (typeof item !== 'string') {
      throw typeError(
        `operand ${position} must be array of strings but got array containing ${kindOf(item)}`,
      );
    }
  }
  return items as string[];
}
