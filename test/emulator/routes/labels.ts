import { readableRepo, writableRepo } from '../access.js';
import {
  bodyObject,
  noContent,
  notFound,
  nullableString,
  ok,
  optionalString,
  paginate,
  requiredString,
  validationFailed,
} from '../http.js';
import type { Router } from '../router.js';
import { labelJson } from '../serialize.js';
import type { Label, Repo } from '../state.js';

/** A repository's label catalogue; issue labels are in issues.ts. */

const CREATE_LABEL_DOCS = 'https://docs.github.com/rest/reference/issues#create-a-label';
const UPDATE_LABEL_DOCS = 'https://docs.github.com/rest/reference/issues#update-a-label';

function existingLabel(repo: Repo, name: string): Label {
  const label = repo.labels.get(name.toLowerCase());
  if (label === undefined) throw notFound();
  return label;
}

export function registerLabels(router: Router): void {
  router.get('/repos/:owner/:repo/labels', (ctx) => {
    const repo = readableRepo(ctx);
    const labels = [...repo.labels.values()].map((label) => labelJson(ctx, repo, label));
    return paginate(ctx, labels, `/repositories/${repo.id}/labels`);
  });
  router.get('/repos/:owner/:repo/labels/:name', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(labelJson(ctx, repo, existingLabel(repo, ctx.params.name ?? '')));
  });
  router.patch('/repos/:owner/:repo/labels/:name', (ctx) => {
    const repo = writableRepo(ctx, 'triage');
    const label = existingLabel(repo, ctx.params.name ?? '');
    const body = bodyObject(ctx);
    const newName = optionalString(body, 'new_name');
    const color = optionalString(body, 'color')?.replace(/^#/, '');
    if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
      throw validationFailed(
        [{ resource: 'Label', code: 'invalid', field: 'color' }],
        UPDATE_LABEL_DOCS,
      );
    }
    if (newName !== undefined && newName.toLowerCase() !== label.name.toLowerCase()) {
      if (repo.labels.has(newName.toLowerCase())) {
        throw validationFailed(
          [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          UPDATE_LABEL_DOCS,
        );
      }
      repo.labels.delete(label.name.toLowerCase());
      repo.labels.set(newName.toLowerCase(), label);
    }
    if (newName !== undefined) {
      // issues refer to labels by name, so a rename follows them
      for (const issue of repo.issues) {
        issue.labels = issue.labels.map((name) =>
          name.toLowerCase() === label.name.toLowerCase() ? newName : name,
        );
      }
      label.name = newName;
    }
    if (color !== undefined) label.color = color;
    const description = nullableString(body, 'description');
    if (description !== undefined) label.description = description;
    return ok(labelJson(ctx, repo, label));
  });
  router.delete('/repos/:owner/:repo/labels/:name', (ctx) => {
    const repo = writableRepo(ctx, 'triage');
    const label = existingLabel(repo, ctx.params.name ?? '');
    repo.labels.delete(label.name.toLowerCase());
    for (const issue of repo.issues) {
      issue.labels = issue.labels.filter((name) => name.toLowerCase() !== label.name.toLowerCase());
    }
    return noContent;
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
      color,
      description: optionalString(body, 'description') ?? null,
      default: false,
    };
    repo.labels.set(name.toLowerCase(), label);
    const json = labelJson(ctx, repo, label);
    return ok(json, 201, { location: String(json.url) });
  });
}
