// The query form a compiled bundle can answer: `data.a.b.c = x`, evaluated as the
// entrypoint `a/b/c` whose result binds `x`, or a conjunction of such expressions
// (`data.a = x; data.b = y`). Other forms are reported, not guessed.

export interface Binding {
  entrypoint: string;
  variable: string;
}

export type QueryForm = { ok: true; bindings: Binding[] } | { ok: false; form: string };

const shape = /^data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)$/;

export function parseQuery(query: string): QueryForm {
  const parts = query
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const bindings: Binding[] = [];
  for (const part of parts) {
    const m = shape.exec(part);
    if (!m) return { ok: false, form: describe(part) };
    bindings.push({
      entrypoint: (m[1] as string).slice(1).split('.').join('/'),
      variable: m[2] as string,
    });
  }
  const variables = new Set(bindings.map((b) => b.variable));
  if (bindings.length === 0) return { ok: false, form: 'empty query' };
  if (variables.size !== bindings.length) return { ok: false, form: 'variable bound twice' };
  return { ok: true, bindings };
}

/** A short name for an unsupported query form, to count skips by. */
function describe(text: string): string {
  if (/\bwith\b/.test(text)) return 'with modifier';
  if (/^data[.\w]*\(/.test(text)) return 'function call';
  if (/^data[.\w]*\s*$/.test(text)) return 'reference without binding';
  if (/\[/.test(text)) return 'bracket reference';
  return 'other expression';
}
