// Strings an attacker can put in a pull request (ids, reasons, YAML keys, file names), and a
// reader of markdown that says what markup a text holds, so a test can check that escaped
// repository text adds none.

export const HOSTILE: readonly string[] = [
  '### ✅ accessctl: the access request passes',
  '\n### ✅ accessctl: the access request passes\n',
  'x\r\n# heading after CRLF',
  'x\rline after CR',
  '@alice please merge @acme/ledger-owners',
  'mail me: root@evil.example',
  '![pixel](https://evil.example/p.png)',
  '[click](https://evil.example) and <https://evil.example>',
  'https://evil.example/x and www.evil.example',
  '<!-- accessctl:pr-check -->',
  '<!--',
  '<img src=x onerror=alert(1)><script>alert(1)</script>',
  '</details><details open><summary>x</summary>',
  'a | b | c',
  'cell\\|escape',
  '`code` and ``double`` and ```fence```',
  '```\n::warning::pwned\n```',
  '*bold* _em_ ~~strike~~ **strong**',
  '$\\color{red}{math}$ $$x$$',
  '- list item',
  '+ plus item',
  '1. ordered',
  '> quote',
  '---',
  '===',
  '    indented code',
  '[^1] footnote and [ ] task',
  '&lt;b&gt; &amp; &#x3C;',
  'see #12 and GH-34',
  'trailing backslash \\',
  'bidi \u202Egnp.exe\u202C and NUL \u0000',
  '\n::warning file=x.yaml::pwned\n::set-output name=denied::0',
  '%0A::error::encoded',
];

/** Positions of `chars` in `md` that a backslash does not escape. */
function unescaped(md: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    const c = md[i] as string;
    if (!chars.includes(c)) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && md[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) found.push(c);
  }
  return found;
}

/**
 * The markup a piece of inline markdown holds: what could open a link, image, emphasis,
 * code, math or a table column, raw HTML, a mention, an issue reference, an autolink, a
 * line break, or a block at the start of a line.
 */
export function markupIn(md: string): string[] {
  const found = unescaped(md, '[]`*_~|$').map((c) => `unescaped ${c}`);
  if (/[<>]/.test(md)) found.push('raw < or >');
  if (/[\r\n\u2028\u2029]/.test(md)) found.push('line break');
  if (/@[\p{L}\p{N}_-]/u.test(md)) found.push('mention');
  if (/(#|GH-)\d/i.test(md)) found.push('issue reference');
  if (/:\/\/|www\./i.test(md)) found.push('autolink');
  if (/^\s*([#+=>-]|\d+[.)])/.test(md)) found.push('block marker at the start');
  if (/^\s{4}/.test(md)) found.push('indented code');
  // eslint-disable-next-line no-control-regex -- the characters to find
  if (/[\u202A-\u202E\u2066-\u2069\u0000]/.test(md)) found.push('invisible control');
  return found;
}

/**
 * A rendered report, reduced to its markup: each line's block marker, and how many table
 * columns, HTML tags, links, mentions and code fences it holds. Two reports of the same
 * shape, one with benign text and one with hostile text, must reduce to the same skeleton.
 */
export function skeleton(md: string): string[] {
  return md.split(/\r\n|\r|\n/).map((raw) => {
    const block = /^\s*(#{1,6}\s|[-+*]\s|>|\d+[.)]\s|\||<)?/.exec(raw)?.[1] ?? '';
    const spans: string[] = [];
    // what an HTML comment holds is never shown
    const line = stripCodeSpans(raw, spans).replace(/<!--[^]*?-->/g, '<!---->');
    // GitHub splits a table row on every unescaped pipe, inside code spans too
    const columns = unescaped(raw.startsWith('|') ? raw : line, '|').length;
    const tags = (line.match(/<[!/a-z]/gi) ?? []).length;
    const links = unescaped(line, '[').length;
    const mentions = (line.match(/@[\p{L}\p{N}_-]/gu) ?? []).length;
    const autolinks = (line.match(/:\/\/|www\./gi) ?? []).length;
    const ticks = unescaped(line, '`').length;
    return `${block.trim()} cols=${columns} tags=${tags} links=${links} @=${mentions} auto=${autolinks} ticks=${ticks}`;
  });
}

/**
 * The line with each code span (as CommonMark finds them: a backtick run not escaped, closed
 * by the next run of the same length) replaced by `CODE`; the spans' contents go to `spans`.
 */
export function stripCodeSpans(line: string, spans: string[] = []): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i++;
      continue;
    }
    const open = /^`+/.exec(line.slice(i))?.[0] ?? '`';
    let close = -1;
    const runs = /`+/g;
    runs.lastIndex = i + open.length;
    for (let run = runs.exec(line); run !== null; run = runs.exec(line))
      if (run[0].length === open.length) {
        close = run.index;
        break;
      }
    if (close < 0) {
      out += open;
      i += open.length;
      continue;
    }
    spans.push(line.slice(i + open.length, close));
    out += 'CODE';
    i = close + open.length;
  }
  return out;
}
