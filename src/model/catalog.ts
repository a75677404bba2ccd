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
 */
export class Catalog {
  private readonly exact = new Map<string, ResourceRecord>();
  private readonly globs: GlobEntry[] = [];
  private readonly cache = new Map<string, ResourceRecord | null>();

  constructor(resources: Iterable<ResourceRecord>) {
    for (const resource of resources) {
      if (!resource.glob) {
        if (!this.exact.has(resource.id)) this.exact.set(resource.id, resource);
        continue;
      }
      const wildcards = resource.id.match(/\*+/g) ?? [];
      this.globs.push({
        resource,
        pattern: globToRegExp(resource.id),
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
    const exact = this.exact.get(id);
    if (exact !== undefined) return exact;
    let found = this.cache.get(id);
    if (found === undefined) {
      found = this.globs.find((glob) => glob.pattern.test(id))?.resource ?? null;
      this.cache.set(id, found);
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
