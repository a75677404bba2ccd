// The default policy library's deny and warn rules written by hand in TypeScript: the
// baseline the compiled Wasm is measured against. Same input document, same findings.
/* eslint-disable @typescript-eslint/no-explicit-any -- the input is untyped JSON, as Rego sees it */

type Finding = { rule: string; grant?: string; field?: string; msg: string; [k: string]: unknown };

const RISK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };
const DAY = 86_400_000;

export function evaluateByHand(input: any): { deny: Finding[]; warn: Finding[] } {
  const deny: Finding[] = [];
  const warn: Finding[] = [];
  const now = Date.parse(input.now);
  const config = input.config ?? {};
  const changed = new Set<string>([...input.changes.added, ...input.changes.modified]);
  const resources = input.catalog.resources;
  const users = input.identities.users;
  const teams = input.identities.teams;
  const accounts = input.identities.serviceAccounts;
  const roleOf = (g: any) => resources[g.catalogId]?.roles?.[g.role];
  const f = (rule: string, g: any, field: string, msg: string): Finding => ({
    rule,
    grant: g.id,
    field,
    msg,
  });
  const minReason = config.highRisk?.minReasonLength ?? 30;
  const warnDays = config.expiry?.warnDays ?? 14;
  const validOwner = (ref: string) =>
    ref.startsWith('team:') ? ref.slice(5) in teams : users[ref.slice(5)]?.status === 'active';
  const overdue = new Set<string>();
  for (const sa of Object.values<any>(accounts)) {
    const at = sa.rotation?.lastRotatedAt;
    if (at !== undefined && now - Date.parse(at) > sa.rotation.maxAgeDays * DAY) overdue.add(sa.id);
  }
  const byHolding = new Map<string, any[]>();

  for (const g of input.grants) {
    const role = roleOf(g);
    const isChanged = changed.has(g.id);
    const resource = resources[g.catalogId];
    if (resource && !role)
      deny.push(
        f(
          'role-exists',
          g,
          'role',
          `role ${JSON.stringify(g.role)} is not defined for ${g.catalogId}`,
        ),
      );
    for (const field of ['subject', 'resource'])
      if (g[field].includes('*'))
        deny.push(f('no-wildcard', g, field, `${field} holds a wildcard`));
    if (!g.owner && (resource?.owners ?? []).length === 0)
      deny.push(f('grant-owner', g, 'owner', `nobody answers for grant ${g.id}`));
    if (g.subjectKind === 'service' && !g.owner)
      deny.push(f('service-owner', g, 'owner', `name the owner of ${g.subjectId}`));
    if (!g.expiresAt) deny.push(f('expiry-required', g, 'expires', `grant ${g.id} never expires`));
    if (g.subjectKind === 'user' && users[g.subjectId]?.status === 'leaver')
      deny.push(f('leaver-has-grant', g, 'subject', `${g.subjectId} has left`));
    const left = Date.parse(g.expiresAt) - now;
    if (left > 0 && left <= warnDays * DAY)
      warn.push(f('expires-soon', g, 'expires', `grant ${g.id} expires on ${g.expires}`));
    const key = `${g.subject} ${g.resource}`;
    byHolding.set(key, [...(byHolding.get(key) ?? []), g]);
    if (!isChanged || !role) continue;
    for (const field of role.requires ?? [])
      if (!g[field]) deny.push(f('role-requires', g, field, `role requires ${field}`));
    if (RISK[role.risk]! >= 3) {
      if (g.reason.trim().length < minReason)
        deny.push(f('high-risk-reason', g, 'reason', 'give a reason'));
      if (!g.ticket) deny.push(f('high-risk-ticket', g, 'ticket', 'add the ticket'));
    }
    if (
      g.subjectKind === 'team' &&
      resource.teamMaxRisk &&
      RISK[role.risk]! > RISK[resource.teamMaxRisk]!
    )
      deny.push(f('team-role-limit', g, 'role', 'teams may not hold this role'));
    const days = Math.floor(left / DAY);
    if (days > role.maxDays) deny.push(f('max-duration', g, 'expires', `grant lasts ${days} days`));
    if (left <= 0) deny.push(f('already-expired', g, 'expires', `grant ${g.id} expired`));
    if (g.subjectKind === 'service' && overdue.has(g.subjectId))
      deny.push(f('rotation-overdue', g, 'subject', 'rotate it first'));
  }
  for (const holding of byHolding.values()) {
    if (holding.length < 2) continue;
    for (const low of holding)
      for (const high of holding)
        if (RISK[roleOf(low)?.risk]! < RISK[roleOf(high)?.risk]!)
          warn.push(f('redundant-role', low, 'role', `the lower role ${low.role} is redundant`));
  }
  for (const sa of Object.values<any>(accounts)) {
    if (!validOwner(sa.owner))
      deny.push({
        rule: 'service-account-owner',
        serviceAccount: sa.id,
        field: 'owner',
        msg: 'bad owner',
      });
    if (!(sa.purpose ?? '').trim())
      deny.push({
        rule: 'service-account-purpose',
        serviceAccount: sa.id,
        field: 'purpose',
        msg: 'no purpose',
      });
    if (overdue.has(sa.id))
      warn.push({
        rule: 'rotation-overdue',
        serviceAccount: sa.id,
        field: 'rotation',
        msg: 'rotate it',
      });
  }
  for (const r of Object.values<any>(resources))
    for (const ref of r.owners)
      if (!validOwner(ref))
        deny.push({ rule: 'resource-owner', resource: r.id, field: 'owners', msg: 'bad owner' });
  // Approvals, separation of duties and break-glass read input.request, absent here as in
  // the whole-repository check the Wasm side is measured on.
  return { deny, warn };
}
