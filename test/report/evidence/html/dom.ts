// Reads what the tests need out of Chromium's --dump-dom serialisation. The elements it
// looks for carry only the report's own ids and enum values in their attributes, so a
// start tag never holds a '>' of user text and a regular expression reads it exactly.

export interface DumpedElement {
  /** The whole start tag. */
  tag: string;
  attributes: Map<string, string>;
  hidden: boolean;
}

export function startTags(dom: string, tagName: string, marker: string): DumpedElement[] {
  const pattern = new RegExp(`<${tagName}\\b[^>]*\\b${marker}="[^"]*"[^>]*>`, 'g');
  return [...dom.matchAll(pattern)].map((m) => {
    const attributes = new Map<string, string>();
    for (const a of m[0].matchAll(/([a-z-]+)(?:="([^"]*)")?/g))
      attributes.set(a[1] ?? '', a[2] ?? '');
    return { tag: m[0], attributes, hidden: attributes.has('hidden') };
  });
}

/** The text of the element with this id, tags stripped (entities left as serialised). */
export function textOf(dom: string, id: string): string {
  const start = dom.search(new RegExp(`<([a-z0-9]+)\\b[^>]*\\bid="${id}"[^>]*>`));
  if (start < 0) throw new Error(`no element with id="${id}" in the DOM`);
  const name = /^<([a-z0-9]+)/.exec(dom.slice(start))?.[1] ?? '';
  const end = dom.indexOf(`</${name}>`, start);
  return dom
    .slice(start, end)
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function titleOf(dom: string): string {
  return /<title>([^<]*)<\/title>/.exec(dom)?.[1] ?? '';
}
