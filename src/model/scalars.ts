import { CORE_SCHEMA, NOT_RESOLVED, type ScalarTagDefinition } from 'js-yaml';

const IMPLICIT_SCALAR_TAGS = CORE_SCHEMA.tags.filter(
  (tag): tag is ScalarTagDefinition => tag.nodeKind === 'scalar' && tag.implicit,
);

/**
 * What an untagged plain scalar means under the YAML 1.2 core schema (null, boolean,
 * number, or the text itself), by js-yaml's own resolvers. Both parsers of the model call
 * this one function, so a value reads the same whichever of them read the file.
 */
export function resolveImplicit(text: string): unknown {
  const first = text.charAt(0);
  for (const tag of IMPLICIT_SCALAR_TAGS) {
    if (tag.implicitFirstChars !== null && !tag.implicitFirstChars.includes(first)) continue;
    const value: unknown = tag.resolve(text, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return text;
}
