// The policy input of one evaluation as JSON text, joined from the text of its parts.
//
// Replaying a long history judges tens of thousands of commits whose inputs share almost
// everything: the catalog entries, identities and config stay the same until a commit changes
// the rules, and a grant's text stays the same while its blob does. Building the input object
// and serialising it whole at every commit was a fifth of the time of the replay (measured
// over 50,000 commits: 2.2 s building, 2.5 s serialising, and the garbage of both), so the
// text of each part is kept and the text of what one commit reaches is joined.
//
// What may be kept is bounded by who controls it: a commit's author controls the grant files,
// rule files and config of the history. The text of a catalog entry, identity or package is
// kept by the record object it came from, and every text is dropped when the rules or the
// config of the commit judged are not those it was made under: a record of one version of the
// rules is never read under another. A grant's text is kept by its resolved copy, which is
// made from one version of its file under one version of the rules (see VerdictJudge), so no
// other grant and no other version of it reads it.
import type { AccessModel, GrantRecord, GrantStart } from '../model/index.js';
import {
  grantAfterStart,
  grantBeforeStart,
  grantStartInput,
  packageInput,
  resourceInput,
  serviceAccountInput,
  teamDescendants,
  teamInput,
  userInput,
  type PolicyInputOptions,
} from '../policy/input.js';

/** The text of a grant's fields before and after when it starts (which depends on the moment). */
interface GrantText {
  before: string;
  /** Its own start; undefined when it starts at the moment judged. */
  start: string | undefined;
  after: string;
}

export class PolicyInputText {
  private rules: object | undefined;
  private config: { value: Record<string, unknown>; text: string } | undefined;
  private parts = new WeakMap<object, string>();
  private grants = new WeakMap<GrantRecord, GrantText>();
  private files: { list: string[]; text: string } | undefined;

  /**
   * `JSON.stringify(buildPolicyInput(model, options))`, the same text byte for byte, for an
   * evaluation of a change (`options.changes` given) whose catalog entries, identities and
   * packages are records of `rules`, the model of the rules of the commit judged.
   */
  text(model: AccessModel, options: PolicyInputOptions, rules: object): string {
    const config = options.config ?? {};
    if (rules !== this.rules || config !== this.config?.value) {
      this.rules = rules;
      this.config = { value: config, text: JSON.stringify(config) };
      this.parts = new WeakMap();
      this.grants = new WeakMap();
    }
    const { changes } = options;
    if (
      changes === undefined ||
      changes.ruleFiles !== undefined ||
      options.starts !== undefined ||
      (options.removed ?? []).length > 0
    )
      throw new Error(
        'the input text is made only for a change judged without rule files, grant starts or removed grants',
      );
    const now = options.now.toISOString();
    // with no starts known, a grant without its own starts starts now, asked for or not
    const startsNow = startText({ at: now, by: 'now' });
    const descendants = teamDescendants(model);
    return (
      `{"now":${JSON.stringify(now)},"judging":"change","config":${this.config.text}` +
      `,"grants":[${model.grants.map((g) => this.grant(g, startsNow)).join(',')}]` +
      `,"changes":${JSON.stringify({ added: changes.added, modified: changes.modified, removed: changes.removed }).slice(0, -1)},"files":${this.filesText(changes.files)}}` +
      `,"catalog":{"resources":${this.keyed(model.resources, resourceInput)}}` +
      `,"packages":${this.keyed(model.packages, packageInput)}` +
      `,"identities":{"users":${this.keyed(model.users, userInput)}` +
      `,"teams":${this.keyed(
        model.teams,
        teamInput,
        (t, text) =>
          `${text.slice(0, -1)},"descendants":${JSON.stringify(descendants.get(t.id) ?? [])}}`,
      )}` +
      `,"serviceAccounts":${this.keyed(model.serviceAccounts, serviceAccountInput)}}` +
      `,"removed":[]` +
      (options.request === undefined ? '' : `,"request":${JSON.stringify(options.request)}`) +
      '}'
    );
  }

  /**
   * A commit's changed files, the same list in each of its groups: the first commit of a large
   * repository adds tens of thousands of files, judged EVALUATION_GROUP grants at a time.
   */
  private filesText(files: string[]): string {
    if (this.files?.list !== files) this.files = { list: files, text: JSON.stringify(files) };
    return this.files.text;
  }

  /** A grant's text, starting when its own starts says, else when `startsNow` says. */
  private grant(g: GrantRecord, startsNow: string): string {
    let text = this.grants.get(g);
    if (text === undefined) {
      const after = JSON.stringify(grantAfterStart(g));
      text = {
        before: JSON.stringify(grantBeforeStart(g)).slice(0, -1),
        start:
          g.startsAt !== undefined && g.startsAt !== ''
            ? startText({ at: g.startsAt, by: 'starts' })
            : undefined,
        after: after === '{}' ? '}' : `,${after.slice(1)}`,
      };
      this.grants.set(g, text);
    }
    return `${text.before},${text.start ?? startsNow}${text.after}`;
  }

  /**
   * An object by id of the records' texts, as Object.fromEntries makes it: a later record with
   * the same id takes the earlier one's place, and keys that read as array indexes come first,
   * in numeric order (a Map, not an object built key by key: that was 7 s over 50,000 commits).
   */
  private keyed<R extends { id: string }>(
    records: readonly R[],
    input: (record: R) => Record<string, unknown>,
    finish: (record: R, text: string) => string = (_, text) => text,
  ): string {
    const byId = new Map<string, string>();
    for (const record of records) {
      let text = this.parts.get(record);
      if (text === undefined) {
        text = JSON.stringify(input(record));
        this.parts.set(record, text);
      }
      byId.set(record.id, finish(record, text));
    }
    let ids = [...byId.keys()];
    if (ids.some(isArrayIndex))
      ids = [
        ...ids.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b)),
        ...ids.filter((id) => !isArrayIndex(id)),
      ];
    return `{${ids.map((id) => `${JSON.stringify(id)}:${byId.get(id) ?? ''}`).join(',')}}`;
  }
}

/** Whether an object key is an array index, which objects order before their other keys. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/** The fields of a grant's start, as they stand inside its object. */
function startText(start: GrantStart): string {
  return JSON.stringify(grantStartInput(start)).slice(1, -1);
}
