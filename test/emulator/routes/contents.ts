import { readableRepo, writableRepo } from '../access.js';
import type { TreeEntry } from '../git-objects.js';
import {
  ApiError,
  bodyObject,
  invalidRequest,
  notFound,
  ok,
  optionalString,
  requiredString,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { repoApiUrl } from '../serialize.js';
import type { Repo } from '../state.js';
import { commitJson, resolveCommit, wrapBase64 } from './git.js';

/** Repository contents: read a file or folder at a ref, and write one file as a commit. */

export function registerContents(router: Router): void {
  router.get('/repos/:owner/:repo/contents/:path*', (ctx) => {
    const repo = readableRepo(ctx);
    const ref = ctx.query.get('ref') ?? repo.defaultBranch;
    let commitSha: string;
    try {
      commitSha = resolveCommit(repo, ref);
    } catch {
      throw new ApiError(404, `No commit found for the ref ${ref}`);
    }
    const tree = repo.git.commit(commitSha)?.tree ?? '';
    const path = (ctx.params.path ?? '').replace(/\/$/, '');
    const entry = repo.git.lookup(tree, path);
    if (entry === undefined) throw notFound();
    if (entry.type === 'tree') {
      const listing = (repo.git.tree(entry.sha) ?? []).map((child) =>
        entryJson(ctx, repo, ref, {
          ...child,
          path: path === '' ? child.path : `${path}/${child.path}`,
        }),
      );
      return ok(listing);
    }
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      return {
        status: 200,
        raw: {
          content: repo.git.blob(entry.sha) ?? Buffer.alloc(0),
          contentType: 'application/vnd.github.v3.raw; charset=utf-8',
        },
      };
    }
    return ok(fileJson(ctx, repo, ref, { ...entry, path }));
  });
  router.put('/repos/:owner/:repo/contents/:path*', (ctx) => writeFile(ctx, 'put'));
  router.delete('/repos/:owner/:repo/contents/:path*', (ctx) => writeFile(ctx, 'delete'));
}

function entryJson(ctx: RequestContext, repo: Repo, ref: string, entry: TreeEntry) {
  const api = repoApiUrl(ctx, repo);
  const kind = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file';
  const url = `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
  const htmlUrl = `${ctx.webUrl}/${repo.owner}/${repo.name}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${entry.path}`;
  return {
    name: entry.path.split('/').pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    size: kind === 'file' ? (repo.git.blob(entry.sha)?.length ?? 0) : 0,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url:
      kind === 'file' ? `${ctx.webUrl}/raw/${repo.owner}/${repo.name}/${ref}/${entry.path}` : null,
    type: kind,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

function fileJson(ctx: RequestContext, repo: Repo, ref: string, entry: TreeEntry) {
  return {
    ...entryJson(ctx, repo, ref, entry),
    content: wrapBase64(repo.git.blob(entry.sha) ?? Buffer.alloc(0)),
    encoding: 'base64',
  };
}

function writeFile(ctx: RequestContext, mode: 'put' | 'delete') {
  const repo = writableRepo(ctx);
  const body = bodyObject(ctx);
  const path = ctx.params.path ?? '';
  const message = requiredString(body, 'message');
  const branch = optionalString(body, 'branch') ?? repo.defaultBranch;
  const tip = repo.refs.get(`refs/heads/${branch}`);
  // the first file written to an empty repository starts its default branch
  const startsEmptyRepo = repo.refs.size === 0 && branch === repo.defaultBranch;
  if (tip === undefined && !startsEmptyRepo) {
    throw new ApiError(404, `Branch ${branch} not found`);
  }
  const tree = tip === undefined ? repo.git.putTree([]) : (repo.git.commit(tip)?.tree ?? '');
  const existing = repo.git.lookup(tree, path);
  const givenSha = optionalString(body, 'sha');
  if (existing !== undefined && existing.type !== 'blob') {
    throw new ApiError(422, `${path} is a directory`);
  }
  if (mode === 'delete' && existing === undefined) throw notFound();
  if (existing !== undefined && givenSha === undefined) {
    throw invalidRequest(`"sha" wasn't supplied.`);
  }
  if (existing !== undefined && givenSha !== existing.sha) {
    throw new ApiError(409, `${path} does not match ${givenSha}`);
  }
  const files = repo.git.flatten(tree);
  let blobSha: string | undefined;
  if (mode === 'put') {
    const content = requiredString(body, 'content');
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) {
      throw invalidRequest('content is not valid Base64');
    }
    blobSha = repo.git.putBlob(Buffer.from(content, 'base64'));
    files.set(path, { path, mode: '100644', type: 'blob', sha: blobSha });
  } else {
    files.delete(path);
  }
  const author = ctx.state.gitPerson(ctx.actor.login);
  const commitSha = repo.git.putCommit({
    tree: repo.git.writeTreeFromPaths(files),
    parents: tip === undefined ? [] : [tip],
    message,
    author,
    committer: author,
  });
  repo.refs.set(`refs/heads/${branch}`, commitSha);
  const content =
    blobSha === undefined
      ? null
      : entryJson(ctx, repo, branch, { path, mode: '100644', type: 'blob', sha: blobSha });
  return ok(
    { content, commit: commitJson(ctx, repo, commitSha) },
    existing === undefined ? 201 : 200,
  );
}
