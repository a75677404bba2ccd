import { readableRepo, writableRepo } from '../access.js';
import {
  bodyObject,
  notFound,
  ok,
  optionalString,
  paginate,
  requiredString,
  validationFailed,
} from '../http.js';
import type { Router } from '../router.js';
import { labelJson } from '../serialize.js';
import type { Label } from '../state.js';

/** A repository's label catalogue; issue labels are in issues.ts. */

const CREATE_LABEL_DOCS = 'https://docs.github.com/rest/reference/issues#create-a-label';

export function registerLabels(router: Router): void {
  router.get('/repos/:owner/:repo/labels', (ctx) => {
    const repo = readableRepo(ctx);
    const labels = [...repo.labels.values()].map((label) => labelJson(ctx, repo, label));
    return paginate(ctx, labels, `/repositories/${repo.id}/labels`);
  });
  router.get('/repos/:owner/:repo/labels/:name', (ctx) => {
    const repo = readableRepo(ctx);
    const label = repo.labels.get((ctx.params.name ?? '').toLowerCase());
    if (label === undefined) throw notFound();
    return ok(labelJson(ctx, repo, label));
  });
  router.post('/repos/:owner/:repo/labels', (ctx) => {
    const repo = writableRepo(ctx, 'triage');
    const body = bodyObject(ctx);
    const name = requiredString(body, 'name');
    const color = (optionalString(body, 'color') ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
      throw validationFailed(
        [{ resource: 'Label', code: 'invalid', field: 'color' }],
        CREATE_LABEL_DOCS,
      );
    }
    if (repo.labels.has(name.toLowerCase())) {
      throw validationFailed(
        [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        CREATE_LABEL_DOCS,
      );
    }
    const label: Label = {
      id: ctx.state.nextId(),
      name,
      color: color.toLowerCase(),
      description: optionalString(body, 'description') ?? null,
      default: false,
    };
    repo.labels.set(name.toLowerCase(), label);
    const json = labelJson(ctx, repo, label);
    return ok(json, 201, { location: String(json.url) });
  });
}
