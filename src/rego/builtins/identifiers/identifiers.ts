// UUIDs and semantic versions. builtins/host.ts caches `uuid.rfc4122` per evaluation.
import { randomUUID } from 'node:crypto';

import { any, bool, builtin, num, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

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

// ---- uuid.parse, after the UUID library OPA uses (RFC 4122 layouts)

/** The 16 bytes of a UUID in one of the four accepted spellings, or undefined. */
function uuidBytes(text: string): Buffer | undefined {
  let s = text;
  if (s.length === 45 && s.slice(0, 9).toLowerCase() === 'urn:uuid:') s = s.slice(9);
  else if (s.length === 38 && s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  if (s.length === 36) {
    if (s[8] !== '-' || s[13] !== '-' || s[18] !== '-' || s[23] !== '-') return undefined;
    s = s.replace(/-/g, '');
  }
  if (!/^[0-9a-fA-F]{32}$/.test(s)) return undefined;
  return Buffer.from(s, 'hex');
}

function uuidVariant(b: Buffer): string {
  const byte = b[8] as number;
  if ((byte & 0xc0) === 0x80) return 'RFC4122';
  if ((byte & 0xe0) === 0xc0) return 'Microsoft';
  if ((byte & 0xe0) === 0xe0) return 'Future';
  return 'Reserved';
}

const DOMAINS = ['Person', 'Group', 'Org'];
// 100-nanosecond intervals from the Gregorian reform (1582-10-15) to the Unix epoch.
const GREGORIAN_TO_UNIX = 122192928000000000n;

/**
 * What a UUID says about itself: version and variant always; time-based ones (versions
 * 1 and 2) also their time in Unix nanoseconds, clock sequence, node id and its
 * local/global, unicast/multicast bits; version 2 its local domain and id.
 */
function parseUuid(text: string): HostValue | undefined {
  const b = uuidBytes(text);
  if (!b) return undefined;
  const version = (b[6] as number) >> 4;
  const out: Record<string, HostValue> = { version, variant: uuidVariant(b) };
  if (version === 1 || version === 2) {
    const ticks =
      BigInt(b.readUInt32BE(0)) |
      (BigInt(b.readUInt16BE(4)) << 32n) |
      (BigInt(b.readUInt16BE(6) & 0xfff) << 48n);
    out.time = (ticks - GREGORIAN_TO_UNIX) * 100n;
    out.clocksequence = b.readUInt16BE(8) & 0x3fff;
    const node = b.subarray(10, 16);
    out.nodeid = [...node].map((x) => x.toString(16).padStart(2, '0')).join('-');
    const first = node[0] as number;
    out.macvariables = `${first & 2 ? 'local' : 'global'}:${first & 1 ? 'multicast' : 'unicast'}`;
    if (version === 2) {
      out.id = b.readUInt32BE(0);
      const domain = b[9] as number;
      out.domain = DOMAINS[domain] ?? `Domain${domain}`;
    }
  }
  return out;
}

export const identifiers: BuiltinSpec[] = [
  builtin('semver.is_valid', [any], bool, {
    host: (v) => typeof v === 'string' && parseVersion(v) !== undefined,
  }),
  builtin('semver.compare', [str, str], num, {
    host: (a, b) => compareVersions(versionOperand(a, 1), versionOperand(b, 2)),
  }),
  builtin('uuid.rfc4122', [str], str, { host: () => randomUUID() }),
  // Text that is not a UUID makes the call undefined, not an error, as in OPA.
  builtin('uuid.parse', [str], objectOf(str, any), {
    host: (v) => parseUuid(stringOperand(v, 1)),
  }),
];
