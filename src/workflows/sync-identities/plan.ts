// Compares what the HR file says with identities/ and turns it into changes: new users,
// changed fields, team moves, leavers (who also leave their teams and lose their grants).
// A file that disagrees with itself or with the repository yields findings and no change.
import {
  canonicalIdentityId,
  parseAccessDate,
  type AccessModel,
  type LocatedFinding,
  type SourceLocation,
  type UserRecord,
} from '../../model/index.js';
import { loginProblem } from '../../model/names.js';
import { didYouMean } from '../../model/suggest.js';
import { hrFinding, type Person } from './person.js';

const TYPES = ['employee', 'contractor', 'external'];
const STATUSES = ['active', 'leaver'];
/** The User fields the file may set, in the order a new document lists them. */
const USER_FIELDS = ['name', 'email', 'type', 'sponsor', 'contractEnds'] as const;

export interface UserChange {
  login: string;
  /** Absent for a new user. */
  user?: UserRecord;
  set: Partial<
    Record<'name' | 'email' | 'type' | 'sponsor' | 'contractEnds' | 'status' | 'leftOn', string>
  >;
}

export interface TeamMove {
  login: string;
  /** Teams whose members list loses the login. */
  from: string[];
  /** The team whose members list gains it, if it is not there yet. */
  to?: string;
}

export interface SyncPlan {
  findings: LocatedFinding[];
  changes: UserChange[];
  moves: TeamMove[];
  /** Logins that become leavers with this change: their grants go too. */
  leavers: string[];
}

export function planSync(model: AccessModel, people: Person[]): SyncPlan {
  const findings: LocatedFinding[] = [];
  const bad = (at: SourceLocation | undefined, fallback: SourceLocation, message: string) =>
    findings.push(hrFinding(at ?? fallback, message));
  const seen = new Map<string, Person>();
  const valid: { login: string; person: Person }[] = [];
  const inFile = new Set(
    people.flatMap((p) =>
      p.values.login === undefined ? [] : [canonicalIdentityId(p.values.login)],
    ),
  );
  for (const person of people) {
    const { values, where, at } = person;
    const login = values.login;
    const before = findings.length;
    if (login === undefined) {
      bad(at, at, 'this person has no login; give the GitHub login');
      continue;
    }
    const problem = loginProblem(login);
    if (problem?.kind === 'invalid')
      bad(where.login, at, `${problem.message}; write the GitHub login`);
    const id = canonicalIdentityId(login);
    const first = seen.get(id);
    // both rows are in the one file the finding names: its path again would show the runner's
    if (first !== undefined)
      bad(
        where.login,
        at,
        `login ${id} is listed twice (first at line ${first.at.line}, column ${first.at.column}); keep one row per person`,
      );
    else seen.set(id, person);
    const status = values.status ?? 'active';
    if (!STATUSES.includes(status))
      bad(where.status, at, `status "${status}" must be active or leaver`);
    if (values.type !== undefined && !TYPES.includes(values.type))
      bad(where.type, at, `type "${values.type}" must be one of ${TYPES.join(', ')}`);
    for (const field of ['leftOn', 'contractEnds'] as const) {
      const date = values[field];
      if (date !== undefined && parseAccessDate(date) === null)
        bad(where[field], at, `${field} "${date}" is not a date; write it as 2027-03-31`);
    }
    if (status === 'leaver' && values.leftOn === undefined)
      bad(
        where.status ?? where.login,
        at,
        `${id} is a leaver with no date; give the day they left (left_on, or leftOn in the SCIM extension)`,
      );
    if (values.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(values.email))
      bad(where.email, at, `email "${values.email}" is not an e-mail address`);
    if (values.team !== undefined && !model.identities.teams.has(canonicalIdentityId(values.team)))
      bad(
        where.team,
        at,
        `team "${values.team}" is not a Team of the repository${didYouMean(values.team, model.identities.teams.keys())}; add it under identities/ first or fix the team`,
      );
    if (values.sponsor !== undefined) {
      const sponsor = canonicalIdentityId(values.sponsor);
      if (!model.identities.users.has(sponsor) && !inFile.has(sponsor))
        bad(
          where.sponsor,
          at,
          `sponsor ${values.sponsor} is not a known user; name an employee of the repository or of this file`,
        );
    }
    const type = values.type ?? model.identities.users.get(id)?.type ?? 'employee';
    const sponsored = values.sponsor ?? model.identities.users.get(id)?.sponsor;
    if (status === 'active' && type !== 'employee' && sponsored === undefined)
      bad(
        where.type ?? where.login,
        at,
        `${id} is ${type === 'external' ? 'an external' : 'a contractor'} with no sponsor; give the sponsor's login`,
      );
    if (findings.length === before && first === undefined) valid.push({ login: id, person });
  }
  if (findings.length > 0) return { findings, changes: [], moves: [], leavers: [] };

  const homeTeams = new Set(
    people.flatMap((p) =>
      p.values.team === undefined ? [] : [canonicalIdentityId(p.values.team)],
    ),
  );
  const changes: UserChange[] = [];
  const moves: TeamMove[] = [];
  const leavers: string[] = [];
  for (const { login, person } of valid) {
    const { values } = person;
    const user = model.identities.users.get(login);
    const status = values.status ?? 'active';
    const set: UserChange['set'] = {};
    for (const field of USER_FIELDS) {
      const value =
        field === 'sponsor' && values.sponsor !== undefined
          ? canonicalIdentityId(values.sponsor)
          : values[field];
      if (value === undefined) continue;
      const current = field === 'type' ? (user?.type ?? 'employee') : user?.[field];
      if (value !== current && !(field === 'type' && user === undefined && value === 'employee'))
        set[field] = value;
    }
    if (user === undefined && status === 'leaver') continue; // never joined here: nothing to undo
    if (status === 'leaver' && user?.status !== 'leaver') {
      set.status = 'leaver';
      set.leftOn = values.leftOn as string;
      leavers.push(login);
    } else if (status === 'active' && user?.status === 'leaver') set.status = 'active';
    if (Object.keys(set).length > 0 || user === undefined)
      changes.push({ login, ...(user === undefined ? {} : { user }), set });
    const teamsOf = model.teams.filter((t) =>
      t.members.some((m) => canonicalIdentityId(m) === login),
    );
    if (status === 'leaver') {
      const from = model.teams
        .filter((t) =>
          [...t.members, ...t.maintainers].some((m) => canonicalIdentityId(m) === login),
        )
        .map((t) => t.id);
      if (from.length > 0) moves.push({ login, from });
    } else if (values.team !== undefined) {
      const to = canonicalIdentityId(values.team);
      const already = model.teams.some(
        (t) =>
          t.id === to &&
          [...t.members, ...t.maintainers].some((m) => canonicalIdentityId(m) === login),
      );
      const from = teamsOf.filter((t) => t.id !== to && homeTeams.has(t.id)).map((t) => t.id);
      if (!already || from.length > 0) moves.push({ login, from, ...(already ? {} : { to }) });
    }
  }
  return { findings: [], changes, moves, leavers };
}
