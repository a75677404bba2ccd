import type { RegoError } from '../../../src/rego/errors.js';
import { parseModule } from '../../../src/rego/syntax/parser.js';
import type { Module } from '../../../src/rego/syntax/ast.js';

/** A copy without `loc` fields, so expectations state structure only. */
export function stripLocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripLocs);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'loc')
        .map(([k, v]) => [k, stripLocs(v)]),
    );
  }
  return value;
}

/** Parse a module that must be valid; fail with the parser's messages otherwise. */
export function parseOk(source: string): Module {
  const result = parseModule('test.rego', source);
  if (result.errors.length > 0 || result.module === undefined) {
    throw new Error(result.errors.map(show).join('\n'));
  }
  return result.module;
}

export function show(e: RegoError): string {
  return `${e.row}:${e.col}: ${e.message}`;
}
