// Turns what `deny` and `warn` return into located findings: each element is a string or
// an object `{msg, rule, grant | serviceAccount | resource | user | file, field}` (DESIGN.md
// section 3), and the record it names says which file, line and column to point at.
import type { AccessModel, LocatedFinding, SourceLocation } from '../model/index.js';

export interface PolicyFinding extends LocatedFinding {
  /** The grant the finding is about, when it names one. */
  grant?: string;
}

type Located = {
  locate(pointer: string): SourceLocation;
  locateKey(pointer: string): SourceLocation;
};

export function policyFindings(
  results: { deny: unknown[]; warn: unknown[] },
  model: AccessModel,
  fallbackFile: string,
): PolicyFinding[] {
  // only the grants a finding names: a repository of 100,000 grants has a few thousand
  // findings, and the last of two grants with one id is the one named, as before
  const named = new Set<string>();
  for (const value of [...results.deny, ...results.warn])
    if (typeof value === 'object' && value !== null) {
      const grant = (value as Record<string, unknown>).grant;
      if (typeof grant === 'string') named.add(grant);
    }
  const grants = new Map<string, Located>();
  for (const g of model.grants) if (named.has(g.id)) grants.set(g.id, g.source);
  const accounts = new Map(model.serviceAccounts.map((s) => [s.id, s.source]));
  const resources = new Map(model.resources.map((r) => [r.id, r.source]));
  const users = new Map(model.users.map((u) => [u.id, u.source]));

  const toFinding = (value: unknown, severity: PolicyFinding['severity']): PolicyFinding => {
    const item =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const text = (key: string): string | undefined =>
      typeof item[key] === 'string' ? (item[key] as string) : undefined;
    const message = typeof value === 'string' ? value : (text('msg') ?? JSON.stringify(value));
    const field = text('field');
    const source: Located | undefined =
      grants.get(text('grant') ?? '') ??
      accounts.get(text('serviceAccount') ?? '') ??
      resources.get(text('resource') ?? '') ??
      users.get(text('user') ?? '');
    const where: SourceLocation = source
      ? field === undefined
        ? source.locate('')
        : source.locateKey(`/${field}`)
      : { file: text('file') ?? fallbackFile, line: 1, column: 1 };
    return {
      rule: text('rule') ?? 'policy',
      severity,
      message,
      file: where.file,
      line: where.line,
      column: where.column,
      ...(text('grant') === undefined ? {} : { grant: text('grant') }),
    };
  };
  return [
    ...results.deny.map((v) => toFinding(v, 'error')),
    ...results.warn.map((v) => toFinding(v, 'warning')),
  ];
}
