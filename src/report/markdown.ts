// Markdown pieces every report shares. Text from the repository (ids, reasons, file names,
// keys, messages built from them, logins, labels, titles) goes through these and nothing
// else, so it renders as written: never as a heading, a list, a link or image, HTML or an
// HTML comment, a mention, a reference to another issue, math, or a broken table.

/** Breaks a mention, an e-mail autolink or an issue reference without changing what shows. */
const ZERO_WIDTH_SPACE = '\u200B';

/** Every line ending CommonMark knows, and the Unicode ones some renderers also break on. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/**
 * Control characters, and the bidirectional overrides that make text read differently from
 * what it is, show as the replacement character.
 */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters that can open inline markup anywhere in a line: backslash, code, emphasis and
 * strikethrough, link and image brackets, table pipes and math. A backslash makes each one
 * literal (CommonMark escapes any ASCII punctuation this way).
 */
const INLINE_MARKUP = /[\\`*_~[\]|$]/g;

/**
 * Inline text: one line, shown exactly as written (newlines become spaces). Safe inside a
 * table cell, a list item, a blockquote or a paragraph, and at the start of a line.
 */
export function escape(text: string): string {
  return (
    inline(text)
      // what only counts at the start of a line: a heading, a list or quote marker, a setext
      // underline, an ordered-list number, or indentation that makes a code block
      .replace(/^\s+/, '')
      .replace(/^[#+\-=]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A table cell: one line, no column break (`|` is escaped). A cell holds inline text only,
 * so what counts at the start of a line (a heading, a list) needs nothing there: a lone
 * "-" stays "-".
 */
export function cell(text: string): string {
  return inline(text);
}

/** Everything `escape` does that holds anywhere in a line. */
function inline(text: string): string {
  return (
    text
      .replace(LINE_BREAKS, ' ')
      .replace(INVISIBLE, '\uFFFD')
      .replace(INLINE_MARKUP, '\\$&')
      // HTML, comments and autolinks in angle brackets; & first, so entities show as typed
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      // @alice, @org/team and a@b.example: no mention, no mailto link
      .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`)
      // #12 and GH-12 link (and notify) other issues
      .replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
      // https://… and www.… autolink without brackets
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
  );
}

/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; a space pads text that starts or ends with a backtick. Newlines become
 * spaces, as a code span shows them anyway.
 */
export function code(text: string): string {
  const body = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\uFFFD');
  if (body.trim() === '') return escape(body) || '""';
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Inline code in a table cell: as `code`, with each `|` escaped, which GitHub's tables
 * resolve before the code span is read (the cell shows `|`, the row keeps its columns).
 * A backslash cannot be escaped inside code, and renderers disagree on whether `\\|` ends
 * a cell, so text with a backslash before a pipe is shown as escaped text instead.
 */
export function codeCell(text: string): string {
  if (/\\\|/.test(text)) return cell(text);
  return code(text).replaceAll('|', '\\|');
}

/**
 * Text inside an HTML comment (a marker the Action finds again): nothing in it can close
 * the comment or open another.
 */
export function commentText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

/** Text inside HTML (a `<pre>` block, a `<summary>`): entities for everything HTML reads. */
export function html(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A block of plain text shown as written (a job summary's copy of the text report). */
export function preformatted(text: string): string {
  return `<pre><code>${html(text)}</code></pre>\n`;
}
