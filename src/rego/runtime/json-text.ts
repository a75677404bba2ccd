// Re-indents JSON text without reading its numbers as JavaScript numbers, so an integer
// past 2^53 that a policy computed prints as the module wrote it. Hand-written because
// it only moves whitespace (strings are re-encoded the way JSON.stringify writes them);
// the JSON libraries that keep big numbers parse into objects of their own to do this.

/** `text` (valid JSON) laid out as `JSON.stringify(value, null, 2)` lays it out. */
export function indentJson(text: string): string {
  const parts: string[] = [];
  let depth = 0;
  const newline = () => `\n${'  '.repeat(depth)}`;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      parts.push(JSON.stringify(JSON.parse(text.slice(i, end)) as string));
      i = end;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      const next = skipSpace(text, i + 1);
      if (text[next] === close) {
        parts.push(c + close);
        i = next + 1;
      } else {
        depth++;
        parts.push(c + newline());
        i++;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      parts.push(newline() + c);
      i++;
    } else if (c === ',') {
      parts.push(`,${newline()}`);
      i++;
    } else if (c === ':') {
      parts.push(': ');
      i++;
    } else {
      let end = i;
      while (end < text.length && !',:]} \n\r\t'.includes(text[end] as string)) end++;
      parts.push(text.slice(i, end));
      i = end;
    }
  }
  return parts.join('');
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \n\r\t'.includes(text[i] as string)) i++;
  return i;
}

/** The index just past the string literal starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
