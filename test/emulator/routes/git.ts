import { readableRepo, writableRepo } from '../access.js';
import type { GitPerson, TreeEntry, TreeMode } from '../git-objects.js';
import {
  ApiError,
  bodyObject,
  invalidRequest,
  noContent,
  notFound,
  ok,
  optionalString,
  requiredString,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { nodeId, repoApiUrl } from '../serialize.js';
import type { Repo } from '../state.js';

/** Git data: references, blobs, trees and commits, hashed exactly as git hashes them. */

export function registerGit(router: Router): void {
  router.get('/repos/:owner/:repo/git/refs', (ctx) => listRefs(ctx, ''));
  router.get('/repos/:owner/:repo/git/matching-refs/:ref*', (ctx) =>
    listRefs(ctx, ctx.params.ref ?? ''),
  );
  router.get('/repos/:owner/:repo/git/ref/:ref*', (ctx) => {
    const repo = readableRepo(ctx);
    const name = `refs/${ctx.params.ref ?? ''}`;
    const sha = repo.refs.get(name);
    if (sha === undefined) throw notFound();
    return ok(refJson(ctx, repo, name, sha));
  });
  router.get('/repos/:owner/:repo/git/refs/:ref*', (ctx) => {
    // the older form answers one ref on an exact match and every ref under a prefix otherwise
    const repo = readableRepo(ctx);
    const suffix = ctx.params.ref ?? '';
    const exact = repo.refs.get(`refs/${suffix}`);
    if (exact !== undefined && suffix !== '')
      return ok(refJson(ctx, repo, `refs/${suffix}`, exact));
    const listed = listRefs(ctx, suffix);
    if (suffix !== '' && Array.isArray(listed.body) && listed.body.length === 0) throw notFound();
    return listed;
  });
  router.post('/repos/:owner/:repo/git/refs', createRef);
  router.patch('/repos/:owner/:repo/git/refs/:ref*', updateRef);
  router.delete('/repos/:owner/:repo/git/refs/:ref*', (ctx) => {
    const repo = writableRepo(ctx);
    const name = `refs/${ctx.params.ref ?? ''}`;
    if (!repo.refs.delete(name)) throw new ApiError(422, 'Reference does not exist');
    return noContent;
  });

  router.post('/repos/:owner/:repo/git/blobs', createBlob);
  router.get('/repos/:owner/:repo/git/blobs/:sha', (ctx) => {
    const repo = readableRepo(ctx);
    const sha = ctx.params.sha ?? '';
    const content = repo.git.blob(sha);
    if (content === undefined) throw notFound();
    return ok({
      sha,
      node_id: nodeId('Blob', parseInt(sha.slice(0, 8), 16)),
      size: content.length,
      url: `${repoApiUrl(ctx, repo)}/git/blobs/${sha}`,
      content: wrapBase64(content),
      encoding: 'base64',
    });
  });

  router.post('/repos/:owner/:repo/git/trees', createTree);
  router.get('/repos/:owner/:repo/git/trees/:sha', (ctx) => {
    const repo = readableRepo(ctx);
    const sha = resolveTree(repo, ctx.params.sha ?? '');
    const recursive = (ctx.query.get('recursive') ?? '') !== '';
    return ok(treeJson(ctx, repo, sha, recursive));
  });

  router.post('/repos/:owner/:repo/git/commits', createCommit);
  router.get('/repos/:owner/:repo/git/commits/:sha', (ctx) => {
    const repo = readableRepo(ctx);
    if (repo.git.commit(ctx.params.sha ?? '') === undefined) throw notFound();
    return ok(commitJson(ctx, repo, ctx.params.sha ?? ''));
  });
}

/** A branch, tag, full ref or commit sha, as the statuses and contents endpoints accept. */
export function resolveCommit(repo: Repo, ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref) && repo.git.commit(ref) !== undefined) return ref;
  for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const sha = repo.refs.get(candidate);
    if (sha !== undefined) return sha;
  }
  throw new ApiError(422, `No commit found for SHA: ${ref}`);
}

function resolveTree(repo: Repo, shaOrRef: string): string {
  if (repo.git.tree(shaOrRef) !== undefined) return shaOrRef;
  const commit = repo.git.commit(shaOrRef);
  if (commit !== undefined) return commit.tree;
  try {
    return repo.git.commit(resolveCommit(repo, shaOrRef))?.tree ?? '';
  } catch {
    throw notFound();
  }
}

function refJson(ctx: RequestContext, repo: Repo, name: string, sha: string) {
  const api = repoApiUrl(ctx, repo);
  return {
    ref: name,
    node_id: nodeId('Ref', repo.id),
    url: `${api}/git/${name}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

function listRefs(ctx: RequestContext, prefix: string) {
  const repo = readableRepo(ctx);
  const wanted = `refs/${prefix}`;
  const refs = [...repo.refs.entries()]
    .filter(([name]) => name.startsWith(wanted))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, sha]) => refJson(ctx, repo, name, sha));
  return ok(refs);
}

function createRef(ctx: RequestContext) {
  const repo = writableRepo(ctx);
  const body = bodyObject(ctx);
  const name = requiredString(body, 'ref');
  const sha = requiredString(body, 'sha');
  if (!/^refs\/[^/]+\/.+/.test(name)) {
    throw new ApiError(
      422,
      "Reference name must start with 'refs/' and have at least two slashes.",
    );
  }
  if (repo.refs.has(name)) throw new ApiError(422, 'Reference already exists');
  if (repo.git.commit(sha) === undefined) throw new ApiError(422, 'Object does not exist');
  repo.refs.set(name, sha);
  const json = refJson(ctx, repo, name, sha);
  return ok(json, 201, { location: json.url });
}

function updateRef(ctx: RequestContext) {
  const repo = writableRepo(ctx);
  const name = `refs/${ctx.params.ref ?? ''}`;
  const body = bodyObject(ctx);
  const sha = requiredString(body, 'sha');
  const current = repo.refs.get(name);
  if (current === undefined) throw new ApiError(422, 'Reference does not exist');
  if (repo.git.commit(sha) === undefined) throw new ApiError(422, 'Object does not exist');
  if (body.force !== true && !repo.git.isAncestor(current, sha)) {
    throw new ApiError(422, 'Update is not a fast forward');
  }
  repo.refs.set(name, sha);
  return ok(refJson(ctx, repo, name, sha));
}

function createBlob(ctx: RequestContext) {
  const repo = writableRepo(ctx);
  const body = bodyObject(ctx);
  const content = requiredString(body, 'content');
  const encoding = optionalString(body, 'encoding') ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
    throw invalidRequest(`encoding must be "utf-8" or "base64"; got ${JSON.stringify(encoding)}.`);
  }
  const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
  const sha = repo.git.putBlob(bytes);
  const url = `${repoApiUrl(ctx, repo)}/git/blobs/${sha}`;
  return ok({ url, sha }, 201, { location: url });
}

const MODES: readonly TreeMode[] = ['100644', '100755', '040000', '160000', '120000'];

function createTree(ctx: RequestContext) {
  const repo = writableRepo(ctx);
  const body = bodyObject(ctx);
  if (!Array.isArray(body.tree)) throw invalidRequest(`"tree" wasn't supplied.`);
  const baseTree = optionalString(body, 'base_tree');
  if (baseTree !== undefined && repo.git.tree(baseTree) === undefined) {
    throw new ApiError(422, 'base_tree is not a valid tree oid');
  }
  const files = baseTree === undefined ? new Map<string, TreeEntry>() : repo.git.flatten(baseTree);
  for (const raw of body.tree as unknown[]) {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const path = requiredString(item, 'path');
    const mode = (item.mode === '040000' ? '040000' : item.mode) as TreeMode;
    if (!MODES.includes(mode)) {
      throw invalidRequest(`For 'items/mode', ${JSON.stringify(item.mode)} is not a valid mode.`);
    }
    if (item.sha === null) {
      // a null sha removes the path, a whole folder included
      for (const key of [...files.keys()]) {
        if (key === path || key.startsWith(`${path}/`)) files.delete(key);
      }
      continue;
    }
    let sha: string;
    if (typeof item.content === 'string') {
      sha = repo.git.putBlob(Buffer.from(item.content));
    } else if (typeof item.sha === 'string' && repo.git.get(item.sha) !== undefined) {
      sha = item.sha;
    } else {
      throw new ApiError(422, `GitRPC::BadObjectState`, {
        errors: [`tree.sha ${String(item.sha)} is not a valid blob`],
      });
    }
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    if (type === 'tree') {
      for (const [nested, entry] of repo.git.flatten(sha, `${path}/`)) files.set(nested, entry);
    } else {
      files.set(path, { path, mode, type, sha });
    }
  }
  const sha = repo.git.writeTreeFromPaths(files);
  const json = treeJson(ctx, repo, sha, false);
  return ok(json, 201, { location: json.url });
}

function treeJson(ctx: RequestContext, repo: Repo, sha: string, recursive: boolean) {
  const api = repoApiUrl(ctx, repo);
  const entries: TreeEntry[] = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const entry of repo.git.tree(treeSha) ?? []) {
      entries.push({ ...entry, path: prefix + entry.path });
      if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${entry.path}/`);
    }
  };
  walk(sha, '');
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === 'blob' ? { size: repo.git.blob(entry.sha)?.length ?? 0 } : {}),
      url: `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
    })),
    truncated: false,
  };
}

function person(ctx: RequestContext, raw: unknown, fallback: GitPerson): GitPerson {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'object' || raw === null) throw invalidRequest('author must be an object.');
  const value = raw as Record<string, unknown>;
  return {
    name: requiredString(value, 'name'),
    email: requiredString(value, 'email'),
    date: optionalString(value, 'date') ?? fallback.date,
  };
}

function createCommit(ctx: RequestContext) {
  const repo = writableRepo(ctx);
  const body = bodyObject(ctx);
  const message = requiredString(body, 'message');
  const tree = requiredString(body, 'tree');
  if (repo.git.tree(tree) === undefined) throw new ApiError(422, 'Tree SHA does not exist');
  const parents = body.parents === undefined ? [] : body.parents;
  if (
    !Array.isArray(parents) ||
    parents.some((sha) => repo.git.commit(String(sha)) === undefined)
  ) {
    throw new ApiError(422, 'Parent SHA does not exist or is not a commit object');
  }
  const author = person(ctx, body.author, ctx.state.gitPerson(ctx.actor.login));
  const committer = person(ctx, body.committer, author);
  const sha = repo.git.putCommit({
    tree,
    parents: parents as string[],
    message,
    author,
    committer,
  });
  const json = commitJson(ctx, repo, sha);
  return ok(json, 201, { location: json.url });
}

export function commitJson(ctx: RequestContext, repo: Repo, sha: string) {
  const api = repoApiUrl(ctx, repo);
  const html = `${ctx.webUrl}/${repo.owner}/${repo.name}/commit`;
  const commit = repo.git.commit(sha);
  if (commit === undefined) throw notFound();
  return {
    sha,
    node_id: nodeId('Commit', parseInt(sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${sha}`,
    html_url: `${html}/${sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/git/commits/${parent}`,
      html_url: `${html}/${parent}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export function wrapBase64(content: Buffer): string {
  const encoded = content.toString('base64');
  return (encoded.match(/.{1,60}/g) ?? []).join('\n') + (encoded === '' ? '' : '\n');
}
