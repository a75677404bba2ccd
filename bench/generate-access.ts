import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so every run builds the same repository. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedAccess {
  dir: string;
  grantFiles: number;
  users: number;
}

const REPO_ROLES = ['pull', 'triage', 'push', 'maintain', 'admin'];

/**
 * Writes an access repository of `grants` grant files (one grant each, spread over
 * folders of 1,000) with a catalog and identities sized to match, all valid.
 */
export function generateAccess(root: string, grants: number, seed = 20261127): GeneratedAccess {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const dir = join(root, 'access');
  const users = Math.max(50, Math.round(grants / 20));
  const teams = Math.max(5, Math.round(users / 25));
  const services = Math.max(5, Math.round(users / 40));
  const repos = Math.max(10, Math.round(grants / 200));
  const databases = 20;

  mkdirSync(join(dir, 'catalog'), { recursive: true });
  mkdirSync(join(dir, 'identities'), { recursive: true });
  const catalog: string[] = [
    `kind: Resource\nid: github:team/*\nowners: [team:team-0]\nprovisioner: github\nroles:\n  member: { risk: low, maxDays: 365 }\n  maintainer: { risk: medium, maxDays: 180 }\n`,
  ];
  for (let r = 0; r < repos; r++)
    catalog.push(
      `kind: Resource\nid: github:repo/bench/repo-${r}\nowners: [team:team-${r % teams}]\nprovisioner: github\nroles:\n  pull: { risk: low, maxDays: 365 }\n  triage: { risk: low, maxDays: 365 }\n  push: { risk: medium, maxDays: 180 }\n  maintain: { risk: high, maxDays: 90, approvals: 2 }\n  admin: { risk: critical, maxDays: 30, approvals: 2, requires: [ticket] }\n`,
    );
  for (let d = 0; d < databases; d++)
    catalog.push(
      `kind: Resource\nid: postgres:db-${d}\nowners: [team:team-${d % teams}]\nprovisioner: postgres\nconfig: { host: db-${d}.internal, database: app }\nroles:\n  readonly: { risk: medium, maxDays: 90 }\n  readwrite: { risk: high, maxDays: 30, requires: [ticket] }\n`,
    );
  writeFileSync(join(dir, 'catalog/resources.yaml'), catalog.join('---\n'));

  const people: string[] = [];
  for (let u = 0; u < users; u++)
    people.push(`kind: User\nid: user-${u}\nname: User ${u}\nemail: user-${u}@bench.example\n`);
  writeFileSync(join(dir, 'identities/users.yaml'), people.join('---\n'));
  const groups: string[] = [];
  for (let t = 0; t < teams; t++) {
    const members = Array.from({ length: 10 }, (_, i) => `user-${(t * 10 + i) % users}`);
    groups.push(
      `kind: Team\nid: team-${t}\nmaintainers: [user-${t % users}]\nmembers: [${[...new Set(members)].join(', ')}]\n`,
    );
  }
  for (let s = 0; s < services; s++)
    groups.push(
      `kind: ServiceAccount\nid: svc-${s}\nowner: team:team-${s % teams}\npurpose: Automation account number ${s}\nrotation: { maxAgeDays: 90, lastRotated: 2026-10-01 }\n`,
    );
  writeFileSync(join(dir, 'identities/teams.yaml'), groups.join('---\n'));

  for (let g = 0; g < grants; g++) {
    const folder = join(dir, 'grants', `batch-${Math.floor(g / 1000)}`);
    if (g % 1000 === 0) mkdirSync(folder, { recursive: true });
    const kind = next();
    const subject =
      kind < 0.8
        ? `user:user-${Math.floor(next() * users)}`
        : kind < 0.95
          ? `team:team-${Math.floor(next() * teams)}`
          : `service:svc-${Math.floor(next() * services)}`;
    let resource: string;
    let role: string;
    const target = next();
    if (target < 0.6) {
      resource = `github:repo/bench/repo-${Math.floor(next() * repos)}`;
      role = pick(REPO_ROLES);
    } else if (target < 0.85) {
      resource = `github:team/team-${Math.floor(next() * teams)}`;
      role = pick(['member', 'maintainer']);
    } else {
      resource = `postgres:db-${Math.floor(next() * databases)}`;
      role = pick(['readonly', 'readwrite']);
    }
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const lines = [
      '# yaml-language-server: $schema=../../../schema/accessctl-v1.schema.json',
      'kind: Grant',
      `id: grant-${g}`,
      `subject: ${subject}`,
      `resource: ${resource}`,
      `role: ${role}`,
      `reason: Generated request number ${g} for load testing of the access model`,
      `expires: 2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ];
    if (subject.startsWith('service:')) lines.push(`owner: team:team-${g % teams}`);
    if (role === 'admin' || role === 'readwrite') lines.push(`ticket: BENCH-${g}`);
    writeFileSync(join(folder, `grant-${g}.yaml`), `${lines.join('\n')}\n`);
  }
  return { dir, grantFiles: grants, users };
}
