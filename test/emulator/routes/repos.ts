import { effectivePermission, existingOrg, readableRepo } from '../access.js';
import { ok, paginate } from '../http.js';
import type { Router } from '../router.js';
import { fullRepoJson, minimalRepoJson } from '../serialize.js';

export function registerRepos(router: Router): void {
  router.get('/repos/:owner/:repo', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(fullRepoJson(ctx, repo, effectivePermission(ctx, repo, ctx.actor.login)));
  });
  // An organisation's repositories by name, each private one only to those who can see it.
  router.get('/orgs/:org/repos', (ctx) => {
    const org = existingOrg(ctx);
    const repos = [...ctx.state.repos.values()]
      .filter((repo) => repo.owner.toLowerCase() === org.login.toLowerCase())
      .filter(
        (repo) => !repo.private || effectivePermission(ctx, repo, ctx.actor.login) !== undefined,
      )
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((repo) => minimalRepoJson(ctx, repo));
    return paginate(ctx, repos, `/organizations/${org.id}/repos`);
  });
}
