import { createHash } from 'node:crypto';

/**
 * A content-addressed object store that hashes exactly as git does, so a sha the emulator
 * hands out for a blob, tree or commit is the sha `git hash-object` would compute.
 */

export type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  path: string;
  mode: TreeMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

export type GitObject =
  | { type: 'blob'; sha: string; content: Buffer }
  | { type: 'tree'; sha: string; entries: TreeEntry[] }
  | ({ type: 'commit' } & CommitObject);

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

/** Git sorts tree entries by name, comparing a subtree as if its name ended in "/". */
function treeSortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.path}/` : entry.path;
}

function gitTimestamp(iso: string): string {
  const seconds = Math.floor(new Date(iso).getTime() / 1000);
  return `${seconds} +0000`;
}

export class GitObjectStore {
  private readonly objects = new Map<string, GitObject>();

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  putBlob(content: Buffer): string {
    const sha = hashObject('blob', content);
    this.objects.set(sha, { type: 'blob', sha, content });
    return sha;
  }

  /** Entries are one level deep (no slashes); use `writeTreeFromPaths` for nested paths. */
  putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) =>
      treeSortKey(a) < treeSortKey(b) ? -1 : treeSortKey(a) > treeSortKey(b) ? 1 : 0,
    );
    const body = Buffer.concat(
      sorted.map((entry) =>
        Buffer.concat([
          // git writes directory modes without the leading zero
          Buffer.from(`${entry.mode === '040000' ? '40000' : entry.mode} ${entry.path}\0`),
          Buffer.from(entry.sha, 'hex'),
        ]),
      ),
    );
    const sha = hashObject('tree', body);
    this.objects.set(sha, { type: 'tree', sha, entries: sorted });
    return sha;
  }

  putCommit(commit: Omit<CommitObject, 'sha'>): string {
    const lines = [`tree ${commit.tree}`];
    for (const parent of commit.parents) lines.push(`parent ${parent}`);
    lines.push(
      `author ${commit.author.name} <${commit.author.email}> ${gitTimestamp(commit.author.date)}`,
    );
    lines.push(
      `committer ${commit.committer.name} <${commit.committer.email}> ${gitTimestamp(commit.committer.date)}`,
    );
    const body = Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
    const sha = hashObject('commit', body);
    this.objects.set(sha, { type: 'commit', sha, ...commit });
    return sha;
  }

  commit(sha: string): CommitObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'commit' ? object : undefined;
  }

  tree(sha: string): TreeEntry[] | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'tree' ? object.entries : undefined;
  }

  blob(sha: string): Buffer | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'blob' ? object.content : undefined;
  }

  /** Every blob under a tree, keyed by its full path. */
  flatten(treeSha: string, prefix = ''): Map<string, TreeEntry> {
    const files = new Map<string, TreeEntry>();
    for (const entry of this.tree(treeSha) ?? []) {
      const path = prefix + entry.path;
      if (entry.type === 'tree') {
        for (const [nested, value] of this.flatten(entry.sha, `${path}/`)) files.set(nested, value);
      } else {
        files.set(path, { ...entry, path });
      }
    }
    return files;
  }

  /** Builds nested trees from full paths and returns the root tree's sha. */
  writeTreeFromPaths(files: Map<string, TreeEntry>): string {
    const children = new Map<string, Map<string, TreeEntry>>();
    const here: TreeEntry[] = [];
    for (const [path, entry] of files) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        here.push({ ...entry, path });
        continue;
      }
      const dir = path.slice(0, slash);
      const nested = children.get(dir) ?? new Map<string, TreeEntry>();
      nested.set(path.slice(slash + 1), entry);
      children.set(dir, nested);
    }
    for (const [dir, nested] of children) {
      here.push({ path: dir, mode: '040000', type: 'tree', sha: this.writeTreeFromPaths(nested) });
    }
    return this.putTree(here);
  }

  /** Finds the entry at a path inside a tree; the root itself for the empty path. */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter((part) => part !== '');
    let current: TreeEntry = { path: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const part of parts) {
      if (current.type !== 'tree') return undefined;
      const next = this.tree(current.sha)?.find((entry) => entry.path === part);
      if (next === undefined) return undefined;
      current = next;
    }
    return current;
  }

  /** Whether `ancestor` is reachable from `descendant` through parent links. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.pop() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return false;
  }
}

/** The nearest commit reachable from both, as `git merge-base` finds for simple histories. */
export function mergeBase(store: GitObjectStore, a: string, b: string): string | undefined {
  const fromA = new Set<string>();
  const queue = [a];
  while (queue.length > 0) {
    const sha = queue.shift() as string;
    if (fromA.has(sha)) continue;
    fromA.add(sha);
    queue.push(...(store.commit(sha)?.parents ?? []));
  }
  const seen = new Set<string>();
  const walk = [b];
  while (walk.length > 0) {
    const sha = walk.shift() as string;
    if (fromA.has(sha)) return sha;
    if (seen.has(sha)) continue;
    seen.add(sha);
    walk.push(...(store.commit(sha)?.parents ?? []));
  }
  return undefined;
}
