// Which policies a check uses, from its flags and the folder it runs in:
// `--bundle FILE` a prebuilt bundle; `--policies DIR` that folder with the built-in
// library; else `./policies` when the folder has one (the repository's own rules); else
// the built-in library alone, prebuilt beside the installed package.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { PolicyLoadError } from './errors.js';
import { BUILTIN_BUNDLE, type PolicyOrigin } from './library.js';

export type PolicyChoice =
  | { kind: 'bundle'; file: string }
  | { kind: 'directory'; dir: string; given: boolean }
  | { kind: 'builtin' };

export function choosePolicies(flags: {
  policies?: string;
  bundle?: string;
  cwd: string;
}): PolicyChoice {
  if (flags.policies !== undefined && flags.bundle !== undefined)
    throw new PolicyLoadError(
      '--policies and --bundle both name the rules; pass one: a folder to compile, or a prebuilt bundle',
    );
  if (flags.bundle !== undefined) return { kind: 'bundle', file: resolve(flags.cwd, flags.bundle) };
  if (flags.policies !== undefined) {
    const dir = resolve(flags.cwd, flags.policies);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new PolicyLoadError(
        `--policies ${flags.policies}: no such folder (looked in ${dir}); name the folder that holds your .rego files`,
      );
    return { kind: 'directory', dir, given: true };
  }
  const local = resolve(flags.cwd, 'policies');
  if (existsSync(local) && statSync(local).isDirectory())
    return { kind: 'directory', dir: local, given: false };
  return { kind: 'builtin' };
}

/** One line for the report: which rules judged the repository. */
export function describePolicies(
  choice: PolicyChoice,
  origin: PolicyOrigin,
  show: (path: string) => string,
): string {
  if (choice.kind === 'bundle') return `policies: the bundle ${show(choice.file)}`;
  // The default bundle sits in the installed package, wherever that is: name it as shipped.
  const prebuilt = origin.bundle === undefined ? 'compiled' : `prebuilt ${BUILTIN_BUNDLE}`;
  if (origin.userFiles.length > 0)
    return `policies: the built-in library and ${origin.userFiles.map(show).join(', ')} (compiled)`;
  if (choice.kind === 'directory')
    return `policies: the built-in library (${prebuilt}; ${show(choice.dir)}/ adds no rules of its own)`;
  return `policies: the built-in library (${prebuilt})`;
}
