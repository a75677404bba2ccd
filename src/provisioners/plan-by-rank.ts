// The one operation that moves a target from the role it holds to the role the repository
// wants, for systems where roles form a ladder: moving down it takes access away.
import type { AccessTarget, ActualAccess, DesiredAccess, Operation } from './provisioner.js';

export function planByRank<T extends AccessTarget>(
  target: T,
  desired: DesiredAccess | undefined,
  actual: ActualAccess,
  removedGrantId: string,
  rank: (role: string) => number,
): Operation<T> | undefined {
  if (desired === undefined) {
    if (actual.role === undefined) return undefined;
    return { action: 'revoke', grantId: removedGrantId, target, from: actual.role, removal: true };
  }
  if (actual.role === desired.role) return undefined;
  if (actual.role === undefined)
    return { action: 'grant', grantId: desired.grantId, target, to: desired.role, removal: false };
  return {
    action: 'update',
    grantId: desired.grantId,
    target,
    from: actual.role,
    to: desired.role,
    removal: rank(desired.role) < rank(actual.role),
  };
}
