// UUIDs and semantic versions.
import { any, bool, builtin, num, objectOf, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const identifiers: BuiltinSpec[] = [
  builtin('uuid.rfc4122', [str], str),
  builtin('uuid.parse', [str], objectOf(str, any)),
  builtin('semver.is_valid', [any], bool),
  builtin('semver.compare', [str, str], num),
];
