// From grants to targets: which provisioner carries a grant out and what access it stands
// for, then the one role the repository wants per target. Provisioning a merge and
// reconciling a whole repository both start here, so they agree on what a grant means.
import { grantParts, type GrantRecord } from '../../model/index.js';
import {
  isUnsupported,
  type AccessTarget,
  type DesiredAccess,
  type Provisioner,
} from '../../provisioners/provisioner.js';

export interface ResolvedTarget {
  target: AccessTarget;
  provisioner: Provisioner;
}

/** The target of a grant, or a sentence saying why it has none. */
export type TargetOf = (grant: GrantRecord) => ResolvedTarget | string;

export function targetResolver(provisioners: Provisioner[]): TargetOf {
  const byName = new Map(provisioners.map((p) => [p.name, p]));
  return (grant) => {
    const resolved = grant.resolved;
    if (resolved === undefined)
      return `its subject, resource or role does not resolve at ${grant.source.location.file}:${grant.source.location.line}; run accessctl validate`;
    const provisioner = byName.get(resolved.resource.provisioner);
    if (provisioner === undefined)
      return `no provisioner "${resolved.resource.provisioner}" is configured for ${grant.resource} (available: ${[...byName.keys()].join(', ') || 'none'})`;
    const target = provisioner.target(grant);
    return isUnsupported(target) ? target.unsupported : { target, provisioner };
  };
}

/** An expired grant still in the repository gives nothing; the expiry run removes it. */
export function isLive(grant: GrantRecord, now: Date): boolean {
  return Date.parse(grant.expiresAt) > now.getTime();
}

export interface DesiredStateOptions {
  now: Date;
  /** Grants the policies deny: they ask for nothing. */
  denied: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Only these target keys; every key when absent. */
  only?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

/**
 * The strongest role live, allowed grants ask for, by target key, including the access the
 * systems imply along with it.
 */
export function desiredState(
  grants: GrantRecord[],
  targetOf: TargetOf,
  options: DesiredStateOptions,
): Map<string, DesiredAccess> {
  const desired = new Map<string, DesiredAccess>();
  const want = (provisioner: Provisioner, target: AccessTarget, access: DesiredAccess) => {
    if (options.only !== undefined && !options.only.has(target.key)) return;
    const held = desired.get(target.key);
    if (
      held === undefined ||
      provisioner.rank(target, access.role) > provisioner.rank(target, held.role)
    )
      desired.set(target.key, access);
  };
  for (const grant of grants) {
    if (options.denied.has(grant.id) || !isLive(grant, options.now)) continue;
    // a package grant asks for each of its package's roles
    for (const part of grantParts(grant)) {
      const found = targetOf(part);
      if (typeof found === 'string') continue;
      want(found.provisioner, found.target, { grantId: grant.id, role: part.role });
      for (const implied of found.provisioner.implied?.(found.target) ?? [])
        want(found.provisioner, implied.target, { grantId: grant.id, role: implied.role });
    }
  }
  return desired;
}
