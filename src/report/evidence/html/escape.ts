// Every string in an evidence report can come from a user (grant ids, pull-request titles,
// commit messages), so each one passes through here on its way into the HTML. One escape
// serves text and attribute values alike because every attribute is written double-quoted.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The URL when it is plain http(s), otherwise undefined: escaping alone would still let a
 * `javascript:` link through, and an auditor clicking it would run it.
 */
export function httpUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}
