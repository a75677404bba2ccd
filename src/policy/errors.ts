// Why a set of policies cannot judge a repository: a usage problem of the policies the
// user gave (exit 2), never a finding about the access repository.

/** The policies cannot be read, loaded, or do not define what a check reads. */
export class PolicyLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyLoadError';
  }
}

/** `deny` or `warn` gave a value a finding cannot be made of; `where` is the rule's file:line. */
export class PolicyResultError extends Error {
  constructor(
    readonly problem: string,
    readonly where?: { file: string; row: number; col: number },
  ) {
    super(where === undefined ? problem : `${where.file}:${where.row}:${where.col}: ${problem}`);
    this.name = 'PolicyResultError';
  }
}
