// The one query form a compiled bundle can answer: `data.a.b.c = x`, evaluated as the
// entrypoint `a/b/c` whose result binds `x`. Other forms are reported, not guessed.

export type QueryForm =
  { ok: true; entrypoint: string; variable: string } | { ok: false; form: string };

const shape = /^data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)$/;

export function parseQuery(query: string): QueryForm {
  const text = query.trim();
  const m = shape.exec(text);
  if (m) {
    return {
      ok: true,
      entrypoint: (m[1] as string).slice(1).split('.').join('/'),
      variable: m[2] as string,
    };
  }
  return { ok: false, form: describe(text) };
}

/** A short name for an unsupported query form, to count skips by. */
function describe(text: string): string {
  if (/[;\n]/.test(text)) return 'several expressions';
  if (/\bwith\b/.test(text)) return 'with modifier';
  if (/^data[.\w]*\(/.test(text)) return 'function call';
  if (/^data[.\w]*\s*$/.test(text)) return 'reference without binding';
  if (/\[/.test(text)) return 'bracket reference';
  return 'other expression';
}
