import { notFound, ok } from '../http.js';
import type { Router } from '../router.js';
import { userJson } from '../serialize.js';

export function registerUsers(router: Router): void {
  router.get('/user', (ctx) => ok(userJson(ctx, ctx.actor)));
  router.get('/users/:username', (ctx) => {
    const user = ctx.state.user(ctx.params.username ?? '');
    if (user === undefined) throw notFound();
    return ok(userJson(ctx, user));
  });
}
