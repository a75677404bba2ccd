import { execFileSync } from 'node:child_process';
import type { GitPerson } from '../emulator/git-objects.js';
import type { Emulator } from '../emulator/server.js';
import type { Repo } from '../emulator/state.js';
import { createGitWorkspace, type GitWorkspace } from './git-workspace.js';

/**
 * A local clone of an emulated repository, as `actions/checkout` would leave it: every branch
 * with the very same commit shas the API reports, so GITHUB_SHA, the event's head sha and the
 * workspace's HEAD agree. The commits are written with `git fast-import`, byte for byte.
 */

export interface CheckoutOptions {
  /** Branch to check out; the default branch when not given. */
  ref?: string;
}

export function checkoutEmulatorRepo(
  emulator: Emulator,
  fullName: string,
  options: CheckoutOptions = {},
): GitWorkspace {
  const [owner = '', name = ''] = fullName.split('/');
  const repo = emulator.state.repo(owner, name);
  if (repo === undefined)
    throw new Error(`the emulator has no repository ${fullName}; seed it first`);
  const branch = options.ref ?? repo.defaultBranch;
  const tip = repo.refs.get(`refs/heads/${branch}`);
  if (tip === undefined) throw new Error(`${fullName} has no branch ${branch}`);

  const workspace = createGitWorkspace({ branch });
  const order = topologicalCommits(repo);
  execFileSync('git', ['fast-import', '--quiet', '--date-format=raw'], {
    cwd: workspace.path,
    input: fastImportStream(repo, order),
  });
  workspace.git('update-ref', '-d', 'refs/accessctl-import/work');
  workspace.git('reset', '-q', '--hard', branch);
  workspace.shas.push(...order);
  workspace.head = workspace.git('rev-parse', 'HEAD');
  if (workspace.head !== tip) {
    throw new Error(`the checkout of ${fullName} is at ${workspace.head}, not ${tip}`);
  }
  return workspace;
}

/** Every commit reachable from a branch, parents before children. */
function topologicalCommits(repo: Repo): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (sha: string): void => {
    if (done.has(sha)) return;
    done.add(sha);
    for (const parent of repo.git.commit(sha)?.parents ?? []) visit(parent);
    order.push(sha);
  };
  for (const [name, sha] of repo.refs) if (name.startsWith('refs/heads/')) visit(sha);
  return order;
}

function person(kind: string, who: GitPerson): string {
  const seconds = Math.floor(new Date(who.date).getTime() / 1000);
  return `${kind} ${who.name} <${who.email}> ${seconds} +0000\n`;
}

function fastImportStream(repo: Repo, order: string[]): Buffer {
  const chunks: Buffer[] = [];
  const text = (value: string) => chunks.push(Buffer.from(value));
  const data = (bytes: Buffer) => {
    text(`data ${bytes.length}\n`);
    chunks.push(bytes, Buffer.from('\n'));
  };
  const marks = new Map<string, number>();
  const mark = (sha: string) => {
    const existing = marks.get(sha);
    if (existing !== undefined) return existing;
    marks.set(sha, marks.size + 1);
    return marks.size;
  };
  for (const sha of order) {
    const commit = repo.git.commit(sha);
    if (commit === undefined) continue;
    const files = repo.git.flatten(commit.tree);
    for (const entry of files.values()) {
      if (entry.type !== 'blob' || marks.has(entry.sha)) continue;
      text(`blob\nmark :${mark(entry.sha)}\n`);
      data(repo.git.blob(entry.sha) ?? Buffer.alloc(0));
    }
    const [first, ...others] = commit.parents;
    // a root commit starts from an empty ref; the others name their first parent with `from`
    if (first === undefined) text('reset refs/accessctl-import/work\n\n');
    text(`commit refs/accessctl-import/work\nmark :${mark(sha)}\n`);
    text(person('author', commit.author));
    text(person('committer', commit.committer));
    data(Buffer.from(commit.message));
    if (first !== undefined) text(`from :${mark(first)}\n`);
    for (const parent of others) text(`merge :${mark(parent)}\n`);
    text('deleteall\n');
    for (const [path, entry] of files) {
      if (entry.type === 'blob') text(`M ${entry.mode} :${mark(entry.sha)} ${path}\n`);
    }
    text('\n');
  }
  for (const [name, sha] of repo.refs) {
    if (name.startsWith('refs/heads/')) text(`reset ${name}\nfrom :${mark(sha)}\n\n`);
  }
  return Buffer.concat(chunks);
}
