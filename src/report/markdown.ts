// Markdown pieces every report shares: text that renders as written, never as markup,
// mentions or a broken table.

/** Inline code; a backtick inside cannot close it early. */
export function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``;
}

/** A table cell: one line, no column break. */
export function cell(text: string): string {
  return escape(text).replaceAll('|', '\\|');
}

/** Logins and messages must not turn into mentions or markup the author did not write. */
export function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
}
