// Reads OPA's conformance cases and turns each `data.a.b = x` query into the entrypoint
// `opa build -e` would take (`a/b`), for tests that plan every case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export const conformanceRoot = '/work/shared/opa-conformance';

export interface ConformanceCase {
  file: string;
  note: string;
  query: string;
  modules: string[];
  wantErrorCode?: string;
  wantError?: string;
  /** `test/p` for `data.test.p = x`; undefined for queries that are not one ref. */
  entrypoint?: string;
}

export function loadCases(root = conformanceRoot): ConformanceCase[] {
  const out: ConformanceCase[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(root, dir.name)).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const file = join(dir.name, name);
      const doc = load(readFileSync(join(root, file), 'utf8')) as {
        cases?: Record<string, unknown>[];
      };
      for (const c of doc.cases ?? []) {
        const query = String(c.query ?? '').trim();
        const m = /^data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*=\s*[A-Za-z_][A-Za-z0-9_]*$/.exec(query);
        out.push({
          file,
          note: String(c.note),
          query,
          modules: (c.modules as string[] | undefined) ?? [],
          wantErrorCode: c.want_error_code as string | undefined,
          wantError: c.want_error as string | undefined,
          entrypoint: m?.[1]?.slice(1).replace(/\./g, '/'),
        });
      }
    }
  }
  return out;
}
