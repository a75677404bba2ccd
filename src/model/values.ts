// Small helpers for reading plain YAML values and naming them in messages.
import { pointerLeaf } from './source.js';
import type { Kind } from './schema.js';

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const part of pointer.split('/').slice(1)) {
    if (!isMapping(current)) return undefined;
    current = current[part];
  }
  return current;
}

export function documentLabel(kind: Kind, value: Record<string, unknown>): string {
  return typeof value.id === 'string' ? `${kind} "${value.id}"` : kind;
}

/** "/roles/admin/maxDays" reads as "roles.admin.maxDays". */
export function fieldName(pointer: string): string {
  if (pointer === '') return 'document';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => pointerLeaf(`/${part}`))
    .join('.');
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

export function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
