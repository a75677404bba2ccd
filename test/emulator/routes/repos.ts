import { effectivePermission, readableRepo } from '../access.js';
import { ok } from '../http.js';
import type { Router } from '../router.js';
import { fullRepoJson } from '../serialize.js';

export function registerRepos(router: Router): void {
  router.get('/repos/:owner/:repo', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(fullRepoJson(ctx, repo, effectivePermission(ctx, repo, ctx.actor.login)));
  });
}
