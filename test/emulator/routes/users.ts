import { ApiError, notFound, ok } from '../http.js';
import type { Router } from '../router.js';
import { userJson } from '../serialize.js';

export function registerUsers(router: Router): void {
  router.get('/user', (ctx) => {
    // an installation token (GITHUB_TOKEN: github-actions[bot]) has no user to answer for
    if (ctx.actor.type === 'Bot' && ctx.token.startsWith('ghs_'))
      throw new ApiError(403, 'Resource not accessible by integration');
    return ok(userJson(ctx, ctx.actor));
  });
  router.get('/users/:username', (ctx) => {
    const user = ctx.state.user(ctx.params.username ?? '');
    if (user === undefined) throw notFound();
    return ok(userJson(ctx, user));
  });
}
