// The identity sync: read an HR export (CSV or SCIM 2.0 JSON), compare it with identities/,
// and change the files accordingly: new users, changed fields, team moves, leavers with the
// day they left. A leaver's grants are cut out in the same change (the expiry run's removal
// edit), so one merge revokes everything. A file that disagrees with itself or with the
// repository changes nothing and yields findings that point into it.
import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { DocumentEditError } from '../model/edit.js';
import { editFields, yamlScalar, type FieldEdit } from '../model/edit-fields.js';
import {
  canonicalIdentityId,
  loadAccessRepository,
  type AccessModel,
  type AccessRecord,
  type LocatedFinding,
} from '../model/index.js';
import { planEdits } from './expire/edits.js';
import type { Removal } from '../model/expiry.js';
import type { HrFile } from './sync-identities/person.js';
import { planSync, type SyncPlan } from './sync-identities/plan.js';
import { readCsv } from './sync-identities/read-csv.js';
import { readScim } from './sync-identities/read-scim.js';
import type { SyncResult } from '../report/sync-identities/result.js';

export type { SyncResult } from '../report/sync-identities/result.js';

/** An HR export larger than this is refused unread. */
export const MAX_HR_FILE = 20 * 1024 * 1024;

export interface SyncOptions {
  accessDir: string;
  /** The HR file: `.csv`, or SCIM JSON (`.json`, or any file starting with `{` or `[`). */
  from: string;
  /** Read it from here instead of the file (the Action's dispatch payload); `from` names it. */
  text?: string;
  /** Write the changes into the access directory; otherwise only report them. */
  write: boolean;
}

export async function runSyncIdentities(options: SyncOptions): Promise<SyncResult> {
  const accessDir = resolve(options.accessDir);
  const model = await loadAccessRepository(accessDir);
  const hr = readHrFile(options.from, options.text);
  const rejected = (findings: LocatedFinding[]): SyncResult => ({
    findings,
    changes: [],
    removedGrants: [],
    files: [],
  });
  if (hr.findings.length > 0) return rejected(hr.findings);
  const plan = planSync(model, hr.people);
  if (plan.findings.length > 0) return rejected(plan.findings);
  const built = buildFiles(model, accessDir, plan);
  if ('findings' in built) return rejected(built.findings);
  if (options.write)
    for (const { file, after } of built.files)
      if (after === null) unlinkSync(file);
      else writeFileSync(file, after);
  return { findings: [], ...built };
}

function readHrFile(from: string, given: string | undefined): HrFile {
  const at = { file: from, line: 1, column: 1 };
  const tooLarge: HrFile = {
    people: [],
    findings: [
      {
        rule: 'hr-file',
        severity: 'error',
        message: `HR file is over ${MAX_HR_FILE / 1024 / 1024} MiB; split it`,
        ...at,
      },
    ],
  };
  // a dispatch payload is whatever its sender made it: the same limit as for a file
  if (given !== undefined && Buffer.byteLength(given, 'utf8') > MAX_HR_FILE) return tooLarge;
  let text = given;
  if (text === undefined) {
    if (!existsSync(from) || !statSync(from).isFile())
      return {
        people: [],
        findings: [
          {
            rule: 'hr-file',
            severity: 'error',
            message: `HR file ${from} not found; pass --from FILE`,
            ...at,
          },
        ],
      };
    if (statSync(from).size > MAX_HR_FILE) return tooLarge;
    text = readFileSync(from, 'utf8');
  }
  const ext = extname(from).toLowerCase();
  const json = ext === '.json' || (ext !== '.csv' && /^\uFEFF?\s*[[{]/.test(text));
  return json ? readScim(from, text.replace(/^\uFEFF/, '')) : readCsv(from, text);
}

function buildFiles(
  model: AccessModel,
  accessDir: string,
  plan: SyncPlan,
): Omit<SyncResult, 'findings'> | { findings: LocatedFinding[] } {
  const position = new Map<AccessRecord, { file: string; index: number }>();
  for (const doc of model.documents)
    if (doc.record !== null) position.set(doc.record, { file: doc.file, index: doc.index });
  const edits = new Map<string, { fields: FieldEdit[]; append: string[] }>();
  const editsOf = (file: string) => {
    const found = edits.get(file) ?? { fields: [], append: [] };
    edits.set(file, found);
    return found;
  };
  const lines: string[] = [];
  const usersFile =
    model.users.map((u) => position.get(u)?.file).find((f) => f !== undefined) ??
    join(accessDir, 'identities', 'users.yaml');
  for (const change of plan.changes) {
    const where = change.user === undefined ? undefined : position.get(change.user);
    if (where === undefined) {
      const fields = Object.entries(change.set).map(([k, v]) => `${k}: ${yamlScalar(v)}\n`);
      editsOf(usersFile).append.push(`kind: User\nid: ${change.login}\n${fields.join('')}`);
      lines.push(`new user ${change.login}`);
      continue;
    }
    for (const [key, value] of Object.entries(change.set))
      editsOf(where.file).fields.push({ document: where.index, op: 'set', key, value });
    if (change.set.status === 'active' && change.user?.leftOn !== undefined)
      editsOf(where.file).fields.push({ document: where.index, op: 'delete', key: 'leftOn' });
    lines.push(
      change.set.status === 'leaver'
        ? `${change.login} left on ${change.set.leftOn}`
        : `${change.login}: ${Object.entries(change.set)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
    );
  }
  for (const move of plan.moves) {
    for (const id of move.from) {
      const team = model.identities.teams.get(id);
      const where = team === undefined ? undefined : position.get(team);
      if (team === undefined || where === undefined) continue;
      for (const list of ['members', 'maintainers'] as const)
        for (const written of team[list].filter((m) => canonicalIdentityId(m) === move.login))
          editsOf(where.file).fields.push({
            document: where.index,
            op: 'remove-item',
            key: list,
            value: written,
          });
    }
    if (move.to !== undefined) {
      const team = model.identities.teams.get(move.to);
      const where = team === undefined ? undefined : position.get(team);
      if (where !== undefined)
        editsOf(where.file).fields.push({
          document: where.index,
          op: 'add-item',
          key: 'members',
          value: move.login,
        });
    }
    lines.push(
      `${move.login}: ${[...move.from.map((t) => `leaves team ${t}`), ...(move.to === undefined ? [] : [`joins team ${move.to}`])].join(', ')}`,
    );
  }
  const removals: Removal[] = [];
  for (const grant of model.grants) {
    if (
      grant.subjectKind !== 'user' ||
      !plan.leavers.includes(canonicalIdentityId(grant.subjectId))
    )
      continue;
    const where = position.get(grant);
    if (where === undefined) continue;
    const change = plan.changes.find((c) => c.login === canonicalIdentityId(grant.subjectId));
    removals.push({
      grant,
      ...where,
      line: grant.source.location.line,
      reasons: [
        {
          kind: 'leaver',
          user: canonicalIdentityId(grant.subjectId),
          ...(change?.set.leftOn === undefined ? {} : { leftOn: change.set.leftOn }),
        },
      ],
      owners:
        grant.owner !== undefined ? [grant.owner] : [...(grant.resolved?.resource.owners ?? [])],
    });
  }
  const findings: LocatedFinding[] = [];
  const files: SyncResult['files'] = [];
  for (const [file, { fields, append }] of edits) {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    try {
      files.push({ file, before, after: editFields(file, before, fields, append) });
    } catch (error) {
      if (!(error instanceof DocumentEditError)) throw error;
      findings.push({
        rule: 'hr-sync-edit',
        severity: 'error',
        message: error.message,
        file,
        line: 1,
        column: 1,
      });
    }
  }
  const cut = planEdits(removals);
  for (const skipped of cut.skipped)
    findings.push({
      rule: 'hr-sync-edit',
      severity: 'error',
      message: skipped.message,
      file: skipped.file,
      line: 1,
      column: 1,
    });
  if (findings.length > 0) return { findings };
  for (const edit of cut.edits)
    files.push({ file: edit.file, before: edit.before, after: edit.after });
  return { changes: lines, removedGrants: removals.map((r) => r.grant.id), files };
}
