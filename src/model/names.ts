// Names are canonical for the system they address. A resource id, a subject and an identity
// id each name something in a real system (a GitHub repository, a team, a PostgreSQL role),
// so they are held to that system's own naming rules, and written in the one spelling that
// system treats as the name: a name that could mean the same thing two ways, or that a URL
// or SQL statement would rewrite into something else, is refused before anything matches
// it against the catalog, judges it or provisions it.
//
// The rules (docs/provisioners.md, "Names"):
// - Every id: no control, invisible (format) or space characters, no percent-encoding, and
//   no empty, "." or ".." path segment (so no leading, trailing or doubled "/").
// - github:org/<login>, github:team/<slug>, github:repo/<owner>/<name>, nothing else.
//   GitHub compares all three case-insensitively, so accessctl writes them in lower case:
//   a login is letters and digits with single inner hyphens, at most 39 characters; a team
//   slug is lower-case letters, digits, "_" and "-"; a repository name is letters, digits,
//   ".", "_" and "-", at most 100 characters, neither "." nor "..", without ".git".
// - postgres:<server> or postgres:<server>/<role>: the server is a provisioner name; the role
//   is written as PostgreSQL stores an unquoted identifier (folded to lower case): a letter
//   or "_", then letters, digits, "_" or "$", at most 63 bytes. A role whose name needs
//   quotes (upper case, spaces, punctuation) cannot be named, so one role has one spelling.
// - Any other system (an exec provisioner): the common rules above, in Unicode NFC.
// - Subjects and identities: user:<login> and User ids are GitHub logins, team:<slug> and
//   Team ids are team slugs, service:<name> and ServiceAccount ids are lower-case names.
//
// A name that breaks a rule is `invalid`; a name that is valid but not in its canonical
// spelling (upper case where the system folds case) is `noncanonical`, with the spelling to
// write. Both are errors: only canonical names reach policies, targets and URLs.

export type NameProblem =
  | { kind: 'invalid'; message: string }
  | { kind: 'noncanonical'; canonical: string; message: string; why: string };

const GITHUB_LOGIN = /^[a-z0-9](?:-?[a-z0-9])*$/i;
const GITHUB_LOGIN_MAX = 39;
const TEAM_SLUG = /^[a-z0-9_][a-z0-9_-]*$/i;
const REPO_NAME = /^[a-z0-9._-]+$/i;
const REPO_NAME_MAX = 100;
const SERVICE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const SERVER_NAME = /^[a-z][a-z0-9_-]*$/i;
const PG_IDENTIFIER = /^[a-z_][a-z0-9_$]*$/i;
const PG_IDENTIFIER_MAX_BYTES = 63;

/** Control, format (zero-width, bidi) and separator characters, and any white space. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
const PERCENT = /%[0-9a-f]{2}/i;
const NON_ASCII = /[^\x21-\x7e]/;

/** Lower case for ASCII letters only: no Unicode folding (the Kelvin sign is not a "k"). */
export function asciiLower(text: string): string {
  // most ids are in lower case already: a test is cheaper than a replace that finds nothing
  return ASCII_UPPER.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}

const ASCII_UPPER = /[A-Z]/;

/**
 * The form two ids are compared in: GitHub and PostgreSQL ids in lower case (both systems
 * fold case), any other system's as written.
 */
export function canonicalResourceId(id: string): string {
  return id.startsWith('github:') || id.startsWith('postgres:') ? asciiLower(id) : id;
}

/** The form two identity ids (logins, slugs, service names) are compared in. */
export function canonicalIdentityId(id: string): string {
  return asciiLower(id);
}

/** What is wrong with a resource id under its system's naming rules, if anything. */
export function resourceIdProblem(id: string, glob = false): NameProblem | undefined {
  return remembered(glob ? 'glob' : 'resource', id, resourceProblemOf);
}

function resourceProblemOf(id: string, glob: boolean): NameProblem | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return invalid(`${show(id)} is not <system>:<path>`);
  const system = id.slice(0, colon);
  const path = id.slice(colon + 1);
  const common = commonProblem(id, path);
  if (common !== undefined) return common;
  if (system === 'github') return githubProblem(id, path, glob);
  if (system === 'postgres') return postgresProblem(id, path, glob);
  if (id.normalize('NFC') !== id)
    return invalid(
      `${show(id)} is not in Unicode normal form C, so it could name one thing two ways; retype it`,
    );
  return undefined;
}

/**
 * Why a subject or owner reference (`user:alice`, `team:payments`, `service:etl`) is not a
 * canonical name, if it is not.
 */
export function subjectProblem(ref: string): NameProblem | undefined {
  return remembered('subject', ref, subjectProblemOf);
}

function subjectProblemOf(ref: string): NameProblem | undefined {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  const problem =
    kind === 'user'
      ? loginProblem(id)
      : kind === 'team'
        ? teamSlugProblem(id)
        : kind === 'service'
          ? serviceNameProblem(id)
          : invalid(`${show(ref)} is not user:<login>, team:<slug> or service:<name>`);
  if (problem?.kind !== 'noncanonical') return problem;
  return noncanonical(`${kind}:${problem.canonical}`, ref, problem.why);
}

/**
 * The answers already given, by kind and name: 100,000 grants name a few thousand subjects
 * and a few hundred resources, and each name is checked once per build (measured: about
 * 0.5 s of a 100,000-grant build went to asking again). Answers are frozen, since they are
 * shared; the memory is emptied when it grows past a bound, so hostile names cannot fill it.
 */
const answers = {
  resource: new Map<string, NameProblem | null>(),
  glob: new Map<string, NameProblem | null>(),
  subject: new Map<string, NameProblem | null>(),
};
const MAX_ANSWERS = 200_000;

function remembered(
  kind: 'resource' | 'glob' | 'subject',
  name: string,
  check: (name: string, glob: boolean) => NameProblem | undefined,
): NameProblem | undefined {
  // a map per kind, keyed by the name itself: a joined key was a new string to hash each time
  const ofKind = answers[kind];
  const known = ofKind.get(name);
  if (known !== undefined) return known ?? undefined;
  const answer = check(name, kind === 'glob');
  if (ofKind.size >= MAX_ANSWERS) ofKind.clear();
  ofKind.set(name, answer === undefined ? null : Object.freeze(answer));
  return answer;
}

/** A GitHub login: letters and digits with single inner hyphens, at most 39; lower case. */
export function loginProblem(login: string): NameProblem | undefined {
  const hidden = hiddenProblem(login);
  if (hidden !== undefined) return hidden;
  if (!GITHUB_LOGIN.test(login) || login.length > GITHUB_LOGIN_MAX)
    return invalid(
      `${show(login)} is not a GitHub login: letters and digits with single hyphens between them, at most ${GITHUB_LOGIN_MAX} characters`,
    );
  return caseProblem(login, 'GitHub logins are case-insensitive');
}

/** A GitHub team slug: lower-case letters, digits, "_" and "-". */
export function teamSlugProblem(slug: string): NameProblem | undefined {
  const hidden = hiddenProblem(slug);
  if (hidden !== undefined) return hidden;
  if (!TEAM_SLUG.test(slug))
    return invalid(
      `${show(slug)} is not a GitHub team slug: lower-case letters, digits, "_" and "-" (the slug GitHub shows in the team's URL, not its display name)`,
    );
  return caseProblem(slug, 'GitHub team slugs are lower case');
}

/** A service account name: lower-case letters, digits, ".", "_" and "-". */
export function serviceNameProblem(name: string): NameProblem | undefined {
  const hidden = hiddenProblem(name);
  if (hidden !== undefined) return hidden;
  if (!SERVICE_NAME.test(name))
    return invalid(
      `${show(name)} is not a service account name: letters, digits, ".", "_" and "-", starting with a letter or digit`,
    );
  return caseProblem(name, 'names are compared case-insensitively');
}

/**
 * Why one segment must never be put in a URL path, or undefined: the defence the GitHub
 * provisioner keeps even though validation already refused such a name.
 */
export function unsafePathSegment(segment: string): string | undefined {
  if (segment === '' || segment === '.' || segment === '..')
    return `${show(segment)} is an empty or dot path segment`;
  if (/[/\\%?#]/.test(segment)) return `${show(segment)} holds "/", "\\", "%", "?" or "#"`;
  if (NON_ASCII.test(segment))
    return `${show(segment)} holds a space, a control character or a character outside ASCII`;
  return undefined;
}

function githubProblem(id: string, path: string, glob: boolean): NameProblem | undefined {
  const segments = path.split('/');
  const [kind = '', ...names] = segments;
  const shape = 'github:org/<login>, github:team/<slug> or github:repo/<owner>/<name>';
  const expected = { org: 1, team: 1, repo: 2 }[kind];
  if (expected === undefined)
    return invalid(`${show(id)} is not a GitHub resource; write ${shape}`);
  const spans = glob && names.some((n) => n.includes('**'));
  if (spans ? names.length > expected : names.length !== expected)
    return invalid(
      `${show(id)} has ${names.length} name${names.length === 1 ? '' : 's'} after github:${kind}/ where GitHub has ${expected}; write ${shape}`,
    );
  const check = (name: string, rule: (n: string) => NameProblem | undefined) =>
    rule(glob ? name.replace(/\*+/g, 'x') : name);
  for (const [i, name] of names.entries()) {
    const rule =
      kind === 'org' || (kind === 'repo' && i === 0)
        ? loginProblem
        : kind === 'team'
          ? teamSlugProblem
          : repoNameProblem;
    const problem = check(name, rule);
    if (problem?.kind === 'invalid') return invalid(`in ${show(id)}: ${problem.message}`);
  }
  return caseProblem(
    id,
    'GitHub compares organisation, team and repository names case-insensitively',
    id,
  );
}

function repoNameProblem(name: string): NameProblem | undefined {
  if (!REPO_NAME.test(name) || name === '.' || name === '..' || name.length > REPO_NAME_MAX)
    return invalid(
      `${show(name)} is not a GitHub repository name: letters, digits, ".", "_" and "-", at most ${REPO_NAME_MAX} characters, not "." or ".."`,
    );
  if (/\.git$/i.test(name))
    return invalid(
      `${show(name)} ends in .git, which GitHub drops from a repository name; write the name without it`,
    );
  return undefined;
}

function postgresProblem(id: string, path: string, glob: boolean): NameProblem | undefined {
  const segments = path.split('/');
  if (segments.length > 2)
    return invalid(
      `${show(id)} has more than one "/": write postgres:<server>/<role>, the role as PostgreSQL stores it`,
    );
  const [server = '', role] = segments;
  if (!SERVER_NAME.test(server))
    return invalid(
      `the server in ${show(id)} is not a provisioner name: lower-case letters, digits, "_" and "-", starting with a letter`,
    );
  if (role !== undefined) {
    const plain = glob ? role.replace(/\*+/g, 'x') : role;
    if (/^".*"$/.test(role))
      return invalid(
        `the role in ${show(id)} is a quoted identifier; accessctl names a role as PostgreSQL folds an unquoted one (lower case), so one role has one spelling: write ${show(`postgres:${server}/${asciiLower(role.slice(1, -1))}`)} when that is the role, or rename a role whose name needs quotes`,
      );
    if (!PG_IDENTIFIER.test(plain))
      return invalid(
        `the role in ${show(id)} is not an unquoted PostgreSQL identifier: a letter or "_", then letters, digits, "_" or "$"; rename a role whose name needs quotes`,
      );
    if (Buffer.byteLength(role, 'utf8') > PG_IDENTIFIER_MAX_BYTES)
      return invalid(
        `the role in ${show(id)} is longer than PostgreSQL's ${PG_IDENTIFIER_MAX_BYTES} bytes and would be cut short`,
      );
  }
  return caseProblem(id, 'PostgreSQL folds an unquoted role name to lower case', id);
}

/** The rules every id keeps, whatever its system. */
function commonProblem(id: string, path: string): NameProblem | undefined {
  const hidden = hiddenProblem(id);
  if (hidden !== undefined) return hidden;
  const percent = PERCENT.exec(id);
  if (percent !== null)
    return invalid(
      `${show(id)} holds percent-encoding (${percent[0]}); write the name itself, never its URL encoding`,
    );
  const segments = path.split('/');
  if (segments.some((s) => s === ''))
    return invalid(
      `${show(id)} has an empty path segment (a leading, trailing or doubled "/"); remove it`,
    );
  if (segments.some((s) => s === '.' || s === '..'))
    return invalid(
      `${show(id)} has a "." or ".." path segment, which a URL or path would resolve to something else; name the resource itself`,
    );
  // look-alikes that compatibility normalisation turns into "/" or "." ("．．", "／")
  const folded = path.normalize('NFKC').split('/');
  if (folded.length !== segments.length || folded.some((s) => s === '' || s === '.' || s === '..'))
    return invalid(
      `${show(id)} holds a character that stands for "/" or "." once normalised; write plain ASCII`,
    );
  return undefined;
}

function hiddenProblem(text: string): NameProblem | undefined {
  const found = HIDDEN.exec(text);
  if (found === null) return undefined;
  const code = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return invalid(
    `${show(text)} holds a space, control or invisible character (U+${code}); remove it`,
  );
}

function caseProblem(name: string, why: string, shown = name): NameProblem | undefined {
  const lower = asciiLower(name);
  return lower === name ? undefined : noncanonical(lower, shown, why);
}

function noncanonical(canonical: string, written: string, why: string): NameProblem {
  return {
    kind: 'noncanonical',
    canonical,
    why,
    message: `${show(written)} is not in its canonical spelling (${why}); write it as ${canonical}`,
  };
}

function invalid(message: string): NameProblem {
  return { kind: 'invalid', message };
}

/** A name as it is shown in a message: quoted, with anything invisible escaped. */
function show(name: string): string {
  return JSON.stringify(name).replace(
    /[\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\ufeff]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
