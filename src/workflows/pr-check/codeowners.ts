// .github/CODEOWNERS from the catalog, so GitHub's own review routing asks the owners of
// each resource to review the grant files that touch it, and the policy owners to review
// changes to the rules.
import { isAbsolute, relative } from 'node:path';

import type { AccessModel } from '../../model/index.js';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

export interface CodeownersOptions {
  /** The organisation teams belong to: `team:payments` is `@acme/payments`. */
  org?: string;
  /** Owner references of the config's policyOwners. */
  policyOwners: string[];
  accessDir: string;
  policiesDir: string;
  configFile: string;
  /** The repository root, when the model's file paths are absolute. */
  root?: string;
}

/** An owner reference that GitHub cannot route to: a team without an organisation. */
export class CodeownersError extends Error {}

export function renderCodeowners(model: AccessModel, options: CodeownersOptions): string {
  const handle = (ref: string): string => {
    if (ref.startsWith('user:')) return `@${ref.slice(5)}`;
    if (ref.startsWith('team:')) {
      if (options.org === undefined || options.org === '')
        throw new CodeownersError(
          `owner "${ref}" is a team, and CODEOWNERS names teams as @ORG/SLUG; pass --org ORG`,
        );
      return `@${options.org}/${ref.slice(5)}`;
    }
    return `@${ref}`;
  };
  const handles = (refs: Iterable<string>): string =>
    [...new Set([...refs].map(handle))].sort().join(' ');

  const byFile = new Map<string, Set<string>>();
  const resources = new Map(model.resources.map((r) => [r.id, r]));
  for (const grant of model.grants) {
    // a grant whose subject does not resolve still names its resource: route it anyway
    const owners = (grant.resolved?.resource ?? resources.get(grant.resource))?.owners ?? [];
    const located = grant.source.locate('').file;
    const file =
      options.root !== undefined && isAbsolute(located)
        ? relative(options.root, located).replaceAll('\\', '/')
        : located;
    const set = byFile.get(file) ?? new Set<string>();
    for (const owner of owners) set.add(owner);
    byFile.set(file, set);
  }
  const lines = [
    '# Written by `accessctl codeowners` from the access catalog; edit the catalog, not this file.',
    '# Each grant file is reviewed by the owners of the resources it grants.',
  ];
  const rules = handles(options.policyOwners);
  if (rules !== '') {
    lines.push('', '# The rules every request is judged by: the policy owners.');
    for (const path of [
      `/${options.policiesDir}/`,
      `/${options.accessDir}/catalog/`,
      `/${options.accessDir}/identities/`,
      `/${options.configFile}`,
      `/${CODEOWNERS_FILE}`,
    ])
      lines.push(`${path} ${rules}`);
  }
  const files = [...byFile.keys()].sort();
  if (files.length > 0) lines.push('', '# Grants.');
  for (const file of files) {
    const owners = handles(byFile.get(file) ?? []);
    if (owners !== '') lines.push(`/${escapePath(file)} ${owners}`);
  }
  return `${lines.join('\n')}\n`;
}

/** CODEOWNERS patterns treat spaces and `#` specially; escape them as GitHub reads them. */
function escapePath(path: string): string {
  return path.replace(/([ #])/g, '\\$1');
}
