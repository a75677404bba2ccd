import type { Reply, RequestContext } from './http.js';

/** Matches `METHOD /path/:param/...` patterns; a route module registers its routes here. */

export type Handler = (ctx: RequestContext) => Reply;

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: Handler;
}

export interface Match {
  handler: Handler;
  params: Record<string, string>;
  /** The pattern that matched, e.g. `/repos/:owner/:repo/pulls`, for logs and fault filters. */
  route: string;
}

export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    const names: string[] = [];
    const source = pattern.replace(/:([a-z_]+)(\*)?/g, (_match, name: string, rest?: string) => {
      names.push(name);
      // a trailing `:name*` takes the rest of the path, slashes included (refs, file paths)
      return rest === '*' ? '(.*)' : '([^/]+)';
    });
    this.routes.push({
      method,
      pattern,
      regex: new RegExp(`^${source}/?$`),
      names,
      handler,
    });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.on('GET', pattern, handler);
  }
  post(pattern: string, handler: Handler): this {
    return this.on('POST', pattern, handler);
  }
  put(pattern: string, handler: Handler): this {
    return this.on('PUT', pattern, handler);
  }
  patch(pattern: string, handler: Handler): this {
    return this.on('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: Handler): this {
    return this.on('DELETE', pattern, handler);
  }

  match(method: string, path: string): Match | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.regex.exec(path);
      if (found === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { handler: route.handler, params, route: route.pattern };
    }
    return undefined;
  }
}
