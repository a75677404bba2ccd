// IPv4 and IPv6 addresses and CIDR prefixes as integers, for the net.cidr_* builtins.
import { builtinError } from '../shared/errors.js';

export interface Prefix {
  version: 4 | 6;
  /** The first address of the network. */
  base: bigint;
  bits: number;
}

const width = (version: 4 | 6): number => (version === 4 ? 32 : 128);

export function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return { version: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!text.includes(':')) return undefined;
  let head = text;
  let tail4: bigint | undefined;
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded) {
    const ip4 = parseIp(embedded[1] as string);
    if (!ip4) return undefined;
    tail4 = ip4.value;
    head = text.slice(0, -(embedded[1] as string).length) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0] as string);
  const right = halves.length === 2 ? groups(halves[1] as string) : [];
  const missing = 8 - left.length - right.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  let value = all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
  if (tail4 !== undefined) value = (value & ~0xffffffffn) | tail4;
  return { version: 6, value };
}

export function parseCidr(text: string): Prefix {
  const slash = text.indexOf('/');
  const ip = slash >= 0 ? parseIp(text.slice(0, slash)) : undefined;
  const bitsText = text.slice(slash + 1);
  const bits = Number(bitsText);
  if (!ip || !/^\d+$/.test(bitsText) || bits > width(ip.version)) {
    throw builtinError(`invalid CIDR address: ${text}`);
  }
  return { version: ip.version, base: ip.value & mask(ip.version, bits), bits };
}

function mask(version: 4 | 6, bits: number): bigint {
  const w = width(version);
  return ((1n << BigInt(w)) - 1n) ^ ((1n << BigInt(w - bits)) - 1n);
}

export function lastAddress(p: Prefix): bigint {
  return p.base | ((1n << BigInt(width(p.version) - p.bits)) - 1n);
}

/** A CIDR, or a bare address taken as a single-address prefix. */
export function parseCidrOrIp(text: string): Prefix {
  if (text.includes('/')) return parseCidr(text);
  const ip = parseIp(text);
  if (!ip) throw builtinError(`invalid IP address: ${text}`);
  return { version: ip.version, base: ip.value, bits: width(ip.version) };
}

export function contains(outer: Prefix, inner: Prefix): boolean {
  return (
    outer.version === inner.version &&
    inner.bits >= outer.bits &&
    inner.base >= outer.base &&
    lastAddress(inner) <= lastAddress(outer)
  );
}

export function formatIp(version: 4 | 6, value: bigint): string {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  // The longest run of two or more zero groups collapses to `::` (RFC 5952).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatCidr(p: Prefix): string {
  return `${formatIp(p.version, p.base)}/${p.bits}`;
}
