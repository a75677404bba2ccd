// UUIDs and semantic versions. host.ts caches `uuid.rfc4122` per evaluation.
import { randomUUID } from 'node:crypto';

import { any, bool, builtin, num, str } from './decl.js';
import { builtinError } from './errors.js';
import { stringOperand } from './operands.js';
import type { BuiltinSpec, Json } from './spec.js';

interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  prerelease: string[];
}

// semver.org 2.0.0: no leading zeros in numbers or numeric pre-release identifiers.
const numeric = '0|[1-9]\\d*';
const identifier = `(?:${numeric}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const semverPattern = new RegExp(
  `^(${numeric})\\.(${numeric})\\.(${numeric})(?:-(${identifier}(?:\\.${identifier})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

function parseVersion(text: string): Version | undefined {
  const m = semverPattern.exec(text);
  if (!m) return undefined;
  return {
    major: BigInt(m[1] as string),
    minor: BigInt(m[2] as string),
    patch: BigInt(m[3] as string),
    prerelease: m[4] ? m[4].split('.') : [],
  };
}

function versionOperand(value: Json, position: number): Version {
  const text = stringOperand(value, position);
  const version = parseVersion(text);
  if (!version) {
    throw builtinError(`operand ${position}: string ${JSON.stringify(text)} is not a valid SemVer`);
  }
  return version;
}

const sign = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1);

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return sign(BigInt(a), BigInt(b));
  if (an) return -1;
  if (bn) return 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

export function compareVersions(a: Version, b: Version): number {
  const core = sign(a.major, b.major) || sign(a.minor, b.minor) || sign(a.patch, b.patch);
  if (core !== 0) return core;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const c = compareIdentifiers(a.prerelease[i] as string, b.prerelease[i] as string);
    if (c !== 0) return c;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

export const identifiers: BuiltinSpec[] = [
  builtin('semver.is_valid', [any], bool, {
    host: (v) => typeof v === 'string' && parseVersion(v) !== undefined,
  }),
  builtin('semver.compare', [str, str], num, {
    host: (a, b) => compareVersions(versionOperand(a, 1), versionOperand(b, 2)),
  }),
  builtin('uuid.rfc4122', [str], str, { host: () => randomUUID() }),
];
