import { canonicalResourceId, resourceIdProblem } from './names.js';
import type { ResourceRecord } from './records.js';

interface GlobEntry {
  resource: ResourceRecord;
  pattern: RegExp;
  /** Literal characters in the id: more means more specific. */
  literals: number;
  wildcards: number;
}

/**
 * Finds the catalog entry for a resource id. An exact id wins over any glob; among
 * globs the most specific wins (most literal characters, then fewest wildcards, then
 * the smallest id, so the choice never depends on file order). In a glob, `*` matches
 * within one path segment and `**` across segments.
 *
 * Ids are compared in their canonical form (src/model/names.ts): GitHub and PostgreSQL ids
 * case-insensitively, as those systems compare them, so github:repo/acme/Infrastructure is
 * judged by the exact entry github:repo/acme/infrastructure, never by a looser glob. An id
 * that breaks its system's naming rules (a "." or ".." segment, percent-encoding, a control
 * character) matches no glob, and such a catalog entry matches nothing.
 */
export class Catalog {
  private readonly exact = new Map<string, ResourceRecord>();
  private readonly globs: GlobEntry[] = [];
  private readonly cache = new Map<string, ResourceRecord | null>();

  constructor(resources: Iterable<ResourceRecord>) {
    for (const resource of resources) {
      if (resourceIdProblem(resource.id, resource.glob)?.kind === 'invalid') continue;
      const key = canonicalResourceId(resource.id);
      if (!resource.glob) {
        if (!this.exact.has(key)) this.exact.set(key, resource);
        continue;
      }
      const wildcards = resource.id.match(/\*+/g) ?? [];
      this.globs.push({
        resource,
        pattern: globToRegExp(key),
        literals: resource.id.replaceAll('*', '').length,
        wildcards: wildcards.length,
      });
    }
    this.globs.sort(
      (a, b) =>
        b.literals - a.literals ||
        a.wildcards - b.wildcards ||
        (a.resource.id < b.resource.id ? -1 : a.resource.id > b.resource.id ? 1 : 0),
    );
  }

  match(id: string): ResourceRecord | undefined {
    const key = canonicalResourceId(id);
    const exact = this.exact.get(key);
    if (exact !== undefined) return exact;
    let found = this.cache.get(key);
    if (found === undefined) {
      found =
        resourceIdProblem(id)?.kind === 'invalid'
          ? null
          : (this.globs.find((glob) => glob.pattern.test(key))?.resource ?? null);
      this.cache.set(key, found);
    }
    return found ?? undefined;
  }

  /** Catalog ids that share the system and kind prefix of `id` (for "did you mean"). */
  ids(): string[] {
    return [...this.exact.keys(), ...this.globs.map((g) => g.resource.id)];
  }
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === '*') {
      if (glob.charAt(i + 1) === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
